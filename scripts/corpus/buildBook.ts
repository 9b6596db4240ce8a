import ExcelJS from 'exceljs';
import type { BookSource, CellSpec, SheetSource } from './types';

/** Every corpus book claims to have been saved on this day, so rebuilding gives the same contents. */
export const FIXED_DATE = new Date(Date.UTC(2025, 0, 20, 1, 30, 0));

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };

/** Builds one corpus book with ExcelJS, formatted like a hand-made form. */
function buildBook(source: BookSource): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = source.creator ?? 'Administrator';
  book.lastModifiedBy = source.creator ?? 'Administrator';
  book.created = FIXED_DATE;
  book.modified = FIXED_DATE;
  for (const sheet of source.sheets) addSheet(book, sheet);
  return book;
}

function addSheet(book: ExcelJS.Workbook, sheet: SheetSource): void {
  const ws = book.addWorksheet(sheet.name, {
    state: sheet.state ?? 'visible',
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.rows.forEach((row, r) => {
    row.forEach((spec, c) => {
      if (spec === null || spec === undefined) return;
      setCell(ws.getCell(r + 1, c + 1), spec);
    });
  });
  if (sheet.table) {
    const [from, to] = sheet.table.split(':').map(decode);
    for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) ws.getCell(r, c).border = THIN;
  }
  for (const r of sheet.headerRows ?? []) {
    const width = Math.max(1, sheet.rows[r - 1]?.length ?? 1);
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true, name: '宋体', size: 10 };
      cell.fill = HEADER_FILL;
      cell.border = THIN;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
  for (const r of sheet.boldRows ?? []) ws.getRow(r).font = { bold: true };
  for (const m of sheet.merges ?? []) ws.mergeCells(m);
  // a title merged across the first row is centred and large
  if (sheet.merges?.some((m) => /^A1:[A-Z]+1$/.test(m))) {
    const t = ws.getCell(1, 1);
    t.font = { bold: true, size: 16, name: '方正小标宋简体' };
    t.alignment = { horizontal: 'center', vertical: 'middle' };
    ws.getRow(1).height = 30;
  }
  for (const r of sheet.hiddenRows ?? []) ws.getRow(r).hidden = true;
  for (const c of sheet.hiddenCols ?? []) ws.getColumn(c).hidden = true;
  (sheet.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

function setCell(cell: ExcelJS.Cell, spec: CellSpec): void {
  if (typeof spec === 'number') {
    cell.value = spec;
    return;
  }
  if (typeof spec === 'string') {
    cell.value = spec;
    return;
  }
  if ('n' in spec) {
    cell.value = spec.n;
    cell.numFmt = spec.fmt;
  } else if ('f' in spec) {
    const result = typeof spec.result === 'object' ? { error: spec.result.error } : spec.result;
    cell.value = { formula: spec.f, result } as ExcelJS.CellFormulaValue;
    if (spec.fmt) cell.numFmt = spec.fmt;
  } else if ('error' in spec) {
    cell.value = { error: spec.error } as ExcelJS.CellErrorValue;
  } else if ('date' in spec) {
    cell.value = new Date(`${spec.date}T00:00:00Z`);
    cell.numFmt = spec.fmt ?? 'yyyy-mm-dd';
  } else if ('bool' in spec) {
    cell.value = spec.bool;
  } else if ('text' in spec) {
    cell.value = spec.text;
    cell.numFmt = '@';
  }
}

/** 'D7' → { row: 7, col: 4 } */
export function decode(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`not an A1 cell: ${a1}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** 4 → 'D' */
export function colLetter(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export async function bookBuffer(source: BookSource): Promise<Buffer> {
  return Buffer.from(await buildBook(source).xlsx.writeBuffer());
}
