import type { ExpressionProblem } from '../findings/facts';
import { FORM_COLON, PLACEHOLDER_FORMS, type PlaceholderForm } from './templateLexicon';
/**
 * Narrative templates (SPEC §5.2): prose with placeholders. `{指标}` the value at its decimals,
 * `{指标:万}`, `{指标:上年}`, `{指标:增减}`, `{指标:同比}`, `{指标:百分点}`; `{{` and `}}` are
 * literal braces. Parsing never throws: errors come back with their positions.
 */

type TemplatePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'placeholder'; readonly name: string; readonly form: PlaceholderForm; readonly start: number; readonly end: number };

interface TemplateError {
  readonly position: number;
  readonly problem: ExpressionProblem;
}

export interface ParsedTemplate {
  readonly parts: readonly TemplatePart[];
  readonly errors: readonly TemplateError[];
}

export function parseTemplate(source: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const errors: TemplateError[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') parts.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '{' && source[i + 1] === '{') {
      text += '{';
      i += 2;
      continue;
    }
    if (ch === '}' && source[i + 1] === '}') {
      text += '}';
      i += 2;
      continue;
    }
    if (ch === '}') {
      errors.push({ position: i, problem: { kind: 'stray-close' } });
      i++;
      continue;
    }
    if (ch !== '{') {
      text += ch;
      i++;
      continue;
    }
    const close = source.indexOf('}', i + 1);
    const nextOpen = source.indexOf('{', i + 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      errors.push({ position: i, problem: { kind: 'unclosed-placeholder' } });
      text += ch;
      i++;
      continue;
    }
    const inner = source.slice(i + 1, close);
    const colon = inner.search(FORM_COLON);
    const name = (colon < 0 ? inner : inner.slice(0, colon)).trim();
    const formText = colon < 0 ? '' : inner.slice(colon + 1).trim().toLowerCase();
    const form = PLACEHOLDER_FORMS.get(formText);
    if (name === '') errors.push({ position: i, problem: { kind: 'empty-placeholder' } });
    else if (!form) errors.push({ position: i + 1 + colon + 1, problem: { kind: 'unknown-format', text: formText } });
    else {
      flush();
      parts.push({ kind: 'placeholder', name, form, start: i, end: close + 1 });
    }
    i = close + 1;
  }
  flush();
  return { parts, errors };
}
