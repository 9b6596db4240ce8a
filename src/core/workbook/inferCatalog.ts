import { fromInteger } from '../decimal';
import type { Figure } from '../submission/types';
import { buildCatalog, inferKind, type CatalogDefaults } from '../catalog/readCatalog';
import type { Catalog, Indicator } from '../catalog/types';

const RATE_RANGE = { min: fromInteger(0), max: fromInteger(100) };
const INFERRED_YOY_THRESHOLD = fromInteger(50);

/**
 * Without a 指标目录, the indicators are what the sheets name, in the order first seen:
 * a percent figure makes a rate, a wide table's columns are summed over its units, and no
 * unit is ever "missing" (SPEC §2.3).
 */
export function inferCatalog(figures: readonly Figure[], defaults: CatalogDefaults = {}): Catalog {
  const indicators: Indicator[] = [];
  const byKey = new Map<string, { ind: Indicator; figs: Figure[] }>();
  for (const f of figures) {
    if (f.role === 'total' && f.layout === 'long') continue;
    const hit = byKey.get(f.key);
    if (hit) {
      hit.figs.push(f);
      continue;
    }
    const ind: Indicator = {
      key: f.key,
      name: f.label,
      code: f.code,
      unit: f.unit ?? (f.current.kind === 'number' ? f.current.unitText : null),
      kind: 'amount',
      decimals: null,
      reporters: [],
      aggregation: 'agree',
      totalReporter: null,
      parent: null,
      relation: null,
      formula: null,
      rounding: defaults.defaultRounding ?? 'half-up',
      // Without a catalogue a change of more than half is worth a look, unless the clerk says otherwise.
      yoyThreshold: defaults.defaultYoyThreshold === undefined ? INFERRED_YOY_THRESHOLD : defaults.defaultYoyThreshold,
      publishedPrevious: null,
      rateRange: RATE_RANGE,
      section: null,
      definition: null,
      order: indicators.length,
      source: null,
      cells: {},
    };
    indicators.push(ind);
    byKey.set(f.key, { ind, figs: [f] });
  }
  const refined = indicators.map((ind) => {
    const figs = byKey.get(ind.key)!.figs;
    const percent = figs.some((f) => f.current.kind === 'number' && f.current.percent);
    const unit = ind.unit ?? figs.map((f) => f.unit).find((u) => u !== null) ?? (percent ? '%' : null);
    const whole = figs.every((f) => f.current.kind !== 'number' || (f.current.decimals <= 0 && f.current.value.eq(f.current.value.round(0))));
    // A figure with no unit and only whole numbers is counted, and counts add up exactly.
    const kind = percent ? 'rate' : unit === null && whole ? 'count' : inferKind(unit);
    const wide = figs.some((f) => f.layout === 'wide' && f.role === 'item');
    const parentFig = figs.find((f) => f.role === 'of-which' && f.parentId !== null);
    const parent = parentFig ? figures.find((p) => p.id === parentFig.parentId)?.key ?? null : null;
    return {
      ...ind,
      unit,
      kind,
      decimals: kind === 'count' ? 0 : kind === 'rate' ? 2 : null,
      aggregation: wide ? ('sum' as const) : ('agree' as const),
      parent,
      relation: parent ? ('of-which' as const) : null,
    };
  });
  return buildCatalog(null, refined);
}
