import { sum } from '../../decimal';
import { toMatchKey } from '../../text/fold';
import { makeFinding } from '../../findings/finding';
import { guessHint } from '../hints';
import {toStated, type Model } from '../../model/model';
import { reporterFigures } from '../../model/reporterOrder';
import { compareTotal } from '../../model/rounding';
import { showValue } from '../show';
import type { Finding } from '../../findings/finding';

/**
 * aggregate: a 求和 indicator whose reporting units do not add up to the whole its 合计单位
 * reports (rounding-aware as balance). A wide table's own 合计 row is checked by balance.
 * Undecided while a unit has not reported: missing says so.
 */
export function checkAggregate(model: Model): Finding[] {
  const findings: Finding[] = [];
  for (const ind of model.compilation.catalog.indicators) {
    if (ind.aggregation !== 'sum' || ind.totalReporter === null) continue;
    const totalKey = toMatchKey(ind.totalReporter);
    const figures = model.byIndicator.get(ind.key) ?? [];
    const units = reporterFigures(ind, figures.filter((f) => f.figure.role !== 'total' && toMatchKey(f.figure.reporter) !== totalKey));
    const expectedUnits = ind.reporters.filter((r) => toMatchKey(r) !== totalKey);
    const reported = new Set(units.map((u) => toMatchKey(u.figure.reporter)));
    if (units.length === 0 || expectedUnits.some((r) => !reported.has(toMatchKey(r)))) continue;
    if (units.some((u) => u.value === null || u.approx)) continue;
    const totals = figures.filter((f) => toMatchKey(f.figure.reporter) === totalKey && f.figure.layout === 'long' && f.value !== null && !f.approx);
    const unitSum = sum(units.map((u) => u.value!));
    for (const total of totals) {
      if (compareTotal(toStated(total), units.map(toStated)) !== 'differs') continue;
      findings.push(
        makeFinding('aggregate', 'error', {
          key: 'aggregate',
          params: { indicator: ind.name, totalReporter: ind.totalReporter, total: showValue(total.value!, ind, total.decimals), sum: showValue(unitSum, ind, total.decimals), count: units.length },
        }, {
          refs: [total.figure.currentCell, ...units.map((u) => u.figure.currentCell)],
          indicator: ind.name,
          reporter: ind.totalReporter,
          expected: unitSum,
          actual: total.value!,
          hint: guessHint({ actual: total.value!, expected: unitSum, decimals: total.decimals, previous: total.previous, show: (v) => showValue(v, ind, total.decimals) }),
        }),
      );
    }
  }
  return findings;
}
