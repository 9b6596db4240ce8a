import type { Indicator } from '../catalog/types';
import { roundTo } from '../decimal';
import type { CellRef } from '../grid/refs';
import { RuleTypeError } from '../rules/values';
import type { Model, Stated, ThisAndLast } from '../model/model';
import { publishedPrevious } from '../model/whole';
import type { RuleRuntime } from '../checks/ruleRuntime';

/** An indicator's figures as the outputs show them: reported, or this year's derived from its 计算公式. */
export interface ShownValue extends ThisAndLast<Stated | null> {
  /** Decimals both years are shown to: the catalogue's, else as this year's whole is stated. */
  readonly decimals: number;
  readonly refs: ThisAndLast<readonly CellRef[]>;
  /** This year's value comes from the 计算公式, not from a reported figure. */
  readonly derived: boolean;
}

export function shownValue(model: Model, runtime: RuleRuntime, ind: Indicator): ShownValue | null {
  const whole = model.wholes.get(ind.key);
  if (whole && whole.current !== null) {
    return { current: whole.current, previous: whole.previous, decimals: ind.decimals ?? Math.max(0, whole.current.decimals), refs: whole.refs, derived: false };
  }
  const previous = whole?.previous ?? publishedPrevious(ind);
  const formula = runtime.formula(ind);
  if (formula && formula.parsed.errors.length === 0 && formula.bound.errors.length === 0) {
    try {
      const source = runtime.source();
      const v = runtime.evaluate(formula.parsed.expr, formula.bound, source);
      if (v.t === 'number') {
        const decimals = ind.decimals ?? 2;
        const current = { value: roundTo(v.v, decimals, ind.rounding), decimals, approx: v.approx, written: null };
        return { current, previous, decimals, refs: { current: source.touched, previous: whole?.refs.previous ?? [] }, derived: true };
      }
    } catch (e) {
      if (!(e instanceof RuleTypeError)) throw e;
    }
  }
  if (whole) return { current: null, previous: whole.previous, decimals: ind.decimals ?? 0, refs: whole.refs, derived: false };
  return null;
}

/** A figure as the outputs write it: as written when approximate (150余), else to `decimals`; '' when there is none. */
export function shownText(stated: Stated | null, decimals: number): string {
  if (stated === null) return '';
  return stated.approx && stated.written ? stated.written : stated.value.toFixed(Math.max(0, decimals));
}
