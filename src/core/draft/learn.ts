import { makeFinding } from '../findings/finding';
import type { Model } from '../model/model';
import type { RuleRuntime } from '../checks/ruleRuntime';
import type { Finding } from '../findings/finding';
import { cell, type OutSheet } from '../output/sheetModel';
import { INPUT_SHEET_NAMES } from '../catalog/catalogLexicon';
import { DEFAULT_SECTION, TEMPLATE_LABELS } from '../narrative/reportLexicon';
import { FORM_WORDS, YEAR_PLACEHOLDER, PREVIOUS_YEAR_PLACEHOLDER } from '../narrative/templateLexicon';
import { APPROX_AFTER_NUMBER, APPROX_AFTER_UNIT, APPROX_BEFORE, CHANGE_PHRASES, FIGURE_NUMBER, HEADING_LINE, HEADING_TITLE_END, MULTIPLIER_LEAD, SUBHEADING_LEAD, TEMPLATE_SENTENCE_END, YEAR_BEFORE_NIAN } from './proseLexicon';
import type { DraftFigure } from './extract';
import { matchDraft } from './verify';
import { textRef, type CheckedFigure } from './checked';

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

/** The approximation words around a figure's number, which its template drops (the value carries them). */
const APPROX_LEAD = new RegExp(`^(${APPROX_BEFORE.join('|')})`);
const APPROX_AFTER_NUMBER_LEAD = new RegExp(`^(${APPROX_AFTER_NUMBER.join('|')})`);
const APPROX_AFTER_UNIT_END = new RegExp(`(${APPROX_AFTER_UNIT.join('|')})$`);

interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly section: string;
}

/**
 * 滚动沿用 (SPEC §6.1): binds every figure of last year's report to its indicator in last year's
 * workbook (as 核稿 does) and turns each statistical sentence into a template: the figures become
 * placeholders ({指标}, {指标:万}, {指标:同比} …), last year's year {年度} and the year before
 * {上年度}. Each sentence is kept once, under the heading it first stands under. Figures it cannot
 * bind stay as text and are listed. Linear in the text.
 */
export function learnTemplates(text: string, model: Model, runtime: RuleRuntime): LearnedTemplates {
  const figures = matchDraft(text, model, runtime).filter((c) => !c.figure.inTable);
  const year = model.compilation.year;
  const findings: Finding[] = [];
  const templates: LearnedTemplate[] = [];
  const seen = new Set<string>();
  const orders = new Map<string, number>();
  let next = 0;
  for (const sentence of sentencesOf(text)) {
    while (next < figures.length && figures[next].figure.offset < sentence.start) next++;
    const inside: CheckedFigure[] = [];
    for (let j = next; j < figures.length && figures[j].figure.offset < sentence.end; j++) inside.push(figures[j]);
    if (inside.length === 0) continue;
    const template = toTemplate(text, sentence, inside, year, findings);
    if (template === null || seen.has(template)) continue;
    seen.add(template);
    const section = yearsToPlaceholders(sentence.section, year);
    const order = (orders.get(section) ?? 0) + 1;
    orders.set(section, order);
    templates.push({ section, order, template });
  }
  return { templates, findings };
}

