import type { Indicator } from '../catalog/types';
import type { Decimal } from '../decimal';
import type { Shown } from '../findings/facts';
import { PERCENT_SIGNS } from '../values/valueLexicon';

/** A value as a finding states it: digits at the stated decimals (else the indicator's) and its unit. */
export function showValue(value: Decimal, indicator: Indicator | null, decimals?: number | null): Shown {
  const d = decimals ?? indicator?.decimals ?? null;
  return { digits: d === null || d < 0 ? value.toFixed() : value.toFixed(d), unit: showUnit(indicator?.unit ?? null, indicator?.kind === 'rate') };
}

export function showUnit(unit: string | null, isRate: boolean): string {
  if (isRate && (unit === null || PERCENT_SIGNS.has(unit))) return '%';
  return unit ?? '';
}
