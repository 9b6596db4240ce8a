import { toMatchKey } from '../../text/fold';
import { makeFinding } from '../../findings/finding';
import { guessHint } from '../hints';
import { toTerm, type Model } from '../../model/model';
import { reporterFigures, reporterKeys } from '../../model/reporterOrder';
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
    const units = reporterFigures(ind, figures.filter((f) => f.figure.role !== 'total' && f.reporterKey !== totalKey));
    const reported = new Set(units.map((u) => u.reporterKey));
    if (units.length === 0 || reporterKeys(ind).some((k) => k !== totalKey && !reported.has(k))) continue;
    if (units.some((u) => u.current === null || u.current.approx)) continue;
    const totals = figures.filter((f) => f.reporterKey === totalKey && f.figure.layout === 'long' && f.current !== null && !f.current.approx);
    const terms = units.map(toTerm);
    for (const total of totals) {
      const { consistency, partsSum } = compareTotal(toTerm(total), terms);
      if (consistency !== 'differs') continue;
      const stated = total.current!;
      findings.push(
        makeFinding('aggregate', 'error', {
          key: 'aggregate',
          params: { indicator: ind.name, totalReporter: ind.totalReporter, total: showValue(stated.value, ind, stated.decimals), sum: showValue(partsSum, ind, stated.decimals), count: units.length },
        }, {
          refs: [total.figure.currentCell, ...units.map((u) => u.figure.currentCell)],
          indicator: ind.name,
          reporter: ind.totalReporter,
          expected: partsSum,
          actual: stated.value,
          hint: guessHint({ actual: stated.value, expected: partsSum, decimals: stated.decimals, previous: total.previous?.value ?? null, show: (v) => showValue(v, ind, stated.decimals) }),
        }),
      );
    }
  }
  return findings;
}
