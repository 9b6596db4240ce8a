import { HUNDRED, roundTo, shift, type Decimal, type RoundingMode } from '../decimal';
import { CHANGE_WORDS } from './reportLexicon';

/**
 * How figures read in report Chinese (GB/T 15835-2011 and 统计公报 phrasing): Arabic numerals
 * without digit grouping, 26.3万 in 万 with one decimal, 同比增长6.7%, 提高0.5个百分点, 持平.
 */

export function roundedText(value: Decimal, decimals: number, mode: RoundingMode = 'half-up'): string {
  return roundTo(value, Math.max(0, decimals), mode).toFixed(Math.max(0, decimals));
}

/** 263000 → "26.3" (in 万, one decimal). */
export function formatWan(value: Decimal, mode: RoundingMode = 'half-up'): string {
  return roundedText(shift(value, -4), 1, mode);
}

/** 增加120件 / 减少120件 / 持平: the change at the indicator's decimals. */
export function formatChange(current: Decimal, previous: Decimal, decimals: number, unit: string, mode: RoundingMode = 'half-up'): string {
  const diff = roundTo(current.minus(previous), Math.max(0, decimals), mode);
  if (diff.eq(0)) return CHANGE_WORDS.same;
  return `${diff.gt(0) ? CHANGE_WORDS.more : CHANGE_WORDS.less}${diff.abs().toFixed(Math.max(0, decimals))}${unit}`;
}

/** 同比增长12.3% / 同比下降4.5% / 与上年持平 (one decimal); null when last year is 0. */
export function formatYoy(current: Decimal, previous: Decimal, mode: RoundingMode = 'half-up'): string | null {
  if (previous.eq(0)) return current.eq(0) ? CHANGE_WORDS.sameAsLastYear : null;
  const rate = roundTo(current.minus(previous).div(previous.abs()).times(HUNDRED), 1, mode);
  if (rate.eq(0)) return CHANGE_WORDS.sameAsLastYear;
  return `${rate.gt(0) ? CHANGE_WORDS.yoyUp : CHANGE_WORDS.yoyDown}${rate.abs().toFixed(1)}%`;
}

/** 提高0.52个百分点 / 下降0.52个百分点 / 与上年持平, at the rate's decimals. */
export function formatPoints(current: Decimal, previous: Decimal, decimals: number, mode: RoundingMode = 'half-up'): string {
  const diff = roundTo(current.minus(previous), Math.max(0, decimals), mode);
  if (diff.eq(0)) return CHANGE_WORDS.sameAsLastYear;
  return `${diff.gt(0) ? CHANGE_WORDS.pointsUp : CHANGE_WORDS.pointsDown}${diff.abs().toFixed(Math.max(0, decimals))}${CHANGE_WORDS.points}`;
}
