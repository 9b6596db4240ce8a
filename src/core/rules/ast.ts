import type { ExpressionProblem } from '../findings/facts';
/** The syntax tree of the rule language (SPEC §3). Positions are 0-based UTF-16 offsets. */

export type BinaryOp = '+' | '-' | '*' | '/' | '=' | '<>' | '<' | '<=' | '>' | '>=' | 'AND' | 'OR';
type UnaryOp = '-' | '+' | 'NOT';

interface Span {
  readonly start: number;
  readonly end: number;
}

export type Expr =
  | (Span & { readonly kind: 'number'; readonly value: string })
  | (Span & { readonly kind: 'string'; readonly value: string })
  | (Span & { readonly kind: 'boolean'; readonly value: boolean })
  /**
   * A reference: [名称], [单位!名称], a code (LIT_TOTAL), or 台账!列. Whether the qualifier is a
   * reporting unit or a ledger sheet is decided when names are resolved, not when parsing.
   */
  | (Span & { readonly kind: 'ref'; readonly name: string; readonly qualifier: string | null; readonly bracketed: boolean })
  | (Span & { readonly kind: 'call'; readonly name: string; readonly args: readonly Expr[] })
  | (Span & { readonly kind: 'unary'; readonly op: UnaryOp; readonly operand: Expr })
  | (Span & { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr })
  | (Span & { readonly kind: 'error' });

export interface SyntaxError {
  readonly position: number;
  readonly problem: ExpressionProblem;
}

export interface ParsedRule {
  readonly expr: Expr;
  readonly errors: readonly SyntaxError[];
}

export function assertNever(x: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(x)}`);
}

export const COMPARISON_OPS: readonly BinaryOp[] = ['=', '<>', '<', '<=', '>', '>='];
