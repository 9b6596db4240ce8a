import type * as SheetJS from '@e965/xlsx';
import { containerOf, XLSX } from './sheetjs';
import type { SheetGrid, WorkbookGrid } from '../../core';
import { countBiffCells, countHtmlTable, largestXmlSpan } from './cellBudget';
import { readCompoundFile } from './compoundFile';
import { CellLimitExceeded, limitsWith, type ReadLimits } from './limits';
import { quietly } from './quiet';
import { readPackage, type PackageFormat } from './readPackage';
import { readDelimitedText, typedText } from './readText';
import { UnreadableFileError } from '../unreadableFile';
import { refuse } from './refusals';
import { sniffContainer, isHtml } from './sniff';
import { sheetToGrid } from './toGrid';

/** The format a workbook came in: anything but .xlsx/.xlsm is compiled to a new .xlsx. */
export type SourceFormat = PackageFormat | 'xls' | 'csv' | 'html' | 'xml';

export interface ReadWorkbookOptions {
  readonly limits?: Partial<ReadLimits>;
  /** Inflate and check every part of a zip, also those the grid does not need (before ExcelJS loads them all). */
  readonly checkEveryPart?: boolean;
  /** Keep SheetJS's workbook beside the grid for these formats (to copy an old-format workbook into a new .xlsx). */
  readonly keepSource?: (format: SourceFormat) => boolean;
}

export interface ReadWorkbookResult {
  readonly grid: WorkbookGrid;
  readonly format: SourceFormat;
  /** SheetJS's workbook, with `keepSource`. */
  readonly source?: SheetJS.WorkBook;
}

const SHEETJS_OPTIONS: SheetJS.ParsingOptions = { dense: true, cellText: false, cellHTML: false, cellNF: true, cellFormula: false };

/**
 * Reads a submission in whatever format a department sent (.xlsx, .xlsm, .xlsb, .xls and WPS
 * .et, .ods, CSV in UTF-8 or GBK, an HTML table or Excel 2003 XML saved as .xls) into the grid
 * the core reads, with SheetJS. Every format is held to the same limits, on what the file
 * really holds. Anything unusable is one UnreadableFileError line naming the file; a
 * library's own exception or console warning never reaches the clerk.
 */
export function readWorkbook(data: Uint8Array, file: string, options: ReadWorkbookOptions = {}): ReadWorkbookResult {
  const limits = limitsWith(options.limits);
  if (data.length === 0) refuse({ key: 'empty' }, file);
  if (data.length > limits.fileBytes) refuse({ key: 'file-too-large', bytes: data.length, limit: limits.fileBytes }, file);
  try {
    return quietly(() => readAny(data, file, limits, options));
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    if (e instanceof CellLimitExceeded) refuse({ key: 'too-many-cells', cells: e.cells, limit: limits.cells }, file);
    const text = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(text)) refuse({ key: 'encrypted' }, file);
    refuse({ key: 'damaged', detail: text.split('\n')[0].slice(0, 120) }, file);
  }
}

function readAny(data: Uint8Array, file: string, limits: ReadLimits, options: ReadWorkbookOptions): ReadWorkbookResult {
  const withSource = (book: SheetJS.WorkBook, format: SourceFormat, hiddenRows?: ReadonlyMap<string, readonly number[]>): ReadWorkbookResult => {
    const keep = options.keepSource?.(format) ?? false;
    return { grid: toWorkbookGrid(book, file, limits, keep, hiddenRows), format, ...(keep ? { source: book } : {}) };
  };
  switch (sniffContainer(data)) {
    case 'zip': {
      const pkg = readPackage(data, file, limits, options.checkEveryPart ?? false);
      return withSource(pkg.book, pkg.format, pkg.hiddenRows);
    }
    case 'cfb':
      return withSource(readLegacyBook(data, file, limits), 'xls');
    case 'biff': {
      budgetBiff(data, file, limits);
      return withSource(XLSX.read(data, { ...SHEETJS_OPTIONS, type: 'array' }), 'xls');
    }
    case 'markup':
      return readMarkup(data, file, limits, withSource);
    case 'text': {
      const grid = readDelimitedText(data, sheetNameOf(file), limits.cells);
      if (grid.values.length === 0) refuse({ key: 'no-sheet' }, file);
      return { grid: { name: file, sheets: [grid] }, format: 'csv' };
    }
    case 'binary':
      return refuse({ key: 'not-a-workbook' }, file);
  }
}

/** .xls and WPS .et: the workbook stream of a compound file, taken out within bounds. */
function readLegacyBook(data: Uint8Array, file: string, limits: ReadLimits): SheetJS.WorkBook {
  const cfb = readCompoundFile(data, file, limits);
  const named = (...names: string[]): ReturnType<typeof cfb.streams.find> => cfb.streams.find((s) => names.includes(s.name.toLowerCase()));
  if (named('encryptioninfo', 'encryptedpackage')) refuse({ key: 'encrypted' }, file);
  const workbook = named('workbook', 'book');
  if (!workbook) refuse({ key: 'ole-not-a-workbook', kind: named('worddocument') ? 'word' : named('powerpoint document') ? 'powerpoint' : 'other' }, file);
  const stream = cfb.read(workbook!);
  budgetBiff(stream, file, limits);
  return XLSX.parse_xlscfb(containerOf([['Workbook', stream]]), { ...SHEETJS_OPTIONS });
}

