import type { CellObject, WorkSheet } from '@e965/xlsx';
import { toFormatFacts, type CellValue, type MergedArea, type SheetGrid } from '../../core';

/** Excel's error codes as SheetJS numbers them (BIFF8 / XLSB error values). */
const ERROR_CODES: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

export interface SheetFacts {
  readonly name: string;
  readonly visibility: SheetGrid['visibility'];
  /** Rows marked hidden, when the format's reader does not report them itself (.xlsx). */
  readonly hiddenRows?: readonly number[];
  /** The workbook counts dates from 1904 (old Mac Excel). */
  readonly date1904: boolean;
  /**
   * Turn SheetJS's row arrays into the grid's rows in place (no second array per row, and each
   * cell object is garbage as soon as it is read): only when nothing else will read the sheet.
   */
  readonly inPlace?: boolean;
}

/**
 * A SheetJS worksheet (dense mode) as the core's grid: values with formulas as their cached
 * results, number formats, merges clipped to the cells the sheet holds (a merge over
 * A1:XFD1048576 is as large as the data, not as the claim), hidden rows. A number whose
 * format is a date reads as a date, as ExcelJS and Excel give it.
 */
export function sheetToGrid(ws: WorkSheet, facts: SheetFacts): SheetGrid {
  const data = (ws['!data'] ?? []) as (CellObject[] | undefined)[];
  const values: CellValue[][] = new Array(data.length);
  const formats: (string | null)[][] = [];
  let width = 0;
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) {
      values[r] = [];
      continue;
    }
    let last = row.length - 1;
    while (last >= 0 && isNothing(row[last])) last--;
    const out: CellValue[] = facts.inPlace ? (row as unknown as CellValue[]) : new Array(last + 1);
    let rowFormats: (string | null)[] | null = null;
    for (let c = 0; c <= last; c++) {
      const cell = row[c];
      if (!cell) {
        out[c] = null;
        continue;
      }
      const format = cell.z === undefined || cell.z === 'General' ? null : String(cell.z);
      out[c] = toCellValue(cell, format, facts.date1904);
      if (format !== null && out[c] !== null) {
        if (!rowFormats) rowFormats = new Array(c).fill(null);
        rowFormats[c] = format;
      } else if (rowFormats) {
        rowFormats[c] = null;
      }
    }
    if (facts.inPlace) out.length = last + 1;
    values[r] = out;
    if (rowFormats) formats[r] = rowFormats;
    if (out.length > width) width = out.length;
  }
  while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
  return {
    name: facts.name,
    values,
    formats,
    hiddenRows: facts.hiddenRows ?? hiddenRowsOf(ws),
    merges: clipMerges(ws['!merges'] ?? [], values.length, width),
    visibility: facts.visibility,
  };
}

function isNothing(cell: CellObject | undefined): boolean {
  return !cell || (cell.t === 'z' && !cell.f);
}

function toCellValue(cell: CellObject, format: string | null, date1904: boolean): CellValue {
  switch (cell.t) {
    case 'n': {
      const v = cell.v as number;
      if (format !== null && toFormatFacts(format).date) return { kind: 'date', iso: serialToIso(v, date1904) };
      return v;
    }
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'b':
      return Boolean(cell.v);
    case 'e':
      return { kind: 'error', code: ERROR_CODES[cell.v as number] ?? '#VALUE!' };
    case 'd':
      return { kind: 'date', iso: cell.v instanceof Date && !Number.isNaN(cell.v.getTime()) ? cell.v.toISOString().slice(0, 10) : 'invalid date' };
    case 'z':
      // An empty cell, or a formula saved without its result (by a tool that does not calculate).
      return cell.f ? { kind: 'uncached', formula: String(cell.f) } : null;
    default:
      return null;
  }
}

/** Excel's day count as an ISO date, the way ExcelJS converts it (1900 system with its leap-day quirk). */
function serialToIso(serial: number, date1904: boolean): string {
  const ms = Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86400000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? 'invalid date' : d.toISOString().slice(0, 10);
}

function hiddenRowsOf(ws: WorkSheet): number[] {
  const out: number[] = [];
  (ws['!rows'] ?? []).forEach((row, r) => {
    if (row?.hidden) out.push(r);
  });
  return out;
}

/** Merges within the rows and columns that hold cells; a merge wholly outside them is dropped. */
function clipMerges(merges: readonly { s: { r: number; c: number }; e: { r: number; c: number } }[], rows: number, cols: number): MergedArea[] {
  const out: MergedArea[] = [];
  for (const m of merges) {
    const top = Math.min(m.s.r, m.e.r);
    const left = Math.min(m.s.c, m.e.c);
    if (!(top >= 0 && left >= 0 && top < rows && left < cols)) continue;
    const bottom = Math.min(Math.max(m.s.r, m.e.r), rows - 1);
    const right = Math.min(Math.max(m.s.c, m.e.c), cols - 1);
    if (bottom > top || right > left) out.push({ top, left, bottom, right });
  }
  return out;
}
