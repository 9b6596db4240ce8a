import { fromInteger, roundTo, sum, ZERO, type Decimal } from '../decimal';
import { cellKey, cellNumber, matchesNumber, matchesText, type Criterion } from './criteria';
import { bool, num, RuleTypeError, type ColumnValue, type Value } from './values';

/** How an argument is coerced before a function sees it. */
export type ParamKind = 'number' | 'numbers' | 'column' | 'criteria' | 'logical' | 'any' | 'reference';

/**
 * A function of the rule language, declared as data (STYLE.md habit 4): the table drives
 * arity and coercion; `apply` is only the arithmetic. IF and PREV are evaluated by the
 * evaluator itself (IF is lazy; PREV reads last year's value of a reference).
 */
export interface FunctionSpec {
  readonly min: number;
  readonly max: number;
  /** Kinds by position; the last one repeats for the remaining arguments. */
  readonly params: readonly ParamKind[];
  readonly special?: 'if' | 'prev';
  readonly apply?: (args: readonly Arg[], columns: ColumnIndex) => Value;
}

/** An argument after coercion. */
export type Arg =
  | { readonly kind: 'number'; readonly v: Decimal; readonly approx: boolean }
  | { readonly kind: 'numbers'; readonly v: readonly Decimal[]; readonly approx: boolean; readonly count: number; readonly counta: number }
  | { readonly kind: 'column'; readonly v: ColumnValue }
  | { readonly kind: 'criteria'; readonly v: Criterion }
  | { readonly kind: 'logical'; readonly v: boolean | null }
  | { readonly kind: 'any'; readonly v: Value };

const MANY = Number.POSITIVE_INFINITY;

const numbersOf = (args: readonly Arg[]): Decimal[] => args.flatMap((a) => (a.kind === 'numbers' ? a.v : a.kind === 'number' ? [a.v] : []));
const approxOf = (args: readonly Arg[]): boolean => args.some((a) => (a.kind === 'numbers' || a.kind === 'number') && a.approx);
const first = <K extends Arg['kind']>(a: Arg, kind: K): Extract<Arg, { kind: K }> => {
  if (a.kind !== kind) throw new RuleTypeError({ kind: 'argument-type' });
  return a as Extract<Arg, { kind: K }>;
};

export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map<string, FunctionSpec>([
  ['SUM', { min: 1, max: MANY, params: ['numbers'], apply: (a) => num(sum(numbersOf(a)), approxOf(a)) }],
  ['ABS', { min: 1, max: 1, params: ['number'], apply: ([x]) => num(first(x, 'number').v.abs(), approxOf([x])) }],
  [
    'ROUND',
    { min: 2, max: 2, params: ['number', 'number'], apply: ([x, d]) => num(roundTo(first(x, 'number').v, digits(d), 'half-up'), approxOf([x])) },
  ],
  [
    'ROUNDDOWN',
    { min: 2, max: 2, params: ['number', 'number'], apply: ([x, d]) => num(roundTo(first(x, 'number').v, digits(d), 'truncate'), approxOf([x])) },
  ],
  ['MIN', { min: 1, max: MANY, params: ['numbers'], apply: (a) => extreme(a, -1) }],
  ['MAX', { min: 1, max: MANY, params: ['numbers'], apply: (a) => extreme(a, 1) }],
  ['COUNT', { min: 1, max: MANY, params: ['numbers'], apply: (a) => num(fromInteger(a.reduce((n, x) => n + (x.kind === 'numbers' ? x.count : 1), 0))) }],
  ['COUNTA', { min: 1, max: MANY, params: ['numbers'], apply: (a) => num(fromInteger(a.reduce((n, x) => n + (x.kind === 'numbers' ? x.counta : 1), 0))) }],
  ['COUNTIF', { min: 2, max: 2, params: ['column', 'criteria'], apply: ([c, k], idx) => num(fromInteger(idx.count(first(c, 'column').v, first(k, 'criteria').v))) }],
  ['COUNTIFS', { min: 2, max: MANY, params: ['column', 'criteria'], apply: (a, idx) => num(fromInteger(idx.countIfs(pairs(a)))) }],
  [
    'SUMIF',
    {
      min: 2,
      max: 3,
      params: ['column', 'criteria', 'column'],
      apply: (a, idx) => num(idx.sumIfs(a.length === 3 ? first(a[2], 'column').v : first(a[0], 'column').v, [[first(a[0], 'column').v, first(a[1], 'criteria').v]])),
    },
  ],
  ['SUMIFS', { min: 3, max: MANY, params: ['column', 'column', 'criteria'], apply: (a, idx) => num(idx.sumIfs(first(a[0], 'column').v, pairs(a.slice(1)))) }],
  ['AND', { min: 1, max: MANY, params: ['logical'], apply: (a) => logical(a, 'and') }],
  ['OR', { min: 1, max: MANY, params: ['logical'], apply: (a) => logical(a, 'or') }],
  ['NOT', { min: 1, max: 1, params: ['logical'], apply: ([x]) => logicalNot(x) }],
  ['IF', { min: 2, max: 3, params: ['any'], special: 'if' }],
  ['PREV', { min: 1, max: 1, params: ['reference'], special: 'prev' }],
]);

