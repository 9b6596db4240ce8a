import { ABOUT, APPROX_PREFIXES, APPROX_SUFFIXES } from '../values/valueLexicon';
import { findIndicator } from '../catalog/lookup';
import type { Indicator } from '../catalog/types';
import { makeFinding } from '../findings/finding';
import type { MissingValue, TemplateSection } from '../findings/facts';
import { zhMissing } from '../i18n/messages';
import type { Model, Stated } from '../model/model';
import type { RuleRuntime } from '../checks/ruleRuntime';
import type { Finding } from '../findings/finding';
import { showUnit } from '../checks/show';
import { shownValue, type ShownValue } from '../summary/wholeValue';
import type { NarrativeDocument, NarrativeParagraph, NarrativeRun, NarrativeSection } from './document';
import { roundedText, formatChange, formatPoints, formatWan, formatYoy } from './format';
import type { TemplateRow } from './readTemplates';
import { CHANGE_WORDS, DEFAULT_TEMPLATE_WORDS, MISSING_MARK, SECTION_PATH_SEPARATOR } from './reportLexicon';
import { parseTemplate } from './template';
import { PREVIOUS_YEAR_PLACEHOLDER, YEAR_PLACEHOLDER, YEAR_PLACEHOLDERS, type PlaceholderForm } from './templateLexicon';

export interface RenderedNarrative {
  readonly document: NarrativeDocument;
  readonly findings: readonly Finding[];
}

/**
 * Renders the templates with the figures (SPEC §5.2). A placeholder with no value becomes
 * 【缺：指标】 and a finding; a template that does not parse is a finding at its row and
 * character, and is rendered as far as it can be.
 */
export function renderNarrative(model: Model, runtime: RuleRuntime, templates: readonly TemplateRow[], title: string): RenderedNarrative {
  const findings: Finding[] = [];
  const sections = new Map<string, NarrativeParagraph[]>();
  const ranks = new Map<string, number>();
  templates.forEach((t, i) => ranks.has(t.section) || ranks.set(t.section, i));
  const ordered = [...templates].map((t, i) => ({ t, i })).sort((a, b) => ranks.get(a.t.section)! - ranks.get(b.t.section)! || a.t.order - b.t.order || a.i - b.i);
  for (const { t } of ordered) {
    const parsed = parseTemplate(t.template);
    const where = { section: sectionOf(t), order: String(t.order) };
    for (const e of parsed.errors) {
      findings.push(makeFinding('narrative', 'error', { key: 'narrative.syntax', params: { ...where, position: e.position + 1, problem: e.problem } }, { refs: t.cell ? [t.cell] : [] }));
    }
    const runs: NarrativeRun[] = [];
    for (const part of parsed.parts) {
      if (part.kind === 'text') {
        runs.push({ kind: 'text', text: part.text });
        continue;
      }
      const year = yearOf(part.name, part.form, model.compilation.year);
      if (year !== undefined) {
        if (year === null) findings.push(makeFinding('narrative', 'warning', { key: 'narrative.year-missing', params: { placeholder: part.name } }, { refs: t.cell ? [t.cell] : [] }));
        runs.push(year === null ? { kind: 'missing', text: MISSING_MARK(part.name), indicator: part.name } : { kind: 'text', text: String(year) });
        continue;
      }
      const ind = findIndicator(model.compilation.catalog, part.name, part.name);
      if (!ind) {
        findings.push(makeFinding('narrative', 'error', { key: 'narrative.syntax', params: { ...where, position: part.start + 1, problem: { kind: 'not-an-indicator', name: part.name } } }, { refs: t.cell ? [t.cell] : [] }));
        runs.push({ kind: 'missing', text: MISSING_MARK(part.name), indicator: part.name });
        continue;
      }
      const run = renderPlaceholder(ind, part.form, shownValue(model, runtime, ind));
      if (typeof run === 'string') {
        findings.push(makeFinding('narrative', 'warning', { key: 'narrative.missing-value', params: { indicator: ind.name, missing: run, section: where.section, order: where.order } }, { refs: t.cell ? [t.cell] : [], indicator: ind.name }));
        const what = zhMissing(ind.name, run);
        runs.push({ kind: 'missing', text: MISSING_MARK(what), indicator: what });
      } else runs.push(run);
    }
    const key = sectionTitle(t.section, model.compilation.year);
    const list = sections.get(key) ?? [];
    list.push({ runs: mergeText(runs), template: t.cell });
    sections.set(key, list);
  }
  const out: NarrativeSection[] = [...sections].map(([section, paragraphs]) => ({ path: section.split(SECTION_PATH_SEPARATOR).map((s) => s.trim()).filter(Boolean), paragraphs }));
  return { document: { title, sections: out }, findings };
}

