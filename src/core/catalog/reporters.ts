import { toMatchKey } from '../text/fold';
import type { Catalog, Indicator } from './types';

/** The units that owe an indicator: its 报送单位 and its 合计单位, each once, in that order. */
export function reportersOf(ind: Indicator): string[] {
  return uniqueUnits([...ind.reporters, ...(ind.totalReporter ? [ind.totalReporter] : [])]);
}

/** Every unit the catalogue asks figures of, in catalogue order. */
export function catalogReporters(catalog: Catalog): string[] {
  return uniqueUnits(catalog.indicators.flatMap(reportersOf));
}

/** True when the indicator is owed by this unit (as 报送单位 or 合计单位). */
export function isReporterOf(ind: Indicator, unit: string): boolean {
  const key = toMatchKey(unit);
  return reportersOf(ind).some((r) => toMatchKey(r) === key);
}

function uniqueUnits(units: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const u of units) if (!seen.has(toMatchKey(u))) seen.set(toMatchKey(u), u);
  return [...seen.values()];
}