/** The kind of the i-th parameter (the last kind repeats; COUNTIFS alternates column/criteria). */
export function paramKind(name: string, spec: FunctionSpec, i: number): ParamKind {
  if (name === 'COUNTIFS') return i % 2 === 0 ? 'column' : 'criteria';
  if (name === 'SUMIFS') return i === 0 ? 'column' : i % 2 === 1 ? 'column' : 'criteria';
  return spec.params[Math.min(i, spec.params.length - 1)];
}

function digits(a: Arg): number {
  const d = first(a, 'number').v;
  if (!d.eq(d.round(0)) || d.abs().gt(15)) throw new RuleTypeError({ kind: 'digits-argument' });
  return d.toNumber();
}

function extreme(a: readonly Arg[], sign: 1 | -1): Value {
  const values = numbersOf(a);
  if (values.length === 0) return num(ZERO);
  let best = values[0];
  for (const v of values) if (v.cmp(best) * sign > 0) best = v;
  return num(best, approxOf(a));
}

function pairs(a: readonly Arg[]): [ColumnValue, Criterion][] {
  if (a.length % 2 !== 0) throw new RuleTypeError({ kind: 'criteria-pairs' });
  const out: [ColumnValue, Criterion][] = [];
  for (let i = 0; i < a.length; i += 2) out.push([first(a[i], 'column').v, first(a[i + 1], 'criteria').v]);
  return out;
}

/** Three-valued logic: AND(FALSE, unknown) is FALSE; AND(TRUE, unknown) cannot be decided. */
function logical(a: readonly Arg[], mode: 'and' | 'or'): Value {
  const values = a.map((x) => first(x, 'logical').v);
  const decisive = mode === 'and' ? false : true;
  if (values.includes(decisive)) return bool(decisive);
  if (values.includes(null)) return { t: 'unknown', reasons: [] };
  return bool(!decisive);
}

function logicalNot(x: Arg): Value {
  const v = first(x, 'logical').v;
  return v === null ? { t: 'unknown', reasons: [] } : bool(!v);
}

/**
 * Ledger columns, read once per check: text keys and numbers per cell, and a count of each
 * key, so that 300 COUNTIF rules over a 100,000-row ledger cost one pass, not 300.
 */
export class ColumnIndex {
  private readonly keys = new Map<ColumnValue, string[]>();
  private readonly numbers = new Map<ColumnValue, (Decimal | null)[]>();
  private readonly counts = new Map<ColumnValue, Map<string, number>>();
  private readonly rowsByKey = new Map<ColumnValue, Map<string, number[]>>();
  /** Results of COUNTIFS/SUMIFS by their columns and criteria: rules repeat them often. */
  private readonly memo = new Map<string, number | Decimal>();
  private readonly ids = new Map<ColumnValue, number>();

  keyList(c: ColumnValue): string[] {
    let k = this.keys.get(c);
    if (!k) {
      k = c.cells.map(cellKey);
      this.keys.set(c, k);
    }
    return k;
  }

  numberList(c: ColumnValue): (Decimal | null)[] {
    let n = this.numbers.get(c);
    if (!n) {
      n = c.cells.map((v, i) => cellNumber(v, c.formats[i] ?? null));
      this.numbers.set(c, n);
    }
    return n;
  }

