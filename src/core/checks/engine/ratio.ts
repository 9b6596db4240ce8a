import type { Indicator } from '../../catalog/types';
import { roundTo, type Decimal } from '../../decimal';
import { printRule } from '../../rules/print';
import { toRatioShape } from '../../rules/shape';
import { RuleTypeError, type Value } from '../../rules/values';
import { makeFinding } from '../../findings/finding';
import { grimTest } from '../grim';
import { guessHint } from '../hints';
import type { FigureValue, Model } from '../../model/model';
import type { RuleRuntime, TrackingSource } from '../ruleRuntime';
import { showValue } from '../show';
import { expressionFindings } from '../expressionFindings';
import type { GrimNeighbour, Shown } from '../../findings/facts';
import type { Finding } from '../../findings/finding';

/**
 * ratio, ratio-truncated and granularity: every reported figure of an indicator with a
 * 计算公式 is recomputed from its components (the same unit's where that unit reports them,
 * else the whole's) and rounded at its decimals. When the numerator is unknown but the
 * denominator is a whole number, GRIM decides whether any whole numerator gives the rate.
 */
export function checkRatios(model: Model, runtime: RuleRuntime): Finding[] {
  const findings: Finding[] = [];
  for (const ind of model.compilation.catalog.indicators) {
    const formula = runtime.formula(ind);
    if (!formula) continue;
    const cell = ind.cells.formula ?? ind.source;
    if (formula.parsed.errors.length > 0 || formula.bound.errors.length > 0) {
      findings.push(...expressionFindings({ id: ind.name, row: rowOf(ind) }, formula.parsed.errors, formula.bound.errors, cell ? [cell] : []));
      continue;
    }
    // A sheet of another period is checked within itself (SPEC §2.1 Periods).
    for (const fv of [...(model.byIndicator.get(ind.key) ?? []), ...(model.otherPeriod.get(ind.key) ?? [])]) {
      if (fv.current === null || fv.current!.approx || fv.conversion === null) continue;
      const finding = checkFigure(ind, fv, runtime);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

function rowOf(ind: Indicator): number {
  const cell = ind.cells.formula?.cell ?? ind.source?.cell ?? '';
  const m = /(\d+)$/.exec(cell);
  return m ? Number(m[1]) : 0;
}

function checkFigure(ind: Indicator, fv: FigureValue, runtime: RuleRuntime): Finding | null {
  const { parsed, bound } = runtime.formula(ind)!;
  const source = runtime.source(fv.figure.reporter, sheetOf(fv));
  let computed: Value;
  try {
    computed = runtime.evaluate(parsed.expr, bound, source);
  } catch (e) {
    if (e instanceof RuleTypeError) return makeFinding('rule', 'error', { key: 'rule.type', params: { id: ind.name, row: rowOf(ind), problem: e.problem } }, { refs: ind.cells.formula ? [ind.cells.formula] : [] });
    throw e;
  }
  const reported = fv.current!.value;
  const decimals = Math.min(fv.current!.decimals, ind.decimals ?? fv.current!.decimals);
  const refs = [fv.figure.currentCell, ...source.touched.filter((r) => r.cell !== fv.figure.currentCell.cell || r.sheet !== fv.figure.currentCell.sheet)];
  const base = { indicator: ind.name, reporter: fv.figure.reporter };
  if (computed.t === 'unknown') {
    const grim = granularity(ind, fv, runtime, decimals);
    if (grim !== 'not-applicable') return grim;
    return makeFinding('ratio', 'info', { key: 'ratio.undecided', params: { indicator: ind.name, reasons: computed.reasons } }, { refs, ...base });
  }
  if (computed.t !== 'number' || computed.approx) return null;
  const expected = roundTo(computed.v, decimals, ind.rounding);
  if (expected.eq(reported)) return null;
  const computation = describeComputation(ind, runtime, fv);
  const shown = (d: Decimal): Shown => showValue(d, ind, decimals);
  const truncated = roundTo(computed.v, decimals, 'truncate');
  if (ind.rounding !== 'truncate' && truncated.eq(reported)) {
    return makeFinding('ratio-truncated', 'warning', { key: 'ratio.truncated', params: { ...base, value: shown(reported), expected: shown(expected), computation } }, {
      refs, ...base, expected, actual: reported, hint: { key: 'truncated', params: { rounded: shown(expected) } },
    });
  }
  return makeFinding('ratio', 'error', { key: 'ratio.mismatch', params: { ...base, value: shown(reported), expected: shown(expected), computation } }, {
    refs, ...base, expected, actual: reported, hint: guessHint({ actual: reported, expected, decimals, previous: fv.previous?.value ?? null, show: shown }),
  });
}

/** "4418/4434*100": the formula with each component's value in place. */
function describeComputation(ind: Indicator, runtime: RuleRuntime, fv: FigureValue): string {
  const { parsed, bound } = runtime.formula(ind)!;
  return printRule(parsed.expr, (ref) => {
    const v = valueOfRef(runtime, bound.bindings.get(ref), fv, ref);
    return v?.t === 'number' ? v.v.toFixed() : undefined;
  }).replace(/ /g, '');
}

function valueOfRef(runtime: RuleRuntime, binding: Parameters<TrackingSource['value']>[0] | undefined, fv: FigureValue, ref: Parameters<TrackingSource['value']>[2]): Value | null {
  if (!binding) return null;
  return runtime.source(fv.figure.reporter, sheetOf(fv)).value(binding, false, ref);
}

/** The sheet a figure's formula reads its components from first. */
function sheetOf(fv: FigureValue): { name: string; otherPeriod: boolean } {
  return { name: fv.figure.sheet, otherPeriod: fv.figure.otherPeriod === true };
}

/** The GRIM verdict: a finding, null when some whole numerator gives the rate, or not applicable. */
function granularity(ind: Indicator, fv: FigureValue, runtime: RuleRuntime, decimals: number): Finding | null | 'not-applicable' {
  const { parsed, bound } = runtime.formula(ind)!;
  const shape = toRatioShape(parsed.expr);
  if (!shape) return 'not-applicable';
  const numBinding = bound.bindings.get(shape.numerator);
  if (!numBinding || numBinding.kind !== 'indicator' || numBinding.indicator.kind !== 'count') return 'not-applicable';
  const source = runtime.source(fv.figure.reporter, sheetOf(fv));
  const numerator = source.value(numBinding, false, shape.numerator);
  if (numerator.t !== 'unknown') return 'not-applicable';
  let denominator: Value;
  try {
    denominator = runtime.evaluate(shape.denominator, bound, source);
  } catch {
    return 'not-applicable';
  }
  if (denominator.t !== 'number' || denominator.approx || !denominator.v.eq(denominator.v.round(0)) || denominator.v.lte(0) || denominator.v.gt(1e9)) return 'not-applicable';
  const n = denominator.v.toNumber();
  const p = fv.current!.value;
  const result = grimTest(p, decimals, n, shape.scale, ind.rounding === 'truncate' ? 'truncate' : ind.rounding);
  if (result.possible) return null;
  const shown = (d: Decimal): Shown => showValue(d, ind, decimals);
  const near = (x: typeof result.below): GrimNeighbour | null => (x ? { k: x.k, n, rate: shown(x.rate) } : null);
  const baseName = printRule(shape.denominator).replace(/[[\]]/g, '').replace(/ /g, '');
  return makeFinding('granularity', 'error', {
    key: 'granularity',
    params: { indicator: ind.name, reporter: fv.figure.reporter, value: shown(p), base: n, baseIndicator: baseName, below: near(result.below), above: near(result.above) },
  }, {
    refs: [fv.figure.currentCell, ...source.touched],
    indicator: ind.name,
    reporter: fv.figure.reporter,
    actual: p,
    ...(result.below || result.above ? { expected: nearest(p, result) } : {}),
  });
}

function nearest(p: Decimal, r: ReturnType<typeof grimTest>): Decimal {
  if (!r.below) return r.above!.rate;
  if (!r.above) return r.below.rate;
  return p.minus(r.below.rate).lte(r.above.rate.minus(p)) ? r.below.rate : r.above.rate;
}
