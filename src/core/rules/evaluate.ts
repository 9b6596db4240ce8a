import { toDecimal, type Decimal } from '../decimal';
import { toMatchKey } from '../text/fold';
import { assertNever, type BinaryOp, type Expr } from './ast';
import type { Binding, RefExpr } from './bind';
import { toCriterion } from './criteria';
import { FUNCTIONS, paramKind, type Arg, type ColumnIndex, type ParamKind } from './functions';
import { bool, toValueFact, mergeUnknown, num, RuleTypeError, text, unknown, type ColumnValue, type Value } from './values';

/** Supplies the value a bound reference names: this year's, or last year's through PREV. */
export interface ValueSource {
  value(binding: Binding, previous: boolean, ref: RefExpr): Value;
}

export interface EvaluationContext {
  readonly bindings: ReadonlyMap<RefExpr, Binding>;
  readonly source: ValueSource;
  readonly columns: ColumnIndex;
  /** 容差: `=` holds when the two sides differ by at most this much. */
  readonly tolerance: Decimal;
}

/** Evaluates a bound expression. Data problems give `unknown`; a mis-typed rule throws RuleTypeError. */
export function evaluate(e: Expr, ctx: EvaluationContext): Value {
  switch (e.kind) {
    case 'number':
      return num(toDecimal(e.value)!);
    case 'string':
      return text(e.value);
    case 'boolean':
      return bool(e.value);
    case 'ref': {
      const b = ctx.bindings.get(e);
      if (!b) throw new RuleTypeError({ kind: 'unrecognised', name: e.name });
      return ctx.source.value(b, false, e);
    }
    case 'unary': {
      const v = evaluate(e.operand, ctx);
      if (v.t === 'unknown') return v;
      if (e.op === 'NOT') return bool(!asBool(v));
      const n = asNumber(v, e.op);
      return num(e.op === '-' ? n.v.times(-1) : n.v, n.approx);
    }
    case 'binary':
      return binary(e.op, e.left, e.right, ctx);
    case 'call':
      return call(e, ctx);
    case 'error':
      throw new RuleTypeError({ kind: 'incomplete' });
    default:
      return assertNever(e);
  }
}

function binary(op: BinaryOp, leftExpr: Expr, rightExpr: Expr, ctx: EvaluationContext): Value {
  if (op === 'AND' || op === 'OR') {
    const l = evaluate(leftExpr, ctx);
    const r = evaluate(rightExpr, ctx);
    const lb = l.t === 'unknown' ? null : asBool(l);
    const rb = r.t === 'unknown' ? null : asBool(r);
    const decisive = op === 'OR';
    if (lb === decisive || rb === decisive) return bool(decisive);
    if (lb === null || rb === null) return mergeUnknown([l, r])!;
    return bool(!decisive);
  }
  const left = evaluate(leftExpr, ctx);
  const right = evaluate(rightExpr, ctx);
  const unknownSide = mergeUnknown([left, right]);
  if (unknownSide) return unknownSide;
  switch (op) {
    case '+':
    case '-':
    case '*':
    case '/': {
      const a = asNumber(left, op);
      const b = asNumber(right, op);
      const approx = a.approx || b.approx;
      if (op === '+') return num(a.v.plus(b.v), approx);
      if (op === '-') return num(a.v.minus(b.v), approx);
      if (op === '*') return num(a.v.times(b.v), approx);
      if (b.v.eq(0)) return unknown({ kind: 'division-by-zero' });
      return num(a.v.div(b.v), approx);
    }
    default:
      return compare(op, left, right, ctx.tolerance);
  }
}

