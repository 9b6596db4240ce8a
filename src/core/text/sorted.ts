/**
 * The index of the last value ≤ x in an ascending list (0 when x is below them all), by binary
 * search: the line a character offset falls on, the column a pixel falls in.
 */
export function lastAtOrBefore(ascending: readonly number[], x: number, end = ascending.length - 1): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ascending[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}
