import type { ExpressionProblem } from '../findings/facts';
import type { Indicator } from '../catalog/types';
import type { Ledger, LedgerColumn } from '../ledger/types';
import { assertNever, type Expr } from './ast';
import { FUNCTIONS } from './functions';

export type RefExpr = Extract<Expr, { kind: 'ref' }>;

/** What a reference names, decided once before evaluation. */
export type Binding =
  | { readonly kind: 'indicator'; readonly indicator: Indicator; readonly reporter: string | null }
  | { readonly kind: 'column'; readonly ledger: Ledger; readonly column: LedgerColumn };

/** Names known to a workbook; identifiers are resolved only through this (STYLE.md habit 3). */
export interface NameScope {
  indicator(name: string): Indicator | null;
  reporter(name: string): string | null;
  ledger(sheet: string): Ledger | null;
}

export interface NameError {
  readonly position: number;
  readonly name: string;
  /** What is wrong beyond the name not being known. */
  readonly problem?: ExpressionProblem;
}

export interface BoundRule {
  readonly bindings: ReadonlyMap<RefExpr, Binding>;
  readonly errors: readonly NameError[];
  /** True when the rule reads a ledger column (its findings are `ledger`, not `rule`). */
  readonly readsLedger: boolean;
}

/** Resolves every reference and checks every function name and arity. */
export function bindRule(expr: Expr, scope: NameScope): BoundRule {
  const bindings = new Map<RefExpr, Binding>();
  const errors: NameError[] = [];
  const visit = (e: Expr): void => {
    switch (e.kind) {
      case 'number':
      case 'string':
      case 'boolean':
      case 'error':
        return;
      case 'ref': {
        const b = bindRef(e, scope);
        if ('kind' in b) bindings.set(e, b);
        else errors.push(b);
        return;
      }
      case 'call': {
        const spec = FUNCTIONS.get(e.name);
        if (!spec) errors.push({ position: e.start, name: e.name, problem: { kind: 'no-function', name: e.name } });
        else if (e.args.length < spec.min || e.args.length > spec.max) {
          const max = spec.max === Infinity ? null : spec.max;
          errors.push({ position: e.start, name: e.name, problem: { kind: 'arity', name: e.name, min: spec.min, max, given: e.args.length } });
        } else if (spec.special === 'prev' && e.args[0].kind !== 'ref') {
          errors.push({ position: e.args[0].start, name: e.name, problem: { kind: 'prev-argument' } });
        }
        e.args.forEach(visit);
        return;
      }
      case 'unary':
        visit(e.operand);
        return;
      case 'binary':
        visit(e.left);
        visit(e.right);
        return;
      default:
        assertNever(e);
    }
  };
  visit(expr);
  const readsLedger = [...bindings.values()].some((b) => b.kind === 'column');
  return { bindings, errors, readsLedger };
}

function bindRef(e: RefExpr, scope: NameScope): Binding | NameError {
  if (e.qualifier === null) {
    const indicator = scope.indicator(e.name);
    return indicator ? { kind: 'indicator', indicator, reporter: null } : { position: e.start, name: e.name };
  }
  const ledger = scope.ledger(e.qualifier);
  if (ledger) {
    const column = ledger.columns.find((c) => c.key === toKey(e.name));
    return column ? { kind: 'column', ledger, column } : { position: e.start, name: `${e.qualifier}!${e.name}` };
  }
  const reporter = scope.reporter(e.qualifier);
  const indicator = scope.indicator(e.name);
  if (reporter && indicator) return { kind: 'indicator', indicator, reporter };
  return { position: e.start, name: reporter ? e.name : e.qualifier };
}

function toKey(label: string): string {
  return label.normalize('NFKC').replace(/[\s\u3000]+/g, '').toLowerCase();
}
