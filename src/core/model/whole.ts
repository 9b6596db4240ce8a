import type { Indicator } from '../catalog/types';
import { sum } from '../decimal';
import { toMatchKey } from '../text/fold';
import { isListedReporter, reporterKeys, reporterOrder } from './reporterOrder';
import type { FigureValue, Stated, Whole } from './types';

export function toWhole(ind: Indicator, figures: readonly FigureValue[]): Whole | null {
  if (figures.length === 0) return null;
  return ind.aggregation === 'sum' ? toSumWhole(ind, figures) : toAgreedWhole(ind, figures);
}

/** The catalogue's 上年公布数 as a stated figure (to the catalogue's decimals unless told), or null. */
export function publishedPrevious(ind: Indicator, decimals = ind.decimals ?? 0): Stated | null {
  return ind.publishedPrevious === null ? null : { value: ind.publishedPrevious, decimals, approx: false, written: null };
}

/** 一致: the first listed unit's figure is the one used; else the first figure with a number. */
function toAgreedWhole(ind: Indicator, figures: readonly FigureValue[]): Whole {
  const candidates = figures.filter((f) => !(f.figure.layout === 'wide' && f.figure.role === 'item'));
  const pool = candidates.length > 0 ? candidates : figures;
  const positions = reporterOrder(ind);
  const order = (f: FigureValue): number => positions.get(f.reporterKey) ?? ind.reporters.length;
  const used = pool.filter((f) => f.current !== null).sort((a, b) => order(a) - order(b))[0] ?? pool[0];
  const withPrevious = pool.filter((f) => f.previous !== null).sort((a, b) => order(a) - order(b))[0];
  return {
    indicator: ind,
    current: used.current,
    previous: withPrevious?.previous ?? publishedPrevious(ind),
    refs: { current: [used.figure.currentCell], previous: withPrevious?.figure.previousCell ? [withPrevious.figure.previousCell] : [] },
    figures: { current: [used], previous: withPrevious ? [withPrevious] : [] },
    missingReporters: [],
  };
}

/**
 * 求和: the sum over the reporting units (each unit's first figure); when some unit has not
 * reported, the 合计单位's own figure stands in for the whole. The figures are walked twice, not
 * once per question: at 3,000 units an indicator's figures lie in 3,000 sheets' memory.
 */
function toSumWhole(ind: Indicator, figures: readonly FigureValue[]): Whole {
  const total = ind.totalReporter ? toMatchKey(ind.totalReporter) : null;
  const seen = new Set<string>();
  const parts: FigureValue[] = [];
  let totalFigure: FigureValue | null = null;
  let totalWithPrevious: FigureValue | null = null;
  for (const f of figures) {
    if (f.figure.role === 'total' || f.reporterKey === total) {
      totalFigure ??= f.current !== null ? f : null;
      totalWithPrevious ??= f.previous !== null ? f : null;
    } else if (!seen.has(f.reporterKey) && isListedReporter(ind, f.reporterKey)) {
      seen.add(f.reporterKey);
      parts.push(f);
    }
  }
  const numbered: FigureValue[] = [];
  const prevParts: FigureValue[] = [];
  const reported = new Set<string>();
  for (const p of parts) {
    if (p.current !== null) {
      numbered.push(p);
      reported.add(p.reporterKey);
    }
    if (p.previous !== null) prevParts.push(p);
  }
  const keys = reporterKeys(ind);
  const missingReporters = ind.reporters.filter((_, i) => keys[i] !== total && !reported.has(keys[i]));
  if ((missingReporters.length > 0 || numbered.length === 0) && totalFigure) {
    return {
      indicator: ind,
      current: { ...totalFigure.current!, written: null },
      previous: totalFigure.previous ?? publishedPrevious(ind, 0),
      refs: { current: [totalFigure.figure.currentCell], previous: totalFigure.figure.previousCell ? [totalFigure.figure.previousCell] : [] },
      figures: { current: [totalFigure], previous: totalFigure.previous !== null ? [totalFigure] : [] },
      missingReporters,
    };
  }
  const allPartsHavePrevious = prevParts.length === parts.length && parts.length > 0;
  const previousFigures = allPartsHavePrevious ? prevParts : totalWithPrevious ? [totalWithPrevious] : [];
  const previousValue = allPartsHavePrevious ? sum(prevParts.map((p) => p.previous!.value)) : totalWithPrevious?.previous!.value ?? ind.publishedPrevious;
  const previousDecimals = ind.decimals ?? leastPrecise(prevParts.map((p) => p.previous!.decimals));
  return {
    indicator: ind,
    current: numbered.length > 0 ? sumOf(numbered.map((p) => p.current!), ind.decimals) : null,
    previous: previousValue === null ? null : { value: previousValue, decimals: previousDecimals, approx: previousFigures.some((f) => f.previous!.approx), written: previousFigures.length === 1 ? previousFigures[0].previous!.written : null },
    refs: { current: numbered.map((p) => p.figure.currentCell), previous: previousFigures.map((p) => p.figure.previousCell!).filter(Boolean) },
    figures: { current: numbered, previous: previousFigures },
    missingReporters,
  };
}

/** A sum of stated figures: as precise as its least precise term (12.5 + 3.25 is stated to one decimal) unless the catalogue says. */
function sumOf(terms: readonly Stated[], catalogDecimals: number | null): Stated {
  return { value: sum(terms.map((t) => t.value)), decimals: catalogDecimals ?? leastPrecise(terms.map((t) => t.decimals)), approx: terms.some((t) => t.approx), written: null };
}

function leastPrecise(decimals: readonly number[]): number {
  // reduce, not Math.min(...spread): a sum over 200,000 units would overflow the call stack.
  return decimals.length > 0 ? decimals.reduce((m, d) => Math.min(m, d), Infinity) : 0;
}
