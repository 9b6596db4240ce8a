import { normalizeUnit } from '../catalog/lookup';
import type { Indicator } from '../catalog/types';
import { roundTo } from '../decimal';
import { toMatchKey } from '../text/fold';
import type { ShownValue } from '../summary/wholeValue';
import type { DraftFigure } from './extract';

/** An indicator with the value the workbook gives it, as prose figures are matched against. */
export interface Candidate {
  readonly indicator: Indicator;
  readonly shown: ShownValue;
  readonly bigrams: ReadonlySet<string>;
}

export interface Match {
  readonly candidate: Candidate;
  /** Shared character pairs between the figure's words and the indicator's name. */
  readonly overlap: number;
  readonly sameValue: boolean;
}

export function toCandidate(indicator: Indicator, shown: ShownValue): Candidate {
  return { indicator, shown, bigrams: bigrams(nameCore(indicator.name)) };
}

/** The distinctive part of a name: 来信信访件数 → 来信信访件 (a trailing 数 says nothing). */
function nameCore(name: string): string {
  return toMatchKey(name).replace(/^其中[:：]?/, '').replace(/数$/, '');
}

export function bigrams(text: string): Set<string> {
  const chars = [...toMatchKey(text)].filter((c) => /[\u3400-\u9fffA-Za-z0-9]/.test(c));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  return out;
}

/** A prose figure can stand for an indicator only in a matching unit: % for a rate, 宗 for 宗. */
export function isUnitCompatible(f: DraftFigure, ind: Indicator): boolean {
  if (f.percent) return ind.kind === 'rate';
  if (ind.kind === 'rate') return false;
  if (f.unit === null) return ind.unit === null;
  if (ind.unit === null) return true;
  return normalizeUnit(f.unit) === normalizeUnit(ind.unit);
}

/** Whether the figure states the workbook's value, at the precision the prose states it. */
export function statesValue(f: DraftFigure, shown: ShownValue): boolean {
  if (shown.value === null) return false;
  if (f.approx || shown.approx) return roundTo(shown.value, Math.min(f.decimals, 0), 'half-up').eq(roundTo(f.value, Math.min(f.decimals, 0), 'half-up')) || f.approx;
  return roundTo(shown.value, f.decimals, 'half-up').eq(f.value) || roundTo(shown.value, f.decimals, 'truncate').eq(f.value);
}

/**
 * The indicator a prose figure states, or null. A figure is matched by the words around it
 * (character pairs shared with the indicator's name) and confirmed by its value: the same
 * value with at least one shared pair, or at least two shared pairs that no other indicator has.
 */
export function matchFigure(f: DraftFigure, candidates: readonly Candidate[]): Match | null {
  if (f.fraction) return null;
  const context = bigrams(`${f.before}${f.after}`);
  const scored = candidates
    .filter((c) => isUnitCompatible(f, c.indicator))
    .map((c) => ({ candidate: c, overlap: [...c.bigrams].filter((b) => context.has(b)).length, sameValue: statesValue(f, c.shown) }))
    .sort((a, b) => b.overlap - a.overlap || Number(b.sameValue) - Number(a.sameValue));
  const valueMatch = scored.find((s) => s.sameValue && s.overlap >= 1);
  if (valueMatch && valueMatch.overlap >= (scored[0]?.overlap ?? 0) - 1) return valueMatch;
  const [best, second] = scored;
  if (best && best.overlap >= 2 && (!second || best.overlap > second.overlap)) return best;
  // A short phrase wholly inside one indicator's name (办结 in 来信信访办结件数) and no other's.
  if (best && best.overlap >= 1 && best.overlap === context.size && (!second || second.overlap === 0)) return best;
  const sameValue = scored.filter((s) => s.sameValue);
  if (sameValue.length === 1 && context.size === 0) return sameValue[0];
  return null;
}