/** Sentences of the prose, each with the first-level heading it stands under; tables are skipped. */
function* sentencesOf(text: string): Generator<Sentence> {
  let section: string = DEFAULT_SECTION;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // A Windows line ends in \r\n: the \r belongs to no sentence.
    const line = text.slice(lineStart, text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd);
    const heading = HEADING_LINE.exec(line);
    if (heading) section = heading[2].split(HEADING_TITLE_END)[0].trim();
    else if (!line.includes('\t')) {
      let start = 0;
      for (let i = 0; i < line.length; i++) {
        if (TEMPLATE_SENTENCE_END.includes(line[i]) || i === line.length - 1) {
          yield { start: lineStart + start, end: lineStart + i + 1, section };
          start = i + 1;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
}

function toTemplate(text: string, sentence: Sentence, figures: readonly CheckedFigure[], year: number | null, findings: Finding[]): string | null {
  const replacements: { start: number; end: number; text: string }[] = [];
  let bound = 0;
  for (const { figure, match } of figures) {
    const change = figure.role.kind === 'change' || figure.role.kind === 'yoy' ? changeSpan(text, sentence.start, figure) : null;
    const name = match ? escape(match.candidate.indicator.name) : null;
    const usable = match !== null && (match.sameValue || (change !== null && match.expected === null) || figure.approx);
    const placeholder = usable && name ? (change ? `{${name}:${FORM_WORDS[change.form]}}` : placeholderFor(text, figure, name, match.conversion)) : null;
    if (placeholder === null) {
      if (!figure.fraction) findings.push(makeFinding('text-unmatched', 'info', { key: 'text.unmatched', params: { text: figure.text } }, { refs: [textRef(figure)] }));
      continue;
    }
    bound++;
    replacements.push(change ? { start: change.start, end: change.end, text: placeholder } : { start: figure.offset, end: figure.offset + figure.length, text: placeholder });
  }
  if (bound === 0) return null;
  const literal = (from: number, to: number): string => yearsToPlaceholders(escape(text.slice(from, to)), year);
  let out = '';
  let at = sentence.start;
  for (const r of replacements) {
    if (r.start < at) continue;
    out += literal(at, r.start) + r.text;
    at = r.end;
  }
  out += literal(at, sentence.end);
  return out.replace(SUBHEADING_LEAD, '').trim() || null;
}

/** The change phrase a change figure stands in: 同比增长6.5% → {指标:同比} replaces all of it. */
function changeSpan(text: string, sentenceStart: number, f: DraftFigure): { start: number; end: number; form: keyof typeof FORM_WORDS } | null {
  for (let s = Math.max(sentenceStart, f.offset - 6); s < f.offset; s++) {
    for (const { pattern, form } of CHANGE_PHRASES) {
      pattern.lastIndex = s;
      const m = pattern.exec(text);
      if (m && s + m[0].length >= f.offset + f.length) return { start: s, end: s + m[0].length, form };
    }
  }
  return null;
}

/** "26.3万人次" → "{线上线下培训人次:万}万人次"; "150余家次" → "{指标}家次"; "99.63%" → "{指标}%". */
function placeholderFor(text: string, f: DraftFigure, name: string, conversion: number): string | null {
  if (f.percent) return `{${name}}%`;
  const written = unitWritten(text, f);
  if (conversion === 0 && f.power === 4 && !f.approx) return `{${name}:${FORM_WORDS.wan}}${written}`;
  if (conversion === 0 && f.power === 0) return `{${name}}${written.replace(MULTIPLIER_LEAD, '')}`;
  // 26.3万人次 against an indicator kept in 万人次: the figure is the indicator's own number.
  if (conversion === -f.power) return `{${name}}${written}`;
  return null;
}

/** What follows the number in the figure's text: 万人次, 家次 (余/多 dropped: the value carries them). */
function unitWritten(text: string, f: DraftFigure): string {
  const figureText = text.slice(f.offset, f.offset + f.length);
  const m = FIGURE_NUMBER.exec(figureText.replace(APPROX_LEAD, (p) => ' '.repeat(p.length)));
  const after = m ? figureText.slice(m.index + m[0].length) : '';
  return after.replace(/^\s+/, '').replace(APPROX_AFTER_NUMBER_LEAD, '').replace(APPROX_AFTER_UNIT_END, '');
}

/** 2023年 → {年度}年 and 2022年 → {上年度}年, for the workbook's year: the wording carries over. */
function yearsToPlaceholders(text: string, year: number | null): string {
  if (year === null) return text;
  return text.replace(YEAR_BEFORE_NIAN, (y) => (Number(y) === year ? `{${YEAR_PLACEHOLDER}}` : Number(y) === year - 1 ? `{${PREVIOUS_YEAR_PLACEHOLDER}}` : y));
}

function escape(text: string): string {
  return text.replace(/\{/g, '{{').replace(/\}/g, '}}');
}

export const TEMPLATES_SHEET_NAME = INPUT_SHEET_NAMES.templates[0];

/** The learned templates as a 文字模板 sheet (章节 | 序号 | 模板). */
export function buildTemplatesSheet(templates: readonly LearnedTemplate[], name = TEMPLATES_SHEET_NAME): OutSheet {
  return {
    name,
    kind: 'templates',
    rows: [[cell(TEMPLATE_LABELS.section[0], 'header'), cell(TEMPLATE_LABELS.order[0], 'header'), cell(TEMPLATE_LABELS.template[0], 'header')], ...templates.map((t) => [cell(t.section, 'body'), cell(t.order, 'bodyCenter'), cell(t.template, 'body')])],
    widths: [24, 6, 120],
    merges: [],
    freezeRows: 1,
  };
}
