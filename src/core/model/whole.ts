import type { Indicator } from '../catalog/types';
import { sum } from '../decimal';
import { toMatchKey } from '../text/fold';
import { reporterOrder, reporterFigures } from './reporterOrder';
import type { FigureValue, Whole } from './types';

export function toWhole(ind: Indicator, figures: readonly FigureValue[]): Whole | null {
  if (figures.length === 0) return null;
  return ind.aggregation === 'sum' ? toSumWhole(ind, figures) : toAgreedWhole(ind, figures);
}

/** 一致: the first listed unit's figure is the one used; else the first figure with a number. */
function toAgreedWhole(ind: Indicator, figures: readonly FigureValue[]): Whole {
  const candidates = figures.filter((f) => !(f.figure.layout === 'wide' && f.figure.role === 'item'));
  const pool = candidates.length > 0 ? candidates : figures;
  const positions = reporterOrder(ind);
  const order = (f: FigureValue): number => positions.get(toMatchKey(f.figure.reporter)) ?? ind.reporters.length;
  const withNumber = pool.filter((f) => f.value !== null);
  const used = [...withNumber].sort((a, b) => order(a) - order(b))[0] ?? pool[0];
  const withPrevious = pool.filter((f) => f.previous !== null).sort((a, b) => order(a) - order(b))[0];
  const written = used.approx && used.figure.current.kind === 'number' ? used.figure.current.approx?.written ?? null : null;
  return {
    indicator: ind,
    value: used.value,
    decimals: used.decimals,
    approx: used.approx,
    written,
    previous: withPrevious?.previous ?? ind.publishedPrevious,
    previousDecimals: withPrevious?.previousDecimals ?? ind.decimals ?? 0,
    refs: [used.figure.currentCell],
    previousRefs: withPrevious?.figure.previousCell ? [withPrevious.figure.previousCell] : [],
    figures: [used],
    previousFigures: withPrevious ? [withPrevious] : [],
    missingReporters: [],
  };
}

/**
 * 求和: the sum over the reporting units (each unit's first figure); when some unit has not
 * reported, the 合计单位's own figure stands in for the whole.
 */
function toSumWhole(ind: Indicator, figures: readonly FigureValue[]): Whole {
  const total = ind.totalReporter ? toMatchKey(ind.totalReporter) : null;
  const isTotal = (f: FigureValue): boolean =>
    f.figure.role === 'total' || (total !== null && toMatchKey(f.figure.reporter) === total);
  const parts = reporterFigures(ind, figures.filter((f) => !isTotal(f)));
  const totalFigure = figures.find((f) => isTotal(f) && f.value !== null) ?? null;
  const expected = ind.reporters.filter((r) => total === null || toMatchKey(r) !== total);
  const reported = new Set(parts.filter((p) => p.value !== null).map((p) => toMatchKey(p.figure.reporter)));
  const missingReporters = expected.filter((r) => !reported.has(toMatchKey(r)));
  const numbered = parts.filter((p) => p.value !== null);
  if ((missingReporters.length > 0 || numbered.length === 0) && totalFigure) {
    return {
      indicator: ind,
      value: totalFigure.value,
      decimals: totalFigure.decimals,
      approx: totalFigure.approx,
      written: null,
      previous: totalFigure.previous ?? ind.publishedPrevious,
      previousDecimals: totalFigure.previousDecimals,
      refs: [totalFigure.figure.currentCell],
      previousRefs: totalFigure.figure.previousCell ? [totalFigure.figure.previousCell] : [],
      figures: [totalFigure],
      previousFigures: totalFigure.previous !== null ? [totalFigure] : [],
      missingReporters,
    };
  }
  const prevParts = parts.filter((p) => p.previous !== null);
  const allPartsHavePrevious = prevParts.length === parts.length && parts.length > 0;
  const totalWithPrevious = figures.find((f) => isTotal(f) && f.previous !== null) ?? null;
  const previous = allPartsHavePrevious ? sum(prevParts.map((p) => p.previous!)) : totalWithPrevious?.previous ?? ind.publishedPrevious;
  const previousFigures = allPartsHavePrevious ? prevParts : totalWithPrevious ? [totalWithPrevious] : [];
  return {
    indicator: ind,
    value: numbered.length > 0 ? sum(numbered.map((p) => p.value!)) : null,
    decimals: ind.decimals ?? leastPrecise(numbered.map((p) => p.decimals)),
    approx: numbered.some((p) => p.approx),
    written: null,
    previous,
    previousDecimals: ind.decimals ?? leastPrecise(prevParts.map((p) => p.previousDecimals)),
    refs: numbered.map((p) => p.figure.currentCell),
    previousRefs: previousFigures.map((p) => p.figure.previousCell!).filter(Boolean),
    figures: numbered,
    previousFigures,
    missingReporters,
  };
}

/** A sum is as precise as its least precise term: 12.5 + 3.25 is stated to one decimal. */
function leastPrecise(decimals: readonly number[]): number {
  // reduce, not Math.min(...spread): a sum over 200,000 units would overflow the call stack.
  return decimals.length > 0 ? decimals.reduce((m, d) => Math.min(m, d), Infinity) : 0;
}
