import { HUNDRED, roundTo, type Decimal } from '../../decimal';
import { toMatchKey } from '../../text/fold';
import { makeFinding } from '../../findings/finding';
import type { FigureValue, Model } from '../../model/model';
import { showValue } from '../show';
import type { Finding } from '../../findings/finding';

/**
 * yoy: a year-on-year change beyond the indicator's 同比阈值 (a warning: big changes happen,
 * but a clerk should confirm them). Last year is the sheet's 上年 column, or the catalogue's
 * 上年公布数 for the figure the outputs use.
 */
export function checkYoy(model: Model): Finding[] {
  const findings: Finding[] = [];
  for (const ind of model.compilation.catalog.indicators) {
    const threshold = ind.yoyThreshold;
    if (threshold === null) continue;
    const used = new Set(model.wholes.get(ind.key)?.figures.current ?? []);
    for (const fv of model.byIndicator.get(ind.key) ?? []) {
      const previous = previousOf(fv, ind.aggregation === 'sum' ? new Set() : used, ind.publishedPrevious, ind.totalReporter);
      const current = fv.current;
      if (current === null || current.approx || previous === null || previous.eq(0) || fv.previous?.approx) continue;
      // |cur − prev| × 100 > threshold × |prev|, without a division for every figure.
      const diff = current.value.minus(previous);
      if (diff.abs().times(HUNDRED).lte(threshold.times(previous.abs()))) continue;
      const change = diff.div(previous.abs()).times(HUNDRED);
      findings.push(
        makeFinding('yoy', 'warning', {
          key: 'yoy',
          params: {
            indicator: ind.name,
            reporter: fv.figure.reporter,
            value: showValue(current.value, ind, current.decimals),
            previous: showValue(previous, ind, fv.previous?.decimals ?? 0),
            up: change.gt(0),
            percent: roundTo(change.abs(), 1, 'half-up').toFixed(1),
            threshold: threshold.toFixed(),
          },
        }, {
          refs: [fv.figure.currentCell, ...(fv.figure.previousCell && fv.previous !== null ? [fv.figure.previousCell] : [])],
          indicator: ind.name,
          reporter: fv.figure.reporter,
          expected: previous,
          actual: current.value,
        }),
      );
    }
  }
  return findings;
}

function previousOf(fv: FigureValue, used: ReadonlySet<FigureValue>, published: Decimal | null, totalReporter: string | null): Decimal | null {
  if (fv.previous !== null) return fv.previous.value;
  const isWhole = used.has(fv) || fv.figure.role === 'total' || (totalReporter !== null && toMatchKey(totalReporter) === fv.reporterKey);
  return isWhole ? published : null;
}