/**
 * `{年度}` and `{上年度}` (SPEC §5.2): the compilation's year and the year before, or null when
 * the workbook states no year; undefined when the placeholder names something else.
 */
function yearOf(name: string, form: PlaceholderForm, year: number | null): number | null | undefined {
  if (form !== 'value' || (name !== YEAR_PLACEHOLDER && name !== PREVIOUS_YEAR_PLACEHOLDER)) return undefined;
  if (year === null) return null;
  return name === YEAR_PLACEHOLDER ? year : year - 1;
}

/** The 章节 a finding names: Huibian's default templates for indicators without one have a section of Huibian's. */
function sectionOf(t: TemplateRow): TemplateSection {
  if (t.section === '') return { kind: 'blank' };
  return t.cell === null && t.section === DEFAULT_TEMPLATE_WORDS.section ? { kind: 'default' } : { kind: 'named', name: t.section };
}

/** A 章节 learned from last year's headings may carry the year placeholders too. */
function sectionTitle(section: string, year: number | null): string {
  if (year === null || !section.includes('{')) return section;
  return section.replace(YEAR_PLACEHOLDERS, (_, name: string) => String(name === YEAR_PLACEHOLDER ? year : year - 1));
}

/** The placeholder's run, or what it lacks. */
function renderPlaceholder(ind: Indicator, form: PlaceholderForm, shown: ShownValue | null): NarrativeRun | MissingValue {
  const current = shown?.current ?? null;
  if (!shown || current === null) return 'value';
  const { value } = current;
  const { decimals, refs } = shown;
  const previous = shown.previous?.value ?? null;
  const unit = showUnit(ind.unit, ind.kind === 'rate');
  const figure = (text: string, withPrevious = false): NarrativeRun => ({ kind: 'figure', text, indicator: ind.name, refs: withPrevious ? [...refs.current, ...refs.previous] : refs.current });
  const about = current.approx ? ABOUT : '';
  switch (form) {
    case 'value':
      return figure(current.approx && current.written ? current.written : roundedText(value, decimals, ind.rounding));
    case 'wan':
      return figure(approxMarked(formatWan(value, ind.rounding), current));
    case 'previous':
      return previous === null ? 'previous' : { kind: 'figure', text: roundedText(previous, decimals, ind.rounding), indicator: ind.name, refs: refs.previous };
    case 'change':
      if (previous === null) return 'previous';
      return figure(about + formatChange(value, previous, decimals, ind.kind === 'rate' ? CHANGE_WORDS.points : unit, ind.rounding), true);
    case 'yoy': {
      if (previous === null) return 'previous';
      const text = formatYoy(value, previous, ind.rounding);
      return text === null ? 'zero-previous' : figure(about + text, true);
    }
    case 'points':
      if (previous === null) return 'previous';
      return figure(about + formatPoints(value, previous, decimals, ind.rounding), true);
  }
}

/** A 万 figure carries the approximation marker the clerk wrote (约, 余, 近…). */
function approxMarked(text: string, stated: Stated): string {
  if (!stated.approx || !stated.written) return text;
  const written = stated.written;
  const before = APPROX_PREFIXES.find((w) => written.startsWith(w));
  if (before) return before + text;
  const after = APPROX_SUFFIXES.find((w) => written.includes(w));
  return after ? text + after : text;
}

function mergeText(runs: readonly NarrativeRun[]): NarrativeRun[] {
  const out: NarrativeRun[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (r.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + r.text };
    else out.push(r);
  }
  return out;
}

