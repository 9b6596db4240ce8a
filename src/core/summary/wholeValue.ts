import type { Indicator } from '../catalog/types';
import { roundTo, type Decimal } from '../decimal';
import type { CellRef } from '../grid/refs';
import { RuleTypeError } from '../rules/values';
import type { Model, Whole } from '../model/model';
import type { RuleRuntime } from '../checks/ruleRuntime';

/** An indicator's figure as the outputs show it: reported, or derived from its 计算公式. */
export interface ShownValue {
  readonly value: Decimal | null;
  /** Decimals to show: the catalogue's, else as stated. */
  readonly decimals: number;
  readonly approx: boolean;
  /** As written when approximate (150余). */
  readonly written: string | null;
  readonly previous: Decimal | null;
  readonly previousApprox: boolean;
  /** Last year as written when approximate (120余). */
  readonly previousWritten: string | null;
  readonly refs: readonly CellRef[];
  readonly previousRefs: readonly CellRef[];
  readonly derived: boolean;
}

export function shownValue(model: Model, runtime: RuleRuntime, ind: Indicator): ShownValue | null {
  const whole = model.wholes.get(ind.key);
  if (whole && whole.value !== null) {
    return {
      value: whole.value,
      decimals: ind.decimals ?? Math.max(0, whole.decimals),
      approx: whole.approx,
      written: whole.written,
      previous: whole.previous,
      ...previousFacts(whole),
      refs: whole.refs,
      previousRefs: whole.previousRefs,
      derived: false,
    };
  }
  const formula = runtime.formula(ind);
  if (formula && formula.parsed.errors.length === 0 && formula.bound.errors.length === 0) {
    try {
      const source = runtime.source();
      const v = runtime.evaluate(formula.parsed.expr, formula.bound, source);
      if (v.t === 'number') {
        const decimals = ind.decimals ?? 2;
        return {
          value: roundTo(v.v, decimals, ind.rounding),
          decimals,
          approx: v.approx,
          written: null,
          previous: whole?.previous ?? ind.publishedPrevious,
          ...(whole ? previousFacts(whole) : { previousApprox: false, previousWritten: null }),
          refs: source.touched,
          previousRefs: whole?.previousRefs ?? [],
          derived: true,
        };
      }
    } catch (e) {
      if (!(e instanceof RuleTypeError)) throw e;
    }
  }
  if (whole) {
    return { value: null, decimals: ind.decimals ?? 0, approx: false, written: null, previous: whole.previous, ...previousFacts(whole), refs: whole.refs, previousRefs: whole.previousRefs, derived: false };
  }
  return null;
}

function previousFacts(whole: Whole): { previousApprox: boolean; previousWritten: string | null } {
  const approx = whole.previousFigures.some((f) => f.previousApprox);
  const first = whole.previousFigures[0]?.figure.previous;
  const written = approx && whole.previousFigures.length === 1 && first?.kind === 'number' ? first.approx?.written ?? null : null;
  return { previousApprox: approx, previousWritten: written };
}
