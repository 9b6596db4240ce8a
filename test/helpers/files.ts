import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
