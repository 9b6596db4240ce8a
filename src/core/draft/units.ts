import type { Indicator } from '../catalog/types';
import { toMatchKey } from '../text/fold';
import { AMOUNT_UNITS, NOT_MEASURE_CHARS, PER_HUNDRED, SAME_COUNT, UNIT_BRACKETS, UNIT_MULTIPLIERS } from './measureWordLexicon';

/** Characters that follow a number without being its measure word (12个和, 1至3, 第3). */
const NOT_MEASURE = new Set([...NOT_MEASURE_CHARS]);

const AMOUNT_BASES = new Set(AMOUNT_UNITS);

export interface UnitParts {
  /** Power of ten the unit carries (万元: 4). */
  readonly power: number;
  /** The unit without its multiplier (万元: 元; 万 alone: the empty string). */
  readonly base: string;
}

const partsCache = new Map<string, UnitParts>();

/** 万元 → 10⁴ × 元; 人次 → 10⁰ × 人次. */
export function toUnitParts(unit: string): UnitParts {
  let hit = partsCache.get(unit);
  if (hit) return hit;
  const key = toMatchKey(unit).replace(UNIT_BRACKETS, '');
  const multiplier = key.startsWith(PER_HUNDRED) ? undefined : UNIT_MULTIPLIERS.find(([prefix]) => key.startsWith(prefix));
  hit = multiplier ? { power: multiplier[1], base: key.slice(multiplier[0].length) } : { power: 0, base: key };
  if (partsCache.size > 10_000) partsCache.clear();
  partsCache.set(unit, hit);
  return hit;
}

export function isAmountUnit(unit: string | null): boolean {
  return unit !== null && AMOUNT_BASES.has(toUnitParts(unit).base);
}

/**
 * Powers of ten that turn a prose figure in `written` into the indicator's unit, or null when
 * the units do not measure the same thing. The figure's own multiplier is already applied
 * (86.57亿元 arrives as 8657000000 元). A bare number is taken in the indicator's unit.
 */
export function conversionTo(written: string | null, ind: Indicator): number | null {
  if (written === null) return 0;
  const w = toUnitParts(written);
  if (ind.unit === null) return isAmountUnit(written) ? null : w.power;
  const target = toUnitParts(ind.unit);
  if (w.base === target.base) return w.power - target.power;
  if (isAmountUnit(written) || isAmountUnit(ind.unit)) return null;
  if (SAME_COUNT.some((g) => g.includes(w.base) && g.includes(target.base))) return w.power - target.power;
  return null;
}

/** Whether two measure words count the same things (家 and 个, 件 and 宗), multipliers aside. */
export function isSameCount(a: string, b: string): boolean {
  const x = toUnitParts(a).base;
  const y = toUnitParts(b).base;
  if (x === y) return true;
  return !isAmountUnit(a) && !isAmountUnit(b) && SAME_COUNT.some((g) => g.includes(x) && g.includes(y));
}

/** Whether `ch` may serve as an open-ended measure word after an Arabic number. */
export function isOpenMeasureWord(ch: string): boolean {
  return /[\u4e00-\u9fff]/.test(ch) && !NOT_MEASURE.has(ch);
}
