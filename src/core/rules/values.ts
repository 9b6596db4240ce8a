import type { ExpressionProblem, Reason, ValueFact } from '../findings/facts';
import type { Decimal } from '../decimal';
import type { CellRef } from '../grid/refs';
import type { CellValue } from '../grid/types';

/** A ledger column as a rule sees it: its cells and where they are. */
export interface ColumnValue {
  readonly t: 'column';
  readonly key: string;
  readonly label: string;
  readonly cells: readonly CellValue[];
  readonly formats: readonly (string | null)[];
  readonly ref: CellRef;
}

/**
 * What an expression evaluates to. `unknown` is "cannot decide, a figure is missing" (STYLE.md
 * habit 2): it propagates through arithmetic and is its own outcome, never a failure.
 */
export type Value =
  | { readonly t: 'number'; readonly v: Decimal; readonly approx: boolean }
  | { readonly t: 'text'; readonly v: string }
  | { readonly t: 'bool'; readonly v: boolean }
  | ColumnValue
  | { readonly t: 'unknown'; readonly reasons: readonly Reason[] };

export const num = (v: Decimal, approx = false): Value => ({ t: 'number', v, approx });
export const bool = (v: boolean): Value => ({ t: 'bool', v });
export const text = (v: string): Value => ({ t: 'text', v });
/** "Cannot decide", with why: a missing figure, an approximation, a division by zero. */
export const unknown = (...reasons: Reason[]): Value => ({ t: 'unknown', reasons });

/** A rule that cannot be computed as written (a type mismatch, a wrong argument): not data. */
export class RuleTypeError extends Error {
  constructor(readonly problem: ExpressionProblem) {
    super(problem.kind);
    this.name = 'RuleTypeError';
  }
}

export function mergeUnknown(values: readonly Value[]): Value | null {
  if (!values.some((v) => v.t === 'unknown')) return null;
  const seen = new Map<string, Reason>();
  for (const v of values) if (v.t === 'unknown') for (const r of v.reasons) seen.set(JSON.stringify(r), r);
  return unknown(...seen.values());
}

/** A value as a finding states it. */
export function toValueFact(v: Value): ValueFact {
  switch (v.t) {
    case 'number':
      return { kind: 'number', digits: v.v.toFixed() };
    case 'text':
      return { kind: 'text', text: v.v };
    case 'bool':
      return { kind: 'bool', value: v.v };
    case 'column':
      return { kind: 'column', label: v.label };
    case 'unknown':
      return { kind: 'unknown' };
  }
}
