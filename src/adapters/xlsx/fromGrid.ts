import ExcelJS from 'exceljs';
import type { WorkBook } from '@e965/xlsx';
import type { CellValue, WorkbookGrid } from '../../core';
import { BOOK_CREATOR } from './i18n/copyNotices';

/**
 * A new .xlsx workbook holding a workbook read from another format (.xls, .et, .ods, .csv, an
 * HTML table): the source sheets' values, number formats, merges, hidden rows and hidden
 * sheets, so that the compiled copy is an .xlsx beside the original, never the old format. Text
 * stays text (ExcelJS writes a string as a shared string, never a formula); a formula saved
 * without its result stays that formula.
 */
export function bookFromGrid(grid: WorkbookGrid, source?: WorkBook): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = BOOK_CREATOR;
  for (const sheet of grid.sheets) {
    const ws = book.addWorksheet(sheet.name, { state: sheet.visibility ?? 'visible' });
    const raw = source?.Sheets[sheet.name]?.['!data'];
    sheet.values.forEach((row, r) => {
      if (row.length === 0) return;
      const xr = ws.getRow(r + 1);
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = xr.getCell(c + 1);
        // A date keeps its serial number (and so its time of day) under its own format.
        const serial = typeof v === 'object' && v.kind === 'date' ? raw?.[r]?.[c]?.v : undefined;
        cell.value = typeof serial === 'number' ? serial : toExcelJsValue(v);
        const format = sheet.formats?.[r]?.[c];
        if (format) cell.numFmt = format;
      });
    });
    for (const r of sheet.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
    for (const m of sheet.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return book;
}

function toExcelJsValue(v: Exclude<CellValue, null>): ExcelJS.CellValue {
  if (typeof v !== 'object') return v;
  switch (v.kind) {
    case 'error':
      return { error: v.code as ExcelJS.CellErrorValue['error'] };
    case 'date':
      return v.iso === 'invalid date' ? v.iso : new Date(`${v.iso}T00:00:00Z`);
    case 'uncached':
      return { formula: v.formula } as ExcelJS.CellFormulaValue;
  }
}
