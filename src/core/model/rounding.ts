import { shift, sum, toDecimal, ZERO, type Decimal } from '../decimal';

/**
 * The rounding policy of totals (XBRL Calculations 1.1): a figure stated to d decimals stands
 * for the interval ±0.5×10⁻ᵈ, and a total agrees with its parts when its interval overlaps the
 * sum of theirs. Counts are exact: a count of 13 is 13.
 */
export interface StatedFigure {
  readonly value: Decimal;
  readonly decimals: number;
  readonly exact: boolean;
}

export type Consistency = 'equal' | 'within-rounding' | 'differs';

const HALF = toDecimal('0.5')!;

function halfUnit(f: StatedFigure): Decimal {
  return f.exact ? ZERO : shift(HALF, -f.decimals);
}

export function compareTotal(total: StatedFigure, parts: readonly StatedFigure[]): Consistency {
  const partsSum = sum(parts.map((p) => p.value));
  if (total.value.eq(partsSum)) return 'equal';
  const slack = sum([halfUnit(total), ...parts.map(halfUnit)]);
  return total.value.minus(partsSum).abs().lte(slack) ? 'within-rounding' : 'differs';
}
