import { toMatchKey } from '../text/fold';
import type { Indicator } from '../catalog/types';
import { HUNDRED, roundTo, type Decimal } from '../decimal';
import { partsBalances } from '../model/parts';
import { toTerm, type Model } from '../model/model';
import { compareTotal } from '../model/rounding';
import type { RuleRuntime } from '../checks/ruleRuntime';
import type { Finding } from '../findings/finding';
import { showUnit } from '../checks/show';
import { shownValue, type ShownValue } from './wholeValue';
import { OFFICE_SUFFIX, OTHER_SECTION, RATE_CHANGE_FOOTNOTE, ROUNDING_FOOTNOTE, ROW_NOTES, narrativeTitleText, reportersPhrase, summaryTitle } from './summaryLexicon';

/** One indicator's line of the 汇总表 (SPEC §5.1), values exact and formatting decided. */
export interface SummaryLine {
  readonly kind: 'indicator';
  readonly seq: number;
  readonly indicator: Indicator;
  readonly unit: string;
  readonly shown: ShownValue | null;
  /** current − previous, at the indicator's decimals (percentage points for a rate). */
  readonly change: Decimal | null;
  /** (current − previous) / |previous| × 100 at one decimal; null when last year is 0 or missing, and for rates. */
  readonly changeRate: Decimal | null;
  readonly reporters: string;
  readonly note: string;
}

type SummaryRow = { readonly kind: 'section'; readonly title: string } | SummaryLine;

export interface SummaryModel {
  readonly title: string;
  readonly period: string | null;
  readonly compiler: string | null;
  readonly rows: readonly SummaryRow[];
  /** 注 lines under the table. */
  readonly notes: readonly string[];
}

export interface SummaryOptions {
  /** 编制单位 for the title; inferred from the submissions' 填报单位 when absent. */
  readonly compiler?: string | null;
}

/** The summary table: one line per indicator with a value, grouped by 章节 in catalogue order. */
export function buildSummary(model: Model, runtime: RuleRuntime, findings: readonly Finding[], options: SummaryOptions = {}): SummaryModel {
  const { compilation } = model;
  const compiler = options.compiler ?? inferCompiler(compilation.submissions.map((s) => s.header.reporter));
  const period = compilation.period;
  const sections = new Map<string, Indicator[]>();
  for (const ind of compilation.catalog.indicators) {
    if (ind.kind === 'text') continue;
    const section = ind.section ?? '';
    const list = sections.get(section) ?? [];
    list.push(ind);
    sections.set(section, list);
  }
  const errorsByIndicator = new Map<string, number>();
  for (const f of findings) if (f.severity === 'error' && f.indicator) errorsByIndicator.set(f.indicator, (errorsByIndicator.get(f.indicator) ?? 0) + 1);
  const rows: SummaryRow[] = [];
  let seq = 0;
  let hasRate = false;
  for (const [section, indicators] of sections) {
    const lines: SummaryLine[] = [];
    for (const ind of indicators) {
      // Every catalogue indicator keeps its row, reported or not (SPEC §5.1).
      const shown = shownValue(model, runtime, ind);
      if (ind.kind === 'rate') hasRate = true;
      lines.push(toLine(model, ind, shown, ++seq, errorsByIndicator.get(ind.name) ?? 0));
    }
    if (lines.length === 0) continue;
    if (section !== '' || sections.size > 1) rows.push({ kind: 'section', title: section || OTHER_SECTION });
    for (const line of lines) rows.push(line);
  }
  const notes: string[] = [];
  if (holdsOnlyWithinRounding(model)) notes.push(ROUNDING_FOOTNOTE);
  if (hasRate) notes.push(RATE_CHANGE_FOOTNOTE);
  const title = summaryTitle(compiler, period);
  return { title, period, compiler, rows, notes };
}

