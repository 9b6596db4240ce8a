import { fromInteger, roundTo, type Decimal, type RoundingMode } from '../decimal';

export interface GrimResult {
  readonly possible: boolean;
  /** The nearest rates a whole numerator gives below and above the stated one. */
  readonly below: { readonly k: number; readonly rate: Decimal } | null;
  readonly above: { readonly k: number; readonly rate: Decimal } | null;
}

/**
 * GRIM (Brown & Heathers 2016): can some whole k ≤ n give the rate p stated to `decimals`?
 * Decided in constant time from the integers nearest p·n/scale.
 */
export function grimTest(p: Decimal, decimals: number, n: number, scale: Decimal, mode: RoundingMode): GrimResult {
  const centre = Math.floor(p.times(n).div(scale).toNumber());
  let below: GrimResult['below'] = null;
  let above: GrimResult['above'] = null;
  let possible = false;
  for (let k = Math.max(0, centre - 2); k <= Math.min(n, centre + 3); k++) {
    const rate = roundTo(fromInteger(k).times(scale).div(n), decimals, mode);
    const cmp = rate.cmp(p);
    if (cmp === 0) possible = true;
    else if (cmp < 0 && (below === null || rate.gt(below.rate))) below = { k, rate };
    else if (cmp > 0 && (above === null || rate.lt(above.rate))) above = { k, rate };
  }
  return { possible, below, above };
}
