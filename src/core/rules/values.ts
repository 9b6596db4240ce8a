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
  | { readonly t: 'unknown'; readonly reasons: readonly string[] };

export const num = (v: Decimal, approx = false): Value => ({ t: 'number', v, approx });
export const bool = (v: boolean): Value => ({ t: 'bool', v });
export const text = (v: string): Value => ({ t: 'text', v });
/** "Cannot decide", with why in words a clerk reads: 缺少“X”, “X”为约数, 除数为0. */
export const unknown = (...reasons: string[]): Value => ({ t: 'unknown', reasons });

/** A rule that cannot be computed as written (a type mismatch, a wrong argument): not data. */
export class RuleTypeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuleTypeError';
  }
}

export function mergeUnknown(values: readonly Value[]): Value | null {
  const reasons = values.flatMap((v) => (v.t === 'unknown' ? v.reasons : []));
  return values.some((v) => v.t === 'unknown') ? unknown(...new Set(reasons)) : null;
}

export function describeValue(v: Value): string {
  switch (v.t) {
    case 'number':
      return v.v.toFixed();
    case 'text':
      return `“${v.v}”`;
    case 'bool':
      return v.v ? '成立' : '不成立';
    case 'column':
      return `${v.label}列`;
    case 'unknown':
      return '未知';
  }
}
