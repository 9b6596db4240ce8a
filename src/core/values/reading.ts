import type { Decimal } from '../decimal';

import type { Multiplier } from './valueLexicon';

/** 万 and 亿 written after a number (SPEC §2.2): the words live in the value lexicon. */
export { MULTIPLIER_POWER, type Multiplier } from './valueLexicon';

/** An approximate figure: kept as written for the narrative, skipped by equality checks. */
interface Approximation {
  /** The qualifier as written: 余, 多, 约, 近, 超, +, 左右 … */
  readonly marker: string;
  /** The figure as the clerk wrote it, without the unit: 150余, 约26.3万. */
  readonly written: string;
}

type InvalidReason = 'error' | 'date' | 'boolean' | 'text' | 'uncached' | 'grouping';

/** What one cell says, decided by one total function (parseCellValue). */
export type Reading =
  | NumberReading
  | { readonly kind: 'na'; readonly raw: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly raw: string; readonly reason: InvalidReason };

export interface NumberReading {
  readonly kind: 'number';
  /** The value in the figure's own unit; a percentage is in percent (99.63, not 0.9963). */
  readonly value: Decimal;
  /** Decimals the figure is stated to (negative for 26.3万: stated to the thousand). */
  readonly decimals: number;
  readonly percent: boolean;
  readonly approx: Approximation | null;
  readonly storedAsText: boolean;
  readonly multiplier: Multiplier | null;
  /** Unit words after the number and multiplier (人次 in 1.2万人次), or null. */
  readonly unitText: string | null;
  /** The cell as the clerk sees it. */
  readonly raw: string;
}
