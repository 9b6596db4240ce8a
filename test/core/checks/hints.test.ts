import { toDecimal } from '../../../src/core';
import { guessHint } from '../../../src/core/checks/hints';

const d = (s: string) => toDecimal(s)!;
const hint = (actual: string, expected: string, decimals: number, previous?: string) =>
  guessHint({ actual: d(actual), expected: d(expected), decimals, previous: previous ? d(previous) : null })?.key ?? null;

describe('hints: the likeliest slip behind a wrong figure', () => {
  it.each([
    ['98.34', '98.43', 2, undefined, 'transposed'],
    ['3180', '3810', 0, undefined, 'transposed'],
    ['-12', '12', 0, undefined, 'sign'],
    ['263000', '26.3', 1, undefined, 'unit-slip'],
    ['26.3', '263000', 0, undefined, 'unit-slip'],
    ['0.9963', '99.63', 2, undefined, 'percent-scale'],
    ['2987', '3180', 0, '2987', 'last-year'],
    ['3181', '3180', 0, undefined, null],
    ['98.35', '98.43', 2, undefined, null],
  ])('%s for %s (%i decimals) is %s', (actual, expected, decimals, previous, key) => {
    expect(hint(actual, expected, decimals, previous)).toBe(key);
  });
});