function toLine(model: Model, ind: Indicator, shown: ShownValue | null, seq: number, errors: number): SummaryLine {
  const value = shown?.current?.value ?? null;
  const previous = shown?.previous?.value ?? null;
  // An approximate figure (150余) has no exact change on last year: leave it blank.
  const exact = shown !== null && value !== null && previous !== null && !shown.current!.approx && !shown.previous!.approx;
  const change = exact ? roundTo(value.minus(previous), shown.decimals, ind.rounding) : null;
  const changeRate = exact && ind.kind !== 'rate' && !previous.eq(0) ? roundTo(value.minus(previous).div(previous.abs()).times(HUNDRED), 1, 'half-up') : null;
  const owed = reportersOfRow(model, ind);
  const notes: string[] = [];
  if (owed.missing.length > 0) notes.push(ROW_NOTES.missing(owed.missing));
  if (shown?.current?.approx) notes.push(ROW_NOTES.approximate);
  if (shown?.derived) notes.push(ROW_NOTES.derived);
  const figureNotes = new Set((model.byIndicator.get(ind.key) ?? []).map((f) => f.figure.note).filter((n): n is string => !!n));
  notes.push(...[...figureNotes].slice(0, 2));
  if (errors > 0) notes.push(ROW_NOTES.errors(errors));
  return {
    kind: 'indicator',
    seq,
    indicator: ind,
    unit: showUnit(ind.unit, ind.kind === 'rate'),
    shown,
    change,
    changeRate,
    reporters: reportersText(owed),
    note: notes.join(ROW_NOTES.separator),
  };
}

/**
 * Who is in a row: the units whose figures it holds, against the units the catalogue expects
 * (for a 求和 indicator, its units without the 合计单位, whose figure is a check, not a part).
 */
function reportersOfRow(model: Model, ind: Indicator): { reported: string[]; expected: number; missing: string[] } {
  const total = ind.aggregation === 'sum' && ind.totalReporter ? toMatchKey(ind.totalReporter) : null;
  const expected = ind.reporters.filter((r) => toMatchKey(r) !== total);
  const withValue = new Map<string, string>();
  // A set, not expected.some() per figure: 3,000 units × 3,000 figures is nine million comparisons.
  const expectedKeys = new Set(expected.map(toMatchKey));
  for (const f of model.byIndicator.get(ind.key) ?? []) {
    if (f.current === null || f.figure.role === 'total') continue;
    const k = f.reporterKey;
    if (k !== total && !withValue.has(k) && (expected.length === 0 || expectedKeys.has(k))) withValue.set(k, f.figure.reporter);
  }
  const missing = expected.filter((r) => !withValue.has(toMatchKey(r)));
  return { reported: [...withValue.values()], expected: expected.length, missing };
}

/** 报送单位: up to three names, else "A、B等n个单位"; "（n/m）" when fewer than expected reported. */
function reportersText(row: { reported: readonly string[]; expected: number }): string {
  return reportersPhrase(row.reported, row.expected);
}

/** True when every 分项 balance holds, and at least one only within rounding (SPEC §5.1 footnote). */
function holdsOnlyWithinRounding(model: Model): boolean {
  let within = false;
  for (const { total, parts } of partsBalances(model)) {
    if (total.current === null || parts.some((p) => p.current === null)) continue;
    const { consistency } = compareTotal(toTerm(total), parts.map(toTerm));
    if (consistency === 'differs') return false;
    if (consistency === 'within-rounding') within = true;
  }
  return within;
}

/** 宝安区人力资源局办公室, 宝安区人力资源局法规科 … → 宝安区人力资源局 (the most common office). */
function inferCompiler(reporters: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const r of reporters) {
    const m = r ? OFFICE_SUFFIX.exec(r.trim()) : null;
    if (m && m[1].length >= 3) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 ? best[0] : null;
}

/** The title of the narrative and the Word document: 编制单位, 报告期, 统计数据说明. */
export function narrativeTitle(summary: SummaryModel): string {
  return narrativeTitleText(summary.compiler, summary.period);
}
