import Big from 'big.js';

/**
 * Exact decimal numbers. Every figure a clerk wrote, every sum and every comparison goes
 * through this type, so that 0.1 + 0.2 equals 0.3 and 4.35万 is 43500 exactly.
 */
export type Decimal = Big;

/** How a figure is rounded to its stated decimals (catalogue column 取舍). */
export type RoundingMode = 'half-up' | 'truncate' | 'half-even';

const BIG_ROUNDING: Record<RoundingMode, Big.RoundingMode> = {
  'half-up': Big.roundHalfUp,
  truncate: Big.roundDown,
  'half-even': Big.roundHalfEven,
};

// Rates are quotients: 40 significant decimals is far below anything a report states.
Big.DP = 40;
Big.NE = -30;
Big.PE = 40;

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export const ZERO: Decimal = new Big(0);
export const HUNDRED: Decimal = new Big(100);

/** Reads a plain decimal string ("-12.50"); anything else gives null. */
export function toDecimal(text: string): Decimal | null {
  return DECIMAL_TEXT.test(text) ? new Big(text) : null;
}

/**
 * A JavaScript number as the decimal Excel would display: 15 significant digits, so that a
 * computed 0.30000000000000004 reads as 0.3. Non-finite numbers are a programmer error.
 */
export function fromNumber(n: number): Decimal {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER) return new Big(n);
  return new Big(n.toPrecision(15));
}

export function fromInteger(n: number): Decimal {
  return new Big(n);
}

/** Multiplies by 10^power by moving the decimal point; never a float multiplication. */
export function shift(d: Decimal, power: number): Decimal {
  if (power === 0 || d.eq(0)) return d;
  const moved = new Big(d);
  moved.e += power;
  return moved;
}

export function roundTo(d: Decimal, decimals: number, mode: RoundingMode): Decimal {
  return d.round(decimals, BIG_ROUNDING[mode]);
}

/** Digits after the decimal point in the shortest exact form of d (12.50 → 1, 12 → 0). */
export function decimalPlaces(d: Decimal): number {
  const fraction = d.c.length - d.e - 1;
  return fraction > 0 ? fraction : 0;
}

export function isWhole(d: Decimal): boolean {
  return decimalPlaces(d) === 0;
}

export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Fixed-point text with exactly `decimals` digits (no grouping, per GB/T 15835). */
export function formatFixed(d: Decimal, decimals: number): string {
  return d.toFixed(decimals);
}
