/**
 * The use cases of SPEC §1, one function each, shared by every door (STYLE.md habit 16): the CLI,
 * the pane's worker and the page call these with a grid and the clerk's settings, and only
 * parse their input and format their output.
 */
import {
  buildFindingsSheet,
  compileOutputs,
  countDecided,
  readCompilation,
  readFindingDecisions,
  readGeneratedTags,
  validateCompilation,
  type CompiledOutputs,
  type Compilation,
  type Finding,
  type FindingCounts,
  type FindingDecision,
  type OutSheet,
  type WorkbookGrid,
} from '../core';
import type { EngineSettings } from './ports';
import { readOptionsOf } from './settings';

export interface CheckReport {
  readonly workbook: string;
  readonly compilation: Compilation;
  readonly findings: readonly Finding[];
  /** Open findings of each severity: those the clerk accepted are counted under `accepted`. */
  readonly summary: FindingCounts;
  readonly accepted: FindingCounts;
  /** The clerk's 状态 and 处理意见 in the workbook's 核对结果, by finding key (SPEC §5.3). */
  readonly decisions: ReadonlyMap<string, FindingDecision>;
}

export interface CompileResult extends CompiledOutputs {
  readonly compilation: Compilation;
  /** Open findings of each severity. */
  readonly counts: FindingCounts;
  readonly accepted: FindingCounts;
  readonly decisions: ReadonlyMap<string, FindingDecision>;
}

/** The workbook as the engine reads it, with the clerk's rounding and threshold defaults. */
export function readWorkbook(grid: WorkbookGrid, settings: EngineSettings = {}): Compilation {
  return readCompilation(grid, readOptionsOf(settings));
}

/** 校验 and 核对: reads the workbook's sheets and runs every check (SPEC §4). */
export function checkWorkbook(grid: WorkbookGrid, settings: EngineSettings = {}): CheckReport {
  const compilation = readWorkbook(grid, settings);
  const { findings } = validateCompilation(compilation);
  const decisions = carriedDecisions(grid);
  const counts = countDecided(findings, decisions);
  return { workbook: grid.name, compilation, findings, summary: counts.open, accepted: counts.accepted, decisions };
}

/** 汇总: checks the workbook and builds 汇总表, 核对结果 and 文字说明, keeping the clerk's notes. */
export function compileWorkbook(grid: WorkbookGrid, settings: EngineSettings = {}): CompileResult {
  const compilation = readWorkbook(grid, settings);
  const decisions = carriedDecisions(grid);
  const outputs = compileOutputs(compilation, {
    live: settings.live,
    compiler: settings.compiler ?? null,
    decisions,
    sheetNames: settings.sheetNames,
  });
  const counts = countDecided(outputs.findings, decisions);
  return { ...outputs, compilation, counts: counts.open, accepted: counts.accepted, decisions };
}

/** The 核对结果 sheet of a check, carrying over the decisions of the one already in the workbook. */
export function findingsSheetFor(report: CheckReport, grid: WorkbookGrid, settings: EngineSettings = {}): OutSheet {
  return buildFindingsSheet(report.findings, grid.name, report.decisions, settings.sheetNames?.findings || undefined);
}

/** The clerk's 状态 and 处理意见 in Huibian's earlier 核对结果 sheet (SPEC §5.3), by finding key. */
export function carriedDecisions(grid: WorkbookGrid): Map<string, FindingDecision> {
  const tags = readGeneratedTags(grid);
  const previous = grid.sheets.find((s) => tags.get(s.name) === 'findings');
  return previous ? readFindingDecisions(previous) : new Map();
}
