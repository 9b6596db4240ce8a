import { foldWidth } from '../text/fold';
import { CHINESE_CLOSE_BRACKETS, CHINESE_OPEN_BRACKETS } from './rulesLexicon';

type TokenKind = 'number' | 'string' | 'bracket' | 'ident' | 'quoted' | 'op' | 'eof' | 'bad';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const OPERATORS = ['<>', '<=', '>=', '+', '-', '*', '/', '=', '<', '>', '(', ')', ',', '!', '%'];
const IDENT_START = /[A-Za-z_\u3400-\u9fff\uf900-\ufaff]/;
const IDENT_PART = /[A-Za-z0-9_.\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Splits a rule into tokens. Full-width brackets, quotes and operators are folded first (a
 * clerk types （）【】“” and ＝ as readily as ASCII); folding keeps every offset.
 */
export function tokenize(source: string): Token[] {
  const text = foldWidth(source).replace(CHINESE_OPEN_BRACKETS, '[').replace(CHINESE_CLOSE_BRACKETS, ']').replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      while (i < text.length && /[0-9]/.test(text[i])) i++;
      if (text[i] === '.' && /[0-9]/.test(text[i + 1] ?? '')) {
        i++;
        while (i < text.length && /[0-9]/.test(text[i])) i++;
      }
      tokens.push({ kind: 'number', text: text.slice(start, i), start, end: i });
      continue;
    }
    if (ch === '"') {
      let value = '';
      i++;
      let closed = false;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        value += text[i++];
      }
      tokens.push({ kind: closed ? 'string' : 'bad', text: closed ? value : '"', start, end: i });
      continue;
    }
    const enclosed = ch === '[' ? ({ kind: 'bracket', close: ']' } as const) : ch === "'" ? ({ kind: 'quoted', close: "'" } as const) : null;
    if (enclosed) {
      // [指标] and '表名' run to their closing mark; an unclosed one is a bad token to the end.
      const close = text.indexOf(enclosed.close, i + 1);
      const token = close < 0 ? { kind: 'bad' as const, text: ch, start, end: text.length } : { kind: enclosed.kind, text: text.slice(i + 1, close), start, end: close + 1 };
      tokens.push(token);
      i = token.end;
      continue;
    }
    if (IDENT_START.test(ch)) {
      while (i < text.length && IDENT_PART.test(text[i])) i++;
      tokens.push({ kind: 'ident', text: text.slice(start, i), start, end: i });
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (op) {
      tokens.push({ kind: 'op', text: op, start, end: i + op.length });
      i += op.length;
      continue;
    }
    tokens.push({ kind: 'bad', text: ch, start, end: i + 1 });
    i++;
  }
  tokens.push({ kind: 'eof', text: '', start: text.length, end: text.length });
  return tokens;
}
