import { assertNever, type BinaryOp, type Expr } from './ast';

const PRECEDENCE: Record<BinaryOp, number> = {
  OR: 1,
  AND: 2,
  '=': 4, '<>': 4, '<': 4, '<=': 4, '>': 4, '>=': 4,
  '+': 5, '-': 5,
  '*': 6, '/': 6,
};
const NOT_PRECEDENCE = 3;
const UNARY_PRECEDENCE = 7;

/** Replaces a reference by text (a value) when printing; undefined keeps the reference. */
export type RefPrinter = (ref: Extract<Expr, { kind: 'ref' }>) => string | undefined;

/** Prints a tree as canonical rule text; parsing the text again gives the same tree. */
export function printRule(expr: Expr, refText?: RefPrinter): string {
  return print(expr, 0, refText);
}

function print(e: Expr, outer: number, refText?: RefPrinter): string {
  const p0 = (x: Expr, o: number): string => print(x, o, refText);
  switch (e.kind) {
    case 'number':
      return e.value;
    case 'string':
      return `"${e.value.replace(/"/g, '""')}"`;
    case 'boolean':
      return e.value ? 'TRUE' : 'FALSE';
    case 'ref':
      return refText?.(e) ?? printRef(e.name, e.qualifier, e.bracketed);
    case 'call':
      return `${e.name}(${e.args.map((a) => p0(a, 0)).join(', ')})`;
    case 'unary': {
      const p = e.op === 'NOT' ? NOT_PRECEDENCE : UNARY_PRECEDENCE;
      const text = e.op === 'NOT' ? `NOT ${p0(e.operand, p)}` : `${e.op}${p0(e.operand, p)}`;
      return p < outer ? `(${text})` : text;
    }
    case 'binary': {
      const p = PRECEDENCE[e.op];
      // Left-associative: the right operand binds tighter; comparisons do not chain.
      const comparison = p === 4;
      const text = `${p0(e.left, comparison ? p + 1 : p)} ${e.op} ${p0(e.right, p + 1)}`;
      return p < outer ? `(${text})` : text;
    }
    case 'error':
      return '#ERROR';
    default:
      return assertNever(e);
  }
}

function printRef(name: string, qualifier: string | null, bracketed: boolean): string {
  if (bracketed) return qualifier === null ? `[${name}]` : `[${qualifier}!${name}]`;
  if (qualifier === null) return name;
  const q = /^[A-Za-z_\u3400-\u9fff\uf900-\ufaff][A-Za-z0-9_.\u3400-\u9fff\uf900-\ufaff]*$/.test(qualifier) ? qualifier : `'${qualifier}'`;
  return `${q}!${name}`;
}
