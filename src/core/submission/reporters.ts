import { catalogReporters } from '../catalog/reporters';
import type { Catalog } from '../catalog/types';
import { toMatchKey } from '../text/fold';

/** Every reporting unit the catalogue names (报送单位 and 合计单位), by match key. */
export function knownReporters(catalog: Catalog): Map<string, string> {
  return new Map(catalogReporters(catalog).map((u) => [toMatchKey(u), u]));
}

/**
 * The reporting unit of a sheet as the catalogue spells it: 填报单位 or the sheet name,
 * matched exactly, else by the longest catalogue unit they contain (宝安区人力资源局法规科 → 法规科).
 */
export function resolveReporter(candidates: readonly (string | null)[], known: ReadonlyMap<string, string>): string {
  const present = candidates.filter((c): c is string => c !== null && c.trim() !== '');
  for (const c of present) {
    const exact = known.get(toMatchKey(c));
    if (exact) return exact;
  }
  for (const c of present) {
    const key = toMatchKey(c);
    let best: string | null = null;
    for (const [unitKey, unit] of known) {
      if (unitKey.length >= 2 && key.includes(unitKey) && (best === null || unitKey.length > toMatchKey(best).length)) best = unit;
    }
    if (best) return best;
  }
  return present[0]?.trim() ?? '';
}
