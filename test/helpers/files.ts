import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CellValue } from '../../src/core';

export const SAMPLE_PATH = join(__dirname, '..', '..', 'assets', 'samples', 'baoan-2023.xlsx');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'huibian-'));
}

/** Writes an .xlsx from inline rows (one entry per sheet) and returns its path. */
export async function writeXlsx(dir: string, name: string, sheets: Record<string, readonly (readonly (CellValue | undefined)[])[]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const ws = book.addWorksheet(sheetName);
    for (const row of rows) {
      ws.addRow(row.map((v) => (v && typeof v === 'object' ? (v.kind === 'error' ? { error: v.code } : v.kind === 'uncached' ? { formula: v.formula } : v.iso) : v)) as ExcelJS.CellValue[]);
    }
  }
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
  return path;
}

/** The 2023 report the sample comes from (a copy of ../shared/seed/, kept with the sample). */
export const SEED_REPORT_PATH = join(__dirname, '..', '..', 'assets', 'samples', '2023-baoan-hr-rule-of-law-report.txt');

export async function loadBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  return book;
}

/** Every cell of a sheet — value (formula and cached result), number format, style — and its layout. */
export function cellsOf(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => out.push(JSON.stringify([c.address, c.value, c.numFmt, c.font, c.fill, c.border, c.alignment]))),
  );
  out.push(JSON.stringify([ws.pageSetup, ws.views, ws.model.merges]));
  return out;
}
