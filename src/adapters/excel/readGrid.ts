import { toFormatFacts, type CellValue, type SheetGrid, type WorkbookGrid } from '../../core';
import { nullRead, officeCode, rowTooLarge } from './errors';
import { RESPONSE_BUDGET, utf8Bytes } from './payload';
import { CELLS_PER_SYNC, EDIT_SAFE, type OfficeRuntime } from './runtime';

interface Block {
  readonly sheet: number;
  readonly top: number;
  readonly rows: number;
  readonly cols: number;
}

interface Loaded {
  readonly block: Block;
  readonly range: Excel.Range;
}

/** Bytes a cell takes in a response before any has been seen: a short label, "General", "String". */
const FIRST_GUESS_BYTES_PER_CELL = 64;
/** Even an empty cell takes this much: '', "General", "Empty" and the commas. */
const MIN_BYTES_PER_CELL = 20;

/**
 * Reads every sheet: one sync for the sheet list, one for the used ranges, then the cells in
 * blocks of rows. A block's size follows the bytes per cell the responses so far have shown, so
 * that a response of Chinese text stays as far under Excel on the web's 5 MB as one of numbers;
 * a response Excel still refuses is asked for again in halves. Values, number formats and value
 * types come together; a `null` values array (office-js#6781) is a failure, never an empty sheet.
 */
export async function readWorkbookGrid(office: OfficeRuntime, name: string, onProgress?: (done: number, total: number) => void): Promise<WorkbookGrid> {
  return office.run(EDIT_SAFE, async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    await context.sync();
    const used = sheets.items.map((ws) => ws.getUsedRangeOrNullObject(true));
    for (const u of used) u.load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();

    const grids: SheetGrid[] = sheets.items.map((ws) => ({
      name: ws.name,
      values: [],
      formats: [],
      visibility: ws.visibility === 'VeryHidden' ? 'veryHidden' : ws.visibility === 'Hidden' ? 'hidden' : 'visible',
    }));
    const extents = used.map((u) => (u.isNullObject ? null : { rows: u.rowIndex + u.rowCount, cols: u.columnIndex + u.columnCount }));
    const total = extents.reduce((n, e) => n + (e ? e.rows * e.cols : 0), 0);
    let done = 0;
    let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
    let next = { sheet: 0, row: 0 };
    while (next.sheet < extents.length) {
      const { blocks, after } = nextBlocks(extents, next, bytesPerCell);
      const loaded = blocks.map((block): Loaded => {
        const range = sheets.items[block.sheet].getRangeByIndexes(block.top, 0, block.rows, block.cols);
        range.load('values,numberFormat,valueTypes');
        return { block, range };
      });
      try {
        await context.sync();
      } catch (e) {
        if (officeCode(e) !== 'ResponsePayloadSizeLimitExceeded') throw e;
        if (blocks.length === 1 && blocks[0].rows === 1) throw rowTooLarge(grids[blocks[0].sheet].name, blocks[0].top);
        bytesPerCell *= 2;
        continue;
      }
      let bytes = 0;
      let cells = 0;
      for (const { block, range } of loaded) {
        bytes += takeBlock(grids[block.sheet], block, range);
        cells += block.rows * block.cols;
      }
      // The next request is sized by this one's density.
      bytesPerCell = Math.max(MIN_BYTES_PER_CELL, bytes / Math.max(1, cells));
      done += cells;
      onProgress?.(done, total);
      next = after;
    }
    onProgress?.(total, total);
    return { name, sheets: grids };
  });
}

/** The blocks of the next request, from `from` on, estimated under the response budget. */
function nextBlocks(extents: readonly ({ rows: number; cols: number } | null)[], from: { sheet: number; row: number }, bytesPerCell: number): { blocks: Block[]; after: { sheet: number; row: number } } {
  const cellBudget = Math.max(1, Math.min(CELLS_PER_SYNC, Math.floor(RESPONSE_BUDGET / bytesPerCell)));
  const blocks: Block[] = [];
  let cells = 0;
  let { sheet, row } = from;
  while (sheet < extents.length) {
    const e = extents[sheet];
    if (!e || row >= e.rows) {
      sheet++;
      row = 0;
      continue;
    }
    const rows = Math.min(e.rows - row, Math.floor((cellBudget - cells) / e.cols));
    if (rows < 1) {
      if (blocks.length > 0) break;
      blocks.push({ sheet, top: row, rows: 1, cols: e.cols });
      row += 1;
      break;
    }
    blocks.push({ sheet, top: row, rows, cols: e.cols });
    cells += rows * e.cols;
    row += rows;
  }
  return { blocks, after: { sheet, row } };
}

/** Copies a loaded block into its grid; returns the response bytes it took. */
function takeBlock(grid: SheetGrid, block: Block, r: Excel.Range): number {
  if (!r.values || !r.numberFormat || !r.valueTypes) throw nullRead(grid.name);
  r.values.forEach((row, i) => {
    const formats = r.numberFormat[i].map((f) => (f === 'General' || f === '' ? null : String(f)));
    (grid.values as CellValue[][])[block.top + i] = row.map((v, c) => toCellValue(v, r.valueTypes[i][c], formats[c]));
    (grid.formats as (string | null)[][])[block.top + i] = formats;
  });
  return utf8Bytes(r.values) + utf8Bytes(r.numberFormat) + utf8Bytes(r.valueTypes);
}

function toCellValue(v: unknown, type: string, format: string | null): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { kind: 'error', code: String(v) };
    case 'Boolean':
      return Boolean(v);
    case 'Double':
      if (typeof v === 'number' && format !== null && toFormatFacts(format).date) return { kind: 'date', iso: serialToIsoDate(v) };
      return typeof v === 'number' ? v : Number.isFinite(Number(v)) ? Number(v) : String(v);
    default:
      return v === '' || v === null || v === undefined ? null : typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
  }
}

/**
 * A date cell's serial number as the date ExcelJS reads from a file (its excelToDate, 1900 date
 * system), so that a date shows the same in every message whichever host read it.
 */
function serialToIsoDate(serial: number): string {
  const d = new Date(Math.round((serial - 25569) * 86_400_000));
  return Number.isNaN(d.getTime()) ? 'invalid date' : d.toISOString().slice(0, 10);
}
