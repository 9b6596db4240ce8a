import ExcelJS from 'exceljs';
import { UnusableInputError } from '../../app/errors';
import type { WorkbookGrid } from '../../core';
import { inspectXlsxPackage, type XlsxLimits } from './inspectPackage';
import { worksheetToGrid } from './toGrid';

export interface LoadedXlsx {
  readonly grid: WorkbookGrid;
  readonly book: ExcelJS.Workbook;
}

export interface ReadXlsxOptions {
  /**
   * Keep data validations (drop-down lists) so that a copy written back keeps them. Off for
   * reading only: ExcelJS expands every validated range cell by cell.
   */
  readonly keepValidations?: boolean;
  readonly limits?: XlsxLimits;
}

/** Loads an .xlsx from bytes (no file system: the same code runs in the browser). */
export async function readXlsx(data: Uint8Array, file: string, options: ReadXlsxOptions = {}): Promise<LoadedXlsx> {
  inspectXlsxPackage(data, file, options.limits);
  const book = new ExcelJS.Workbook();
  try {
    const ignoreNodes = options.keepValidations ? [] : ['dataValidations'];
    // ExcelJS types ask for a Node Buffer; an ArrayBuffer works in both Node and the browser.
    const bytes = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes });
  } catch (e) {
    throw new UnusableInputError(`文件已损坏，无法按.xlsx读取（${oneLine(e)}）。`, file);
  }
  const sheets = book.worksheets.map((ws) => worksheetToGrid(ws));
  return { grid: { name: file, sheets }, book };
}

function oneLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0].slice(0, 120);
}
