import { shift, sum, toDecimal, ZERO, type Decimal } from '../decimal';
import type { Stated } from './types';

/**
 * The rounding policy of totals (XBRL Calculations 1.1): a figure stated to d decimals stands
 * for the interval ±0.5×10⁻ᵈ, and a total agrees with its parts when its interval overlaps the
 * sum of theirs. Counts are exact: a count of 13 is 13.
 */
export interface Term {
  readonly stated: Stated;
  /** An exact count: 13 is 13, not 12.5 to 13.5. */
  readonly exact: boolean;
}

export type Consistency = 'equal' | 'within-rounding' | 'differs';

const HALF = toDecimal('0.5')!;

function halfUnit(t: Term): Decimal {
  return t.exact ? ZERO : shift(HALF, -t.stated.decimals);
}

/** How a total stands against its parts, and the parts' sum (which a finding quotes). */
export function compareTotal(total: Term, parts: readonly Term[]): { consistency: Consistency; partsSum: Decimal } {
  const partsSum = sum(parts.map((p) => p.stated.value));
  if (total.stated.value.eq(partsSum)) return { consistency: 'equal', partsSum };
  const slack = sum([halfUnit(total), ...parts.map(halfUnit)]);
  return { consistency: total.stated.value.minus(partsSum).abs().lte(slack) ? 'within-rounding' : 'differs', partsSum };
}
