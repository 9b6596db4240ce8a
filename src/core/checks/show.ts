import type { Indicator } from '../catalog/types';
import type { Decimal } from '../decimal';

/** A value for a clerk's sentence: 4418宗, 99.63%, 12.5万元; decimals as stated when known. */
export function showValue(value: Decimal, indicator: Indicator | null, decimals?: number | null): string {
  const d = decimals ?? indicator?.decimals ?? null;
  const text = d === null || d < 0 ? value.toFixed() : value.toFixed(d);
  return text + showUnit(indicator?.unit ?? null, indicator?.kind === 'rate');
}

export function showUnit(unit: string | null, isRate: boolean): string {
  if (isRate && (unit === null || unit === '%' || unit === '％')) return '%';
  return unit ?? '';
}

/** A list of values for a message: "法规科 13宗、办公室 12宗". */
export function showList(items: readonly string[]): string {
  return items.join('、');
}
