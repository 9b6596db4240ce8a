import { makeFinding } from '../findings/finding';
import type { Model } from '../model/model';
import type { RuleRuntime } from '../checks/ruleRuntime';
import type { Finding } from '../findings/finding';
import { cell, type OutSheet } from '../output/sheetModel';
import { extractFigures, type DraftFigure } from './extract';
import { bigrams, matchFigure } from './match';
import { candidatesOf } from './verify';

/** A 文字模板 row learned from last year's prose. */
export interface LearnedTemplate {
  readonly section: string;
  readonly order: number;
  readonly template: string;
}

export interface LearnedTemplates {
  readonly templates: readonly LearnedTemplate[];
  /** Figures that could not be bound to an indicator (they stay as text). */
  readonly findings: readonly Finding[];
}

const HEADING = /^\s*([一二三四五六七八九十]+)、(.+)$/;
/** 同比增长12.3%, 比上年增加120件, 提高0.52个百分点: phrases that state a change, not a level. */
const CHANGE_PHRASES: readonly { pattern: RegExp; form: string }[] = [
  { pattern: /(同比)?(增长|上升|下降|减少)\s*\d+(?:\.\d+)?\s*[%％]/g, form: '同比' },
  { pattern: /(提高|上升|下降|降低)\s*\d+(?:\.\d+)?\s*个百分点/g, form: '百分点' },
  { pattern: /(增加|减少)\s*\d+(?:\.\d+)?\s*[^\d，,。；;、\s]{1,3}/g, form: '增减' },
];

/**
 * 滚动沿用 (SPEC §6.1): binds every figure of last year's report to its indicator in last year's
 * workbook and turns each statistical sentence into a template, the figures replaced by
 * placeholders ({指标}, {指标:万}, {指标:同比} …). Figures it cannot bind stay as text and are listed.
 */
export function learnTemplates(text: string, model: Model, runtime: RuleRuntime): LearnedTemplates {
  const candidates = candidatesOf(model, runtime);
  const figures = extractFigures(text);
  const findings: Finding[] = [];
  const templates: LearnedTemplate[] = [];
  const orders = new Map<string, number>();
  let section = '正文';
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const heading = HEADING.exec(line);
    if (heading) section = heading[2].split(/[,，。]/)[0].trim();
    for (const sentence of sentencesOf(line, lineStart)) {
      const inside = figures.filter((f) => f.offset >= sentence.start && f.offset + f.length <= sentence.end);
      const template = toTemplate(text, sentence, inside, candidates, findings);
      if (template) {
        const order = (orders.get(section) ?? 0) + 1;
        orders.set(section, order);
        templates.push({ section, order, template });
      }
    }
    lineStart = lineEnd + 1;
  }
  return { templates, findings };
}

function sentencesOf(line: string, offset: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  // A leading "（一）小标题。" is a heading, not a statistical sentence.
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '。' || line[i] === '；' || i === line.length - 1) {
      out.push({ start: offset + start, end: offset + i + 1 });
      start = i + 1;
    }
  }
  return out;
}

function toTemplate(text: string, sentence: { start: number; end: number }, figures: readonly DraftFigure[], candidates: ReturnType<typeof candidatesOf>, findings: Finding[]): string | null {
  if (figures.length === 0) return null;
  const source = text.slice(sentence.start, sentence.end);
  const replacements: { start: number; end: number; text: string }[] = [];
  const changeSpans: { start: number; end: number; form: string }[] = [];
  for (const { pattern, form } of CHANGE_PHRASES) {
    for (const m of source.matchAll(pattern)) {
      const start = sentence.start + (m.index ?? 0);
      if (!changeSpans.some((s) => start < s.end && start + m[0].length > s.start)) changeSpans.push({ start, end: start + m[0].length, form });
    }
  }
  let lastIndicator: string | null = null;
  let bound = 0;
  const ordered = [...figures].sort((a, b) => a.offset - b.offset);
  for (const f of ordered) {
    const change = changeSpans.find((s) => f.offset >= s.start && f.offset < s.end);
    if (change) {
      const subject = changeSubject(text, sentence.start, change, candidates) ?? lastIndicator;
      if (subject) {
        replacements.push({ start: change.start, end: change.end, text: `{${subject}:${change.form}}` });
        bound++;
      }
      continue;
    }
    const match = matchFigure(f, candidates);
    if (!match || (!match.sameValue && !f.approx)) {
      if (!f.fraction) findings.push(makeFinding('text-unmatched', 'info', { key: 'text.unmatched', params: { text: f.text } }, { refs: [{ offset: f.offset, length: f.length, text: f.text }] }));
      continue;
    }
    const name = escape(match.candidate.indicator.name);
    lastIndicator = name;
    bound++;
    const figureText = text.slice(f.offset, f.offset + f.length);
    replacements.push({ start: f.offset, end: f.offset + f.length, text: placeholderFor(figureText, f, name) });
  }
  if (bound === 0) return null;
  let out = '';
  let at = sentence.start;
  for (const r of replacements.sort((a, b) => a.start - b.start)) {
    out += escape(text.slice(at, r.start)) + r.text;
    at = r.end;
  }
  out += escape(text.slice(at, sentence.end));
  return out.replace(/^\s*[（(][一二三四五六七八九十]+[)）][^。]*?。/, '').trim() || null;
}

/**
 * The indicator a change phrase speaks of: named in the words before it in its clause
 * (化解率比上年提高0.19个百分点 → the rate), else the indicator of the figure before it.
 */
function changeSubject(text: string, sentenceStart: number, change: { start: number; form: string }, candidates: ReturnType<typeof candidatesOf>): string | null {
  let s = change.start;
  while (s > sentenceStart && !/[，,。；;：:、]/.test(text[s - 1])) s--;
  const words = bigrams(text.slice(s, change.start).replace(/比上年|同比|较上年/g, ''));
  if (words.size === 0) return null;
  const pool = candidates.filter((c) => (change.form === '百分点' ? c.indicator.kind === 'rate' : true));
  const scored = pool.map((c) => ({ c, n: [...c.bigrams].filter((b) => words.has(b)).length })).sort((a, b) => b.n - a.n);
  const [best, second] = scored;
  return best && best.n >= 1 && (!second || best.n > second.n) ? escape(best.c.indicator.name) : null;
}

/** "26.3万人次" → "{线上线下培训人次:万}万人次"; "150余家次" → "{指标}家次"; "99.63%" → "{指标}%". */
function placeholderFor(figureText: string, f: DraftFigure, name: string): string {
  const unit = f.unit ?? '';
  if (!f.approx && /万/.test(figureText.replace(unit, ''))) return `{${name}:万}万${unit}`;
  if (f.percent) return `{${name}}%`;
  return `{${name}}${unit}`;
}

function escape(text: string): string {
  return text.replace(/\{/g, '{{').replace(/\}/g, '}}');
}

export const TEMPLATES_SHEET_NAME = '文字模板';

/** The learned templates as a 文字模板 sheet (章节 | 序号 | 模板). */
export function buildTemplatesSheet(templates: readonly LearnedTemplate[], name = TEMPLATES_SHEET_NAME): OutSheet {
  return {
    name,
    kind: 'templates',
    rows: [[cell('章节', 'header'), cell('序号', 'header'), cell('模板', 'header')], ...templates.map((t) => [cell(t.section, 'body'), cell(t.order, 'bodyCenter'), cell(t.template, 'body')])],
    widths: [24, 6, 120],
    merges: [],
    freezeRows: 1,
  };
}
