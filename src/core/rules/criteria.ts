import type { Decimal } from '../decimal';
import type { CellValue } from '../grid/types';
import { toMatchKey } from '../text/fold';
import { parseCellValue } from '../values/parseValue';
import { parseFigureText } from '../values/parseValue';

/** A COUNTIF-style criterion: "办结", ">5", "<>在办", "办*", "" (Excel's semantics). */
export type Criterion =
  | { readonly kind: 'number'; readonly op: CompareOp; readonly value: Decimal }
  | { readonly kind: 'text'; readonly op: '=' | '<>'; readonly key: string; readonly pattern: RegExp | null }
  | { readonly kind: 'blank'; readonly op: '=' | '<>' };

type CompareOp = '=' | '<>' | '<' | '<=' | '>' | '>=';

export function toCriterion(raw: string | Decimal): Criterion {
  if (typeof raw !== 'string') return { kind: 'number', op: '=', value: raw };
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(raw)!;
  const op = (m[1] ?? '=') as CompareOp;
  const operand = m[2];
  if (operand === '' && (op === '=' || op === '<>')) return { kind: 'blank', op };
  const n = parseFigureText(operand);
  if (n.kind === 'number' && n.approx === null && n.unitText === null && n.multiplier === null) return { kind: 'number', op, value: n.value };
  const textOp = op === '<>' ? '<>' : '=';
  const key = toMatchKey(operand);
  const pattern = /[*?]/.test(operand) ? wildcard(key) : null;
  return { kind: 'text', op: textOp, key, pattern };
}

function wildcard(key: string): RegExp {
  let src = '';
  for (let i = 0; i < key.length; i++) {
    const ch = key[i];
    if (ch === '~' && i + 1 < key.length) src += escape(key[++i]);
    else if (ch === '*') src += '.*';
    else if (ch === '?') src += '.';
    else src += escape(ch);
  }
  return new RegExp(`^${src}$`, 's');
}

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Cell text as criteria compare it: width-folded, spaces removed, lower case. */
export function cellKey(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return toMatchKey(v);
  if (typeof v === 'number' || typeof v === 'boolean') return toMatchKey(String(v));
  return v.kind === 'date' ? v.iso : v.kind === 'error' ? v.code : '';
}

export function cellNumber(v: CellValue, format: string | null): Decimal | null {
  if (v === null || typeof v === 'boolean') return null;
  const r = parseCellValue(v, format);
  return r.kind === 'number' && r.approx === null ? r.value : null;
}

export function matchesText(c: Extract<Criterion, { kind: 'text' | 'blank' }>, key: string): boolean {
  const hit = c.kind === 'blank' ? key === '' : c.pattern ? c.pattern.test(key) : key === c.key;
  return c.op === '=' ? hit : !hit;
}

export function matchesNumber(c: Extract<Criterion, { kind: 'number' }>, n: Decimal | null, key: string): boolean {
  if (n === null) return c.op === '<>' && key !== '';
  const cmp = n.cmp(c.value);
  switch (c.op) {
    case '=':
      return cmp === 0;
    case '<>':
      return cmp !== 0;
    case '<':
      return cmp < 0;
    case '<=':
      return cmp <= 0;
    case '>':
      return cmp > 0;
    case '>=':
      return cmp >= 0;
  }
}