  private keyCounts(c: ColumnValue): Map<string, number> {
    let m = this.counts.get(c);
    if (!m) {
      m = new Map();
      for (const k of this.keyList(c)) m.set(k, (m.get(k) ?? 0) + 1);
      this.counts.set(c, m);
    }
    return m;
  }

  matches(c: ColumnValue, criterion: Criterion, row: number): boolean {
    const key = this.keyList(c)[row];
    return criterion.kind === 'number' ? matchesNumber(criterion, this.numberList(c)[row], key) : matchesText(criterion, key);
  }

  count(c: ColumnValue, criterion: Criterion): number {
    if (criterion.kind !== 'number' && !(criterion.kind === 'text' && criterion.pattern)) {
      const key = criterion.kind === 'blank' ? '' : criterion.key;
      const hits = this.keyCounts(c).get(key) ?? 0;
      return criterion.op === '=' ? hits : c.cells.length - hits;
    }
    let n = 0;
    for (let r = 0; r < c.cells.length; r++) if (this.matches(c, criterion, r)) n++;
    return n;
  }

  countIfs(conditions: readonly [ColumnValue, Criterion][]): number {
    const length = sameLength(conditions.map(([c]) => c));
    const key = `n|${this.memoKey(conditions)}`;
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit as number;
    let n = 0;
    for (const r of this.candidateRows(conditions, length)) if (conditions.every(([c, k]) => this.matches(c, k, r))) n++;
    this.memo.set(key, n);
    return n;
  }

  sumIfs(sumColumn: ColumnValue, conditions: readonly [ColumnValue, Criterion][]): Decimal {
    const length = sameLength([sumColumn, ...conditions.map(([c]) => c)]);
    const key = `s${this.id(sumColumn)}|${this.memoKey(conditions)}`;
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit as Decimal;
    const values = this.numberList(sumColumn);
    let total = ZERO;
    for (const r of this.candidateRows(conditions, length)) {
      const v = values[r];
      if (v !== null && conditions.every(([c, k]) => this.matches(c, k, r))) total = total.plus(v);
    }
    this.memo.set(key, total);
    return total;
  }

  /** Rows worth testing: those of the rarest plain-text condition, else every row. */
  private candidateRows(conditions: readonly [ColumnValue, Criterion][], length: number): Iterable<number> {
    let best: number[] | null = null;
    for (const [c, k] of conditions) {
      if (k.kind !== 'text' || k.op !== '=' || k.pattern) continue;
      const rows = this.rowIndex(c).get(k.key) ?? [];
      if (best === null || rows.length < best.length) best = rows;
    }
    return best ?? allRows(length);
  }

  private rowIndex(c: ColumnValue): Map<string, number[]> {
    let m = this.rowsByKey.get(c);
    if (!m) {
      m = new Map();
      this.keyList(c).forEach((k, r) => {
        const list = m!.get(k);
        if (list) list.push(r);
        else m!.set(k, [r]);
      });
      this.rowsByKey.set(c, m);
    }
    return m;
  }

  private id(c: ColumnValue): number {
    let i = this.ids.get(c);
    if (i === undefined) {
      i = this.ids.size;
      this.ids.set(c, i);
    }
    return i;
  }

  private memoKey(conditions: readonly [ColumnValue, Criterion][]): string {
    return conditions.map(([c, k]) => `${this.id(c)}:${criterionKey(k)}`).join('|');
  }
}

function* allRows(length: number): Iterable<number> {
  for (let r = 0; r < length; r++) yield r;
}

function criterionKey(k: Criterion): string {
  switch (k.kind) {
    case 'number':
      return `#${k.op}${k.value.toFixed()}`;
    case 'text':
      return `t${k.op}${k.key}${k.pattern ? '*' : ''}`;
    case 'blank':
      return `b${k.op}`;
  }
}

function sameLength(columns: readonly ColumnValue[]): number {
  const n = columns[0].cells.length;
  if (columns.some((c) => c.cells.length !== n)) throw new RuleTypeError({ kind: 'ragged-ranges' });
  return n;
}
