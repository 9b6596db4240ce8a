import type { Compilation } from './workbook/types';
import { buildModel, type Model } from './checks/model';
import { sortFindings } from './checks/order';
import { RuleRuntime } from './checks/ruleRuntime';
import { CHECKS } from './checks/runChecks';
import type { Finding } from './checks/types';
import { defaultTemplates } from './narrative/defaults';
import type { NarrativeDocument } from './narrative/document';
import { buildNarrativeSheet } from './narrative/narrativeSheet';
import { readTemplates } from './narrative/readTemplates';
import { renderNarrative } from './narrative/render';
import { buildFindingsSheet } from './output/findingsSheet';
import type { OutSheet } from './output/sheetModel';
import { buildSummary, type SummaryModel } from './summary/buildSummary';
import { buildSummarySheet } from './summary/summarySheet';

export interface CompileOptions {
  /** 本年/上年 of the summary as formulas pointing at the source cells. */
  readonly live?: boolean;
  /** 编制单位; inferred from the submissions when absent. */
  readonly compiler?: string | null;
  /** The clerk's 处理意见 from an earlier 核对结果, by finding key. */
  readonly notes?: ReadonlyMap<string, string>;
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
 * 汇总 and 文字说明 (SPEC §5): checks the compilation, then writes the summary table, the
 * findings sheet and the narrative. Errors in the check do not stop the compile; they are listed.
 */
export function compileOutputs(compilation: Compilation, options: CompileOptions = {}): CompiledOutputs {
  const model = buildModel(compilation);
  const runtime = new RuleRuntime(model);
  const checkFindings: Finding[] = [...compilation.findings];
  for (const check of CHECKS) for (const f of check(model, runtime)) checkFindings.push(f);
  const summary = buildSummary(model, runtime, checkFindings, { compiler: options.compiler });
  const templates = compilation.templatesSheet ? readTemplates(compilation.templatesSheet) : [];
  const title = `${summary.compiler ?? ''}${summary.period ?? ''}统计数据说明`;
  const rendered = renderNarrative(model, runtime, templates.length > 0 ? templates : defaultTemplates(model), title);
  const findings = sortFindings([...checkFindings, ...rendered.findings], compilation.sheetOrder);
  const names = options.sheetNames ?? {};
  const sheets = [
    buildSummarySheet(summary, model, { live: options.live, name: names.summary || undefined }),
    buildFindingsSheet(findings, compilation.workbook, options.notes ?? new Map(), names.findings || undefined),
    buildNarrativeSheet(rendered.document, names.narrative || undefined),
  ];
  return { model, findings, summary, narrative: rendered.document, sheets };
}
