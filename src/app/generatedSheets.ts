import { buildFindingsSheet, readFindingNotes, readGeneratedTags, type OutSheet, type WorkbookGrid } from '../core';
import type { CheckReport } from './check';

/** The 核对结果 sheet for a report, carrying over the notes of the one already in the workbook. */
export function findingsSheetFor(report: CheckReport, grid: WorkbookGrid): OutSheet {
  const tags = readGeneratedTags(grid);
  const previous = grid.sheets.find((s) => tags.get(s.name) === 'findings');
  const notes = previous ? readFindingNotes(previous) : new Map<string, string>();
  return buildFindingsSheet(report.findings, grid.name, notes);
}
