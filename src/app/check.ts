import { readCompilation, summarizeFindings, validateCompilation, type Compilation, type Finding, type FindingSummary, type Model, type WorkbookGrid } from '../core';

export interface CheckReport {
  readonly workbook: string;
  readonly compilation: Compilation;
  readonly model: Model;
  readonly findings: readonly Finding[];
  readonly summary: FindingSummary;
}

/** 校验 and 核对: reads the workbook's sheets and runs every check (SPEC §4). */
export function checkWorkbook(grid: WorkbookGrid): CheckReport {
  const compilation = readCompilation(grid);
  const { model, findings } = validateCompilation(compilation);
  return { workbook: grid.name, compilation, model, findings, summary: summarizeFindings(findings) };
}
