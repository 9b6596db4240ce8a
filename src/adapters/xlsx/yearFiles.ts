import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { META_SHEET_NAME, toMetaRows, type BookEdits, type WorkbookGrid } from '../../core';
import type { YearFiles } from '../../app/ports';
import { bookFromGrid } from './fromGrid';
import { applyImportPlan } from './mergeBooks';
import type { CopyNotice } from './copyNotice';
import { readXlsx } from './readXlsx';
import { writeNewWorkbook } from './writeSheets';

/** The file work of the clerk's year, for the engine (the page's worker and tests). */
export const yearFiles: YearFiles = {
  applyImport: async (bytes, file, files, plan) => (await applyImportPlan(bytes, file, files, plan)).bytes,
  columnWidths: async (bytes, file) => {
    const { book } = await readXlsx(bytes, file);
    return Object.fromEntries(book.worksheets.map((ws) => [ws.name, (ws.columns ?? []).map((c) => c.width ?? null)]));
  },
  writeNew: (sheets) => writeNewWorkbook(sheets),
  zip: async (entries) => zipSync(Object.fromEntries(entries.map((e) => [e.name, e.bytes]))),
  writeEdited: (grid, edits) => writeEditedGrid(grid, edits),
};

/** Next year's book from grids (the page and the pane): values, number formats, merges, hidden rows, column widths where known; then the edits. */
export async function writeEditedGrid(grid: WorkbookGrid, edits: BookEdits): Promise<Uint8Array> {
  const book = bookFromGrid(grid);
  for (const sheet of grid.sheets) {
    const ws = book.getWorksheet(sheet.name);
    sheet.columnWidths?.forEach((w, i) => {
      if (ws && w !== null) ws.getColumn(i + 1).width = w;
    });
  }
  applyEdits(book, edits);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Next year's book as a copy of this year's .xlsx (the CLI): every style, width and print set-up kept. */
export async function writeEditedCopy(data: Uint8Array, file: string, edits: BookEdits): Promise<{ bytes: Uint8Array; notices: readonly CopyNotice[] }> {
  const { book, notices } = await readXlsx(data, file, { maxValidatedCells: 200_000 });
  applyEdits(book, edits);
  return { bytes: new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer), notices };
}

/**
 * Sets and clears the cells the edits name. A cleared cell holding a formula keeps the formula
 * (a 合计 row's SUM recalculates next year) and drops its result; Huibian's tags are rewritten.
 */
function applyEdits(book: ExcelJS.Workbook, edits: BookEdits): void {
  for (const name of edits.remove) {
    const ws = book.getWorksheet(name);
    if (ws) book.removeWorksheet(ws.id);
  }
  for (const e of edits.edits) {
    const ws = book.getWorksheet(e.sheet);
    if (!ws) continue;
    for (const c of e.cells) {
      const cell = ws.getCell(c.row + 1, c.col + 1);
      if (c.value === null && typeof cell.formula === 'string' && cell.formula !== '') cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
      else cell.value = c.value;
    }
    if (e.clearFrom !== undefined) {
      for (let r = e.clearFrom + 1; r <= ws.rowCount; r++) ws.getRow(r).eachCell((cell) => (cell.value = null));
    }
  }
  const meta = book.getWorksheet(META_SHEET_NAME);
  if (meta) book.removeWorksheet(meta.id);
  if (edits.tags.size > 0) {
    const ws = book.addWorksheet(META_SHEET_NAME, { state: 'veryHidden' });
    for (const row of toMetaRows(edits.tags)) ws.addRow(row);
  }
}
