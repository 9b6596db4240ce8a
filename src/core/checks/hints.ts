import { shift, type Decimal } from '../decimal';
import type { HintDetail, Shown } from '../findings/facts';

export interface HintFacts {
  /** What the clerk wrote. */
  readonly actual: Decimal;
  /** What it should be by the check. */
  readonly expected: Decimal;
  /** Decimals to show the suggestion with. */
  readonly decimals: number;
  /** Last year's figure of the same cell, when known. */
  readonly previous?: Decimal | null;
  /** Shows a value with its unit; plain digits when absent. */
  readonly show?: (value: Decimal) => Shown;
}

/**
 * The likeliest slip behind a wrong figure, with the value it suggests: a sign flip, two
 * adjacent digits transposed (98.34 for 98.43), a 10⁴ unit slip (万 vs ones), a percentage
 * written as a fraction, or last year's figure copied. Null when none fits.
 */
export function guessHint(f: HintFacts): HintDetail | null {
  const { actual, expected } = f;
  if (actual.eq(expected)) return null;
  const shown = f.show ?? ((d: Decimal): Shown => ({ digits: d.toFixed(Math.max(0, f.decimals)), unit: '' }));
  if (!expected.eq(0) && actual.eq(expected.times(-1))) return { key: 'sign', params: { suggested: shown(expected) } };
  if (isTransposition(actual, expected, f.decimals)) return { key: 'transposed', params: { suggested: shown(expected) } };
  if (!expected.eq(0) && (actual.eq(shift(expected, 4)) || actual.eq(shift(expected, -4)))) return { key: 'unit-slip', params: { suggested: shown(expected) } };
  if (!expected.eq(0) && (near(shift(actual, 2), expected, f.decimals) || near(actual, shift(expected, 2), f.decimals))) {
    return { key: 'percent-scale', params: { suggested: shown(expected) } };
  }
  if (f.previous && actual.eq(f.previous)) return { key: 'last-year', params: { previous: shown(f.previous) } };
  return null;
}

function near(a: Decimal, b: Decimal, decimals: number): boolean {
  return a.round(Math.max(0, decimals)).eq(b.round(Math.max(0, decimals)));
}

/** True when swapping two adjacent digits of `actual` (at the shown decimals) gives `expected`. */
function isTransposition(actual: Decimal, expected: Decimal, decimals: number): boolean {
  const d = Math.max(0, decimals, decimalsOf(actual), decimalsOf(expected));
  const a = actual.abs().toFixed(d);
  const e = expected.abs().toFixed(d);
  if (a.length !== e.length || actual.s !== expected.s) return false;
  const digits = (s: string): string[] => s.replace('.', '').split('');
  const x = digits(a);
  const y = digits(e);
  let first = -1;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (first >= 0) {
      return i === first + 1 && x[first] === y[i] && x[i] === y[first] && x.slice(i + 1).join('') === y.slice(i + 1).join('');
    }
    first = i;
  }
  return false;
}

function decimalsOf(d: Decimal): number {
  const f = d.c.length - d.e - 1;
  return f > 0 ? f : 0;
}
