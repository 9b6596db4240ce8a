import type { Compilation } from './workbook/types';
import type { Model } from './model/model';
import { runChecks } from './checks/runChecks';
import { sortFindings } from './checks/order';
import type { Finding } from './findings/finding';
import { defaultTemplates } from './narrative/defaults';
import type { NarrativeDocument } from './narrative/document';
import { buildNarrativeSheet } from './narrative/narrativeSheet';
import { readTemplates } from './narrative/readTemplates';
import { renderNarrative } from './narrative/render';
import { buildFindingsSheet, type FindingDecision } from './output/findingsSheet';
import type { OutSheet } from './output/sheetModel';
import { buildSummary, narrativeTitle, type SummaryModel } from './summary/buildSummary';
import { buildSummarySheet } from './summary/summarySheet';

export interface CompileOptions {
  /** 本年/上年 of the summary as formulas pointing at the source cells. */
  readonly live?: boolean;
  /** 编制单位; inferred from the submissions when absent. */
  readonly compiler?: string | null;
  /** The clerk's 状态 and 处理意见 from an earlier 核对结果, by finding key. */
  readonly decisions?: ReadonlyMap<string, FindingDecision>;
  /** Names of the generated sheets (设置); the defaults are 汇总表, 核对结果, 文字说明. */
  readonly sheetNames?: Partial<Record<'summary' | 'findings' | 'narrative', string>>;
}

export interface CompiledOutputs {
  readonly model: Model;
  /** Every finding: the checks' and the narrative's, sorted. */
  readonly findings: readonly Finding[];
  readonly summary: SummaryModel;
  readonly narrative: NarrativeDocument;
  /** 汇总表, 核对结果 and 文字说明, ready for a writer. */
  readonly sheets: readonly OutSheet[];
}

/**
 * The narrative's own findings, once each. A gap 【缺：X】 whose cause is already a finding (X
 * unreadable, not reported, a unit that sent nothing) or that the clerk wrote as 不适用 is told
 * as info: one problem, one finding (SPEC §4).
 */
function narrativeFindings(rendered: readonly Finding[], checkFindings: readonly Finding[], model: Model): Finding[] {
  const explained = new Set<string>();
  for (const f of checkFindings) {
    if (f.severity !== 'error') continue;
    if (f.indicator) explained.add(f.indicator);
    if (f.detail.key === 'missing.reporter') for (const name of f.detail.params.indicators) explained.add(name);
  }
  for (const fv of model.values.values()) {
    const ind = fv.figure.indicator;
    if (ind && (fv.figure.current.kind === 'na' || fv.figure.current.kind === 'invalid')) explained.add(ind.name);
  }
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of rendered) {
    const key = JSON.stringify([f.detail, f.refs]);
    if (seen.has(key)) continue;
    seen.add(key);
    const gap = f.detail.key === 'narrative.missing-value' && f.indicator !== undefined && explained.has(f.indicator);
    out.push(gap ? { ...f, severity: 'info' } : f);
  }
  return out;
}

/**
 * 汇总 and 文字说明 (SPEC §5): checks the compilation (the same run as `validateCompilation`),
 * then writes the summary table, the findings sheet and the narrative. Errors in the check do
 * not stop the compile; they are listed.
 */
export function compileOutputs(compilation: Compilation, options: CompileOptions = {}): CompiledOutputs {
  const { model, runtime, findings: checkFindings } = runChecks(compilation);
  const summary = buildSummary(model, runtime, checkFindings, { compiler: options.compiler });
  const templates = compilation.templatesSheet ? readTemplates(compilation.templatesSheet) : [];
  const rendered = renderNarrative(model, runtime, templates.length > 0 ? templates : defaultTemplates(model), narrativeTitle(summary));
  const findings = sortFindings([...checkFindings, ...narrativeFindings(rendered.findings, checkFindings, model)], compilation.sheetOrder);
  const names = options.sheetNames ?? {};
  const sheets = [
    buildSummarySheet(summary, model, { live: options.live, name: names.summary || undefined }),
    buildFindingsSheet(findings, compilation.workbook, options.decisions ?? new Map(), names.findings || undefined),
    buildNarrativeSheet(rendered.document, names.narrative || undefined),
  ];
  return { model, findings, summary, narrative: rendered.document, sheets };
}
