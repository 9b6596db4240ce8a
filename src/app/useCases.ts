/**
 * The use cases of SPEC §1, one function each, shared by every door (STYLE.md habit 16): the CLI,
 * the pane's worker and the page call these with a grid and the clerk's settings, and only
 * parse their input and format their output.
 */
import {
  buildFindingsSheet,
  compileOutputs,
  readCompilation,
  readFindingNotes,
  readGeneratedTags,
  countFindings,
  validateCompilation,
  type CompiledOutputs,
  type Compilation,
  type Finding,
  type FindingCounts,
  type OutSheet,
  type WorkbookGrid,
} from '../core';
import type { EngineSettings } from './ports';
import { readOptionsOf } from './settings';

export interface CheckReport {
  readonly workbook: string;
  readonly compilation: Compilation;
  readonly findings: readonly Finding[];
  readonly summary: FindingCounts;
}

export interface CompileResult extends CompiledOutputs {
  readonly compilation: Compilation;
  readonly counts: FindingCounts;
}

/** The workbook as the engine reads it, with the clerk's rounding and threshold defaults. */
export function readWorkbook(grid: WorkbookGrid, settings: EngineSettings = {}): Compilation {
  return readCompilation(grid, readOptionsOf(settings));
}

/** 校验 and 核对: reads the workbook's sheets and runs every check (SPEC §4). */
export function checkWorkbook(grid: WorkbookGrid, settings: EngineSettings = {}): CheckReport {
  const compilation = readWorkbook(grid, settings);
  const { findings } = validateCompilation(compilation);
  return { workbook: grid.name, compilation, findings, summary: countFindings(findings) };
}

/** 汇总: checks the workbook and builds 汇总表, 核对结果 and 文字说明, keeping the clerk's notes. */
export function compileWorkbook(grid: WorkbookGrid, settings: EngineSettings = {}): CompileResult {
  const compilation = readWorkbook(grid, settings);
  const outputs = compileOutputs(compilation, {
    live: settings.live,
    compiler: settings.compiler ?? null,
    notes: carriedNotes(grid),
    sheetNames: settings.sheetNames,
  });
  return { ...outputs, compilation, counts: countFindings(outputs.findings) };
}

/** The 核对结果 sheet of a check, carrying over the notes of the one already in the workbook. */
export function findingsSheetFor(report: CheckReport, grid: WorkbookGrid, settings: EngineSettings = {}): OutSheet {
  return buildFindingsSheet(report.findings, grid.name, carriedNotes(grid), settings.sheetNames?.findings || undefined);
}

/** The clerk's 处理意见 in Huibian's earlier 核对结果 sheet (SPEC §5.3), by finding key. */
function carriedNotes(grid: WorkbookGrid): Map<string, string> {
  const tags = readGeneratedTags(grid);
  const previous = grid.sheets.find((s) => tags.get(s.name) === 'findings');
  return previous ? readFindingNotes(previous) : new Map();
}
