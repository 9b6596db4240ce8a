/**
 * The one shape every source of sheet data becomes (STYLE.md, "the one idea"): Excel's
 * Range.values, an ExcelJS worksheet and a literal in a test are all a SheetGrid.
 */

/** An Excel error value such as #DIV/0! or #REF!. */
export interface CellError {
  readonly kind: 'error';
  readonly code: string;
}

/** A cell that holds a date (ExcelJS gives a Date; office-js a serial with a date format). */
export interface CellDate {
  readonly kind: 'date';
  readonly iso: string;
}

/** A formula whose file carries no cached result (written by a tool that does not calculate). */
export interface CellUncachedFormula {
  readonly kind: 'uncached';
  readonly formula: string;
}

export type CellValue = number | string | boolean | null | CellError | CellDate | CellUncachedFormula;

/** A merged area, 0-based and inclusive. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** What kind of sheet Huibian generated; a sheet without it belongs to the user. */
export type GeneratedKind = 'summary' | 'findings' | 'narrative' | 'templates' | 'log';

export interface SheetGrid {
  readonly name: string;
  /** Row-major, 0-based; rows may be shorter than others. */
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats parallel to values; missing, null or 'General' means General. */
  readonly formats?: readonly (readonly (string | null | undefined)[] | undefined)[];
  /** 0-based indexes of hidden rows (read like any other row). */
  readonly hiddenRows?: readonly number[];
  readonly merges?: readonly MergedArea[];
  readonly visibility?: 'visible' | 'hidden' | 'veryHidden';
  /** Column widths in characters, by 0-based column, where the source states them (a department sheet to copy). */
  readonly columnWidths?: readonly (number | null)[];
  /** Set when the sheet carries Huibian's tag. */
  readonly generated?: GeneratedKind;
}

export interface WorkbookGrid {
  /** File name or workbook title, for messages. */
  readonly name: string;
  readonly sheets: readonly SheetGrid[];
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === 'object' && v !== null && v.kind === 'error';
}

export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.values[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function formatAt(sheet: SheetGrid, row: number, col: number): string | null {
  const f = sheet.formats?.[row]?.[col];
  return f === undefined || f === null || f === 'General' ? null : f;
}

export function columnCount(sheet: SheetGrid): number {
  let n = 0;
  for (const row of sheet.values) if (row.length > n) n = row.length;
  return n;
}

/** The cell as text for labels: strings trimmed, numbers as written, everything else empty. */
export function textAt(sheet: SheetGrid, row: number, col: number): string {
  const v = cellAt(sheet, row, col);
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  return '';
}

export function isEmptyCell(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}