function budgetBiff(stream: Uint8Array, file: string, limits: ReadLimits): void {
  const facts = countBiffCells(stream);
  if (facts.encrypted) refuse({ key: 'encrypted' }, file);
  if (facts.cells > limits.cells) refuse({ key: 'too-many-cells', cells: facts.cells, limit: limits.cells }, file);
  if (facts.merges > limits.merges) refuse({ key: 'too-many-merges', count: facts.merges, limit: limits.merges }, file);
}

/** An HTML table or an Excel 2003 XML spreadsheet, as online reporting systems export them under an .xls name. */
function readMarkup(data: Uint8Array, file: string, limits: ReadLimits, withSource: (book: SheetJS.WorkBook, format: SourceFormat) => ReadWorkbookResult): ReadWorkbookResult {
  const text = decodeMarkup(data);
  if (isHtml(data)) {
    const { cells, merges } = countHtmlTable(text);
    if (cells > limits.cells) refuse({ key: 'too-many-cells', cells, limit: limits.cells }, file);
    // SheetJS looks up every merge for every cell of an HTML table.
    if (merges > 1000 && cells * merges > 50_000_000) refuse({ key: 'too-many-merges', count: merges, limit: Math.floor(50_000_000 / Math.max(1, cells)) }, file);
    if (!/<table[\s>]/i.test(text)) refuse({ key: 'not-a-workbook' }, file);
    const book = XLSX.read(text, { ...SHEETJS_OPTIONS, type: 'string', raw: true });
    const read = withSource(book, 'html');
    return { ...read, grid: { name: file, sheets: read.grid.sheets.map(typeHtmlCells) } };
  }
  if (largestXmlSpan(text) > 16_384) refuse({ key: 'damaged', detail: 'ss:Span' }, file);
  return withSource(XLSX.read(text, { ...SHEETJS_OPTIONS, type: 'string' }), 'xml');
}

function decodeMarkup(data: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(data.subarray(0, 2048));
  if (/charset\s*=\s*["']?(gb2312|gbk|gb18030)/i.test(head) || /encoding\s*=\s*["'](gb2312|gbk|gb18030)/i.test(head)) return new TextDecoder('gb18030').decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

/** HTML cells are text: numbers, grouped numbers and percentages become what Excel would show. */
function typeHtmlCells(sheet: SheetGrid): SheetGrid {
  const formats: (string | null)[][] = [];
  const values = sheet.values.map((row, r) =>
    row.map((v, c) => {
      if (typeof v !== 'string') return v;
      const typed = typedText(v);
      if (typed.format) (formats[r] ??= [])[c] = typed.format;
      return typed.value;
    }),
  );
  return { ...sheet, values, formats: formats.map((row) => Array.from(row, (f) => f ?? null)) };
}

/**
 * Every worksheet of a SheetJS workbook as grids, each SheetJS sheet let go as soon as it is
 * converted. Chart, macro and dialog sheets hold no cells. A worksheet SheetJS named but could
 * not parse is damage, said in one line, never a sheet silently left out; a workbook with no
 * cells at all is unusable, never "no problems found".
 */
function toWorkbookGrid(book: SheetJS.WorkBook, file: string, limits: ReadLimits, keep: boolean, hiddenRows?: ReadonlyMap<string, readonly number[]>): WorkbookGrid {
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const sheets: SheetGrid[] = [];
  let cells = 0;
  book.SheetNames.forEach((name, i) => {
    const ws = book.Sheets[name];
    if (!ws) refuse({ key: 'sheet-unreadable', sheet: name }, file);
    const type = (ws as { '!type'?: string })['!type'];
    if (type === 'chart' || type === 'macro' || type === 'dialog') return;
    if (!withinExcelGrid(ws)) refuse({ key: 'sheet-beyond-excel', sheet: name }, file);
    const hidden = book.Workbook?.Sheets?.[i]?.Hidden ?? 0;
    const grid = sheetToGrid(ws, { name, visibility: hidden === 2 ? 'veryHidden' : hidden === 1 ? 'hidden' : 'visible', hiddenRows: hiddenRows?.get(name), date1904, inPlace: !keep });
    for (const row of grid.values) cells += row.length;
    if (cells > limits.cells * 4) refuse({ key: 'too-many-cells', sheet: name, cells, limit: limits.cells }, file);
    sheets.push(grid);
    if (!keep) delete book.Sheets[name];
  });
  if (!sheets.some((s) => s.values.some((row) => row.some((v) => v !== null)))) refuse({ key: 'no-sheet' }, file);
  return { name: file, sheets };
}

/**
 * Excel's grid ends at row 1,048,576 and column XFD. A damaged file can put a cell at column
 * 1,600,000,000: the sheet's array is then that long, and walking it would never end.
 */
function withinExcelGrid(ws: SheetJS.WorkSheet): boolean {
  const data = (ws['!data'] ?? []) as unknown[][];
  if (data.length > 1_048_576) return false;
  for (let r = 0; r < data.length; r++) if (data[r] && data[r].length > 16_384) return false;
  return true;
}

/** A single-sheet format's sheet is named as Excel names it: after the file. */
function sheetNameOf(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'Sheet1';
  return base.replace(/[:\\/?*[\]]/g, '_').slice(0, 31);
}
