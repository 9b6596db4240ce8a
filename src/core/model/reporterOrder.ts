import type { Indicator } from '../catalog/types';
import { toMatchKey } from '../text/fold';
import type { FigureValue } from './types';

const reporterOrders = new WeakMap<Indicator, ReadonlyMap<string, number>>();
const matchKeys = new WeakMap<Indicator, readonly string[]>();

/** The match keys of an indicator's 报送单位, in the catalogue's order, computed once per indicator. */
export function reporterKeys(ind: Indicator): readonly string[] {
  let keys = matchKeys.get(ind);
  if (!keys) {
    keys = ind.reporters.map(toMatchKey);
    matchKeys.set(ind, keys);
  }
  return keys;
}

/** Position of each of an indicator's 报送单位 (and its 合计单位, last), by match key. */
export function reporterOrder(ind: Indicator): ReadonlyMap<string, number> {
  let order = reporterOrders.get(ind);
  if (!order) {
    const m = new Map<string, number>();
    ind.reporters.forEach((r, i) => {
      if (!m.has(toMatchKey(r))) m.set(toMatchKey(r), i);
    });
    if (ind.totalReporter !== null && !m.has(toMatchKey(ind.totalReporter))) m.set(toMatchKey(ind.totalReporter), ind.reporters.length);
    order = m;
    reporterOrders.set(ind, order);
  }
  return order;
}

/** True when a figure comes from a unit the indicator lists (or the indicator lists none). */
export function isListedReporter(ind: Indicator, reporterKey: string): boolean {
  return ind.reporters.length === 0 || reporterOrder(ind).has(reporterKey);
}

/** One figure per reporting unit, the first in sheet order. */
export function reporterFigures(ind: Indicator, figures: readonly FigureValue[]): FigureValue[] {
  const seen = new Set<string>();
  const out: FigureValue[] = [];
  for (const f of figures) {
    const key = f.reporterKey;
    if (seen.has(key) || !isListedReporter(ind, key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}
