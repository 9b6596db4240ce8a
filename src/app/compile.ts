import { compileOutputs, readCompilation, readFindingNotes, readGeneratedTags, summarizeFindings, type CompiledOutputs, type FindingSummary, type WorkbookGrid } from '../core';

export interface CompileRequest {
  readonly live?: boolean;
  readonly compiler?: string | null;
}

export interface CompileResult extends CompiledOutputs {
  readonly summaryCounts: FindingSummary;
}

/** 汇总: checks the workbook and builds its generated sheets, keeping the clerk's notes. */
export function compileWorkbook(grid: WorkbookGrid, request: CompileRequest = {}): CompileResult {
  const tags = readGeneratedTags(grid);
  const previous = grid.sheets.find((s) => tags.get(s.name) === 'findings');
  const notes = previous ? readFindingNotes(previous) : new Map<string, string>();
  const outputs = compileOutputs(readCompilation(grid), { live: request.live, compiler: request.compiler, notes });
  return { ...outputs, summaryCounts: summarizeFindings(outputs.findings) };
}
