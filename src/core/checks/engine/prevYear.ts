import { roundTo } from '../../decimal';
import { toMatchKey } from '../../text/fold';
import { makeFinding } from '../../findings/finding';
import { guessHint } from '../hints';
import type { Model } from '../../model/model';
import { showValue } from '../show';
import type { Finding } from '../../findings/finding';

/**
 * prev-year: the previous-year figure a unit wrote differs from the catalogue's 上年公布数.
 * For a 求和 indicator only the whole is compared (a unit's own last year is a part of it).
 */
export function checkPrevYear(model: Model): Finding[] {
  const findings: Finding[] = [];
  for (const ind of model.compilation.catalog.indicators) {
    const published = ind.publishedPrevious;
    if (published === null) continue;
    for (const fv of model.byIndicator.get(ind.key) ?? []) {
      const stated = fv.previous;
      if (stated === null || stated.approx || !fv.figure.previousCell) continue;
      if (ind.aggregation === 'sum') {
        const isWhole = fv.figure.role === 'total' || (ind.totalReporter !== null && toMatchKey(ind.totalReporter) === fv.reporterKey);
        if (!isWhole) continue;
      }
      const decimals = Math.max(0, stated.decimals);
      if (roundTo(published, decimals, ind.rounding).eq(stated.value) || published.eq(stated.value)) continue;
      findings.push(
        makeFinding('prev-year', 'error', {
          key: 'prev-year',
          params: { indicator: ind.name, reporter: fv.figure.reporter, value: showValue(stated.value, ind, stated.decimals), published: showValue(published, ind, null) },
        }, {
          refs: [fv.figure.previousCell, ...(ind.cells.publishedPrevious ? [ind.cells.publishedPrevious] : [])],
          indicator: ind.name,
          reporter: fv.figure.reporter,
          expected: published,
          actual: stated.value,
          hint: guessHint({ actual: stated.value, expected: published, decimals, show: (v) => showValue(v, ind, decimals) }),
        }),
      );
    }
  }
  return findings;
}