/** Decimal-exact comparison within the rule's tolerance; text compares ignoring width and spaces. */
function compare(op: BinaryOp, left: Value, right: Value, tolerance: Decimal): Value {
  if (left.t === 'text' || right.t === 'text') {
    if (left.t !== 'text' || right.t !== 'text') throw new RuleTypeError({ kind: 'incomparable', left: toValueFact(left), right: toValueFact(right) });
    const same = toMatchKey(left.v) === toMatchKey(right.v);
    if (op === '=') return bool(same);
    if (op === '<>') return bool(!same);
    throw new RuleTypeError({ kind: 'text-comparison' });
  }
  if (left.t === 'bool' || right.t === 'bool') {
    if (left.t !== 'bool' || right.t !== 'bool' || (op !== '=' && op !== '<>')) throw new RuleTypeError({ kind: 'bool-comparison' });
    return bool(op === '=' ? left.v === right.v : left.v !== right.v);
  }
  const a = asNumber(left, op);
  const b = asNumber(right, op);
  if ((op === '=' || op === '<>') && (a.approx || b.approx)) return unknown({ kind: 'approximate' });
  const diff = a.v.minus(b.v);
  const within = diff.abs().lte(tolerance);
  switch (op) {
    case '=':
      return bool(within);
    case '<>':
      return bool(!within);
    case '<':
      return bool(diff.lt(0));
    case '<=':
      return bool(diff.lte(tolerance));
    case '>':
      return bool(diff.gt(0));
    case '>=':
      return bool(diff.gte(tolerance.times(-1)));
    default:
      throw new Error(`not a comparison: ${op}`);
  }
}

function call(e: Extract<Expr, { kind: 'call' }>, ctx: EvaluationContext): Value {
  const spec = FUNCTIONS.get(e.name);
  if (!spec) throw new RuleTypeError({ kind: 'no-function', name: e.name });
  if (spec.special === 'if') {
    const cond = evaluate(e.args[0], ctx);
    if (cond.t === 'unknown') return cond;
    if (asBool(cond)) return evaluate(e.args[1], ctx);
    return e.args.length > 2 ? evaluate(e.args[2], ctx) : bool(false);
  }
  if (spec.special === 'prev') {
    const ref = e.args[0] as RefExpr;
    const b = ctx.bindings.get(ref);
    if (!b || b.kind !== 'indicator') throw new RuleTypeError({ kind: 'prev-argument' });
    return ctx.source.value(b, true, ref);
  }
  const args: Arg[] = [];
  for (let i = 0; i < e.args.length; i++) {
    const kind = paramKind(e.name, spec, i);
    const v = evaluate(e.args[i], ctx);
    if (v.t === 'unknown' && kind !== 'logical') return v;
    args.push(coerce(v, kind, e.name, ctx));
  }
  return spec.apply!(args, ctx.columns);
}

function coerce(v: Value, kind: ParamKind, fn: string, ctx: EvaluationContext): Arg {
  switch (kind) {
    case 'number': {
      const n = asNumber(v, fn);
      return { kind: 'number', v: n.v, approx: n.approx };
    }
    case 'numbers':
      if (v.t === 'column') {
        const numbers = ctx.columns.numberList(v).filter((x): x is Decimal => x !== null);
        const counta = ctx.columns.keyList(v).filter((k) => k !== '').length;
        return { kind: 'numbers', v: numbers, approx: false, count: numbers.length, counta };
      }
      if (v.t === 'number') return { kind: 'numbers', v: [v.v], approx: v.approx, count: 1, counta: 1 };
      return { kind: 'numbers', v: [], approx: false, count: 0, counta: 1 };
    case 'column':
      if (v.t !== 'column') throw new RuleTypeError({ kind: 'range-column', name: fn });
      return { kind: 'column', v: v as ColumnValue };
    case 'criteria':
      if (v.t === 'text') return { kind: 'criteria', v: toCriterion(v.v) };
      if (v.t === 'number') return { kind: 'criteria', v: toCriterion(v.v) };
      throw new RuleTypeError({ kind: 'criterion-type', name: fn });
    case 'logical':
      return { kind: 'logical', v: v.t === 'unknown' ? null : asBool(v) };
    case 'any':
    case 'reference':
      return { kind: 'any', v };
  }
}

function asNumber(v: Value, where: string): { v: Decimal; approx: boolean } {
  if (v.t === 'number') return { v: v.v, approx: v.approx };
  throw new RuleTypeError({ kind: 'number-expected', where, got: toValueFact(v) });
}

function asBool(v: Value): boolean {
  if (v.t === 'bool') return v.v;
  throw new RuleTypeError({ kind: 'bool-expected', got: toValueFact(v) });
}
