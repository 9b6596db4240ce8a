/**
 * The use cases of the clerk's year around the checks (SPEC §1 steps 2–3, §5.3, §7): collect the
 * departments' files (a resubmission replaces its unit's sheet, with the diff), accept a finding,
 * hand out the forms of a year, roll the workbook over to the next year.
 */
import {
  buildFindingsSheet,
  buildYearForms,
  diffFigures,
  isCatalogSheetName,
  planImport,
  planRollover,
  readCompilation,
  sheetName,
  type BookEdits,
  type FindingDecision,
  type ImportPlan,
  type IncomingBook,
  type OutSheet,
  type SubmissionDiff,
  type WorkbookGrid,
} from '../core';
import type { EngineSettings, FindingDecisionInput } from './ports';
import { readOptionsOf } from './settings';
import { carriedDecisions, checkWorkbook } from './useCases';

/**
 * 导入报送: where each department file's sheets go in the book and what they change. `at` is
 * the time 报送记录 logs (the clerk's local time).
 */
export function planSubmissions(book: WorkbookGrid, files: readonly IncomingBook[], settings: EngineSettings = {}, at: Date = new Date()): ImportPlan {
  return planImport(book, files, localTime(at), readOptionsOf(settings));
}

/**
 * Which figures changed between two versions of a submission or a compilation, by unit,
 * indicator and period. When only one of them has a 指标目录, both are read with it, so that the
 * names agree.
 */
export function diffWorkbooks(before: WorkbookGrid, after: WorkbookGrid, settings: EngineSettings = {}): SubmissionDiff {
  const options = readOptionsOf(settings);
  const catalogOf = (g: WorkbookGrid) => g.sheets.find((s) => isCatalogSheetName(s.name)) ?? null;
  const withCatalog = (g: WorkbookGrid, from: WorkbookGrid): WorkbookGrid => {
    const own = catalogOf(g);
    const other = catalogOf(from);
    return own || !other ? g : { ...g, sheets: [other, ...g.sheets] };
  };
  const side = (g: WorkbookGrid) => {
    const c = readCompilation(g, options);
    const periods = new Map(c.submissions.map((t) => [t.sheet, t.header.period]));
    return { figures: c.figures, periodOf: (sheet: string) => periods.get(sheet) ?? null };
  };
  return diffFigures(side(withCatalog(before, after)), side(withCatalog(after, before)));
}

/**
 * The 核对结果 sheet with the clerk's decisions (SPEC §5.3): those given here on top of those
 * already in the workbook's 核对结果; a decision with no status and no note clears one.
 */
export function acceptFindings(grid: WorkbookGrid, settings: EngineSettings = {}, decisions: readonly FindingDecisionInput[]): OutSheet {
  const report = checkWorkbook(grid, settings);
  const merged = new Map<string, FindingDecision>(carriedDecisions(grid));
  for (const d of decisions) {
    if (d.status === null && d.note.trim() === '') merged.delete(d.key);
    else merged.set(d.key, { status: d.status, note: d.note.trim() });
  }
  return buildFindingsSheet(report.findings, grid.name, merged, settings.sheetNames?.findings || undefined);
}

/** The blank forms of `year`, one per unit of the catalogue, each with its file name; none without a 指标目录. */
export function formsForYear(grid: WorkbookGrid, settings: EngineSettings = {}, year: number): { unit: string; name: string; sheet: OutSheet }[] {
  const compilation = readCompilation(grid, readOptionsOf(settings));
  if (compilation.catalogInferred) return [];
  return buildYearForms(compilation, year).map((f) => ({ ...f, name: `${sheetName(f.unit)}.xlsx` }));
}

/** 下一年度: the edits that turn this year's book into next year's. */
export function rolloverEdits(grid: WorkbookGrid, settings: EngineSettings = {}, year: number): BookEdits {
  return planRollover(grid, year, readOptionsOf(settings));
}

/** YYYY-MM-DD HH:MM in the clerk's time zone. */
function localTime(at: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}
