import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../../core';
import { bookFromGrid } from './fromGrid';
import type { CopyNotice } from './copyNotice';
import { UnusableInputError } from '../../app/errors';
import type { ReadLimits } from './limits';
import { prepareForExcelJs } from './prepareForExcelJs';
import { quietlyAsync } from './quiet';
import { readWorkbook, type SourceFormat } from './readWorkbook';
import { refuse } from './refusals';
import { droppedParts, restoreComments } from './sourceFidelity';

export interface LoadedXlsx {
  readonly grid: WorkbookGrid;
  /** An ExcelJS workbook to write the copy from: the source .xlsx, or a new one holding an old-format source. */
  readonly book: ExcelJS.Workbook;
  readonly format: SourceFormat;
  /** What the clerk should know about the copy, as facts (clipped ranges, parts left behind, a new .xlsx). */
  readonly notices: readonly CopyNotice[];
}

export interface ReadXlsxOptions {
  /**
   * Keep data validations (drop-down lists) covering up to this many cells, so that a copy
   * written back keeps them (ExcelJS expands every validated range cell by cell); 0, the
   * default, drops them all (reading only). Beyond the limit they are dropped and a notice says so.
   */
  readonly maxValidatedCells?: number;
  readonly limits?: Partial<ReadLimits>;
}

/**
 * Loads a workbook to write a copy of it (ExcelJS keeps styles; SheetJS reads). The grid comes
 * from the same reader as every check (readWorkbook), with every part of the package inflated
 * under the meter first, so ExcelJS never meets a bomb the reader would have refused. An .xlsx
 * is loaded as it is, oversized ranges clipped and comments on empty cells put back; any other
 * format becomes a new .xlsx, and the notices say so.
 */
export async function readXlsx(data: Uint8Array, file: string, options: ReadXlsxOptions = {}): Promise<LoadedXlsx> {
  const read = readWorkbook(data, file, { limits: options.limits, checkEveryPart: true, keepSource: (f) => f !== 'xlsx' && f !== 'xlsm' });
  checkSheetNames(read.grid, file);
  if (read.format !== 'xlsx' && read.format !== 'xlsm') {
    const book = bookFromGrid(read.grid, read.source);
    return { grid: read.grid, book, format: read.format, notices: [{ kind: 'newXlsx', file, format: read.format }] };
  }
  try {
    return await loadWithExcelJs(data, read.grid, read.format, options);
  } catch (e) {
    // The reader accepted the file; JSZip or ExcelJS may still balk at something in it.
    if (e instanceof UnusableInputError) throw e;
    refuse({ key: 'damaged', detail: (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 120) }, file);
  }
}

async function loadWithExcelJs(data: Uint8Array, grid: WorkbookGrid, format: SourceFormat, options: ReadXlsxOptions): Promise<LoadedXlsx> {
  const prepared = await prepareForExcelJs(data, grid);
  const notices: CopyNotice[] = [...prepared.notices];
  const keepValidations = prepared.validatedCells <= (options.maxValidatedCells ?? 0);
  if (!keepValidations && options.maxValidatedCells) notices.push({ kind: 'validationsDropped', cells: prepared.validatedCells, limit: options.maxValidatedCells });
  const book = new ExcelJS.Workbook();
  const ignoreNodes = keepValidations ? [] : ['dataValidations'];
  // ExcelJS types ask for a Node Buffer; an ArrayBuffer works in both Node and the browser.
  const bytes = prepared.bytes.buffer.slice(prepared.bytes.byteOffset, prepared.bytes.byteOffset + prepared.bytes.byteLength) as ArrayBuffer;
  await quietlyAsync(() => book.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes }));
  dropInvalidDates(book);
  await restoreComments(book, prepared.zip, prepared.parts);
  const dropped = droppedParts(prepared.zip);
  if (dropped) notices.push(dropped);
  return { grid, book, format, notices };
}

/**
 * A document date that is no date (docProps/core.xml saying "１２３") makes ExcelJS throw
 * "Invalid time value" when it writes the copy; such a date is left out, as if never written
 * (ExcelJS then stamps the copy with the time of writing). Found by npm run fuzz.
 */
function dropInvalidDates(book: ExcelJS.Workbook): void {
  const props = book as unknown as Record<'created' | 'modified' | 'lastPrinted', Date | undefined>;
  for (const key of ['created', 'modified', 'lastPrinted'] as const) {
    const value = props[key];
    if (value instanceof Date && Number.isNaN(value.getTime())) props[key] = undefined;
  }
}

/** Names ExcelJS would cut short or reject (Excel allows neither), refused in the clerk's words. */
function checkSheetNames(grid: WorkbookGrid, file: string): void {
  const seen = new Set<string>();
  for (const s of grid.sheets) {
    if ([...s.name].length > 31) refuse({ key: 'sheet-name-too-long', sheet: s.name }, file);
    if (/[:\\/?*[\]]/.test(s.name) || s.name.trim() === '') refuse({ key: 'sheet-name-invalid', sheet: s.name }, file);
    const key = s.name.toLowerCase();
    if (seen.has(key)) refuse({ key: 'sheet-name-twice', sheet: s.name }, file);
    seen.add(key);
  }
}
