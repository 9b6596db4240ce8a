import type { CellValue, SheetGrid, WorkbookGrid } from '../../core';
import { HostError } from './errors';
import { CELLS_PER_SYNC, type OfficeRuntime } from './runtime';

interface Block {
  readonly sheet: number;
  readonly top: number;
  readonly rows: number;
  readonly cols: number;
  range?: Excel.Range;
}

/**
 * Reads every sheet in a constant number of syncs however many sheets there are: one for the
 * sheet list, one for the used ranges, then the cells in blocks of at most CELLS_PER_SYNC cells
 * per sync (so no response nears Excel on the web's 5 MB cap). Values, number formats and value
 * types come together; a `null` values array (office-js#6781) is a failure, never an empty sheet.
 */
export async function readWorkbookGrid(office: OfficeRuntime, name: string, onProgress?: (done: number, total: number) => void): Promise<WorkbookGrid> {
  return office.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    await context.sync();
    const used = sheets.items.map((ws) => ws.getUsedRangeOrNullObject(true));
    for (const u of used) u.load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();

    const blocks: Block[] = [];
    used.forEach((u, i) => {
      if (u.isNullObject) return;
      const rows = u.rowIndex + u.rowCount;
      const cols = u.columnIndex + u.columnCount;
      const step = Math.max(1, Math.floor(CELLS_PER_SYNC / cols));
      for (let top = 0; top < rows; top += step) blocks.push({ sheet: i, top, rows: Math.min(step, rows - top), cols });
    });
    let pending = 0;
    let done = 0;
    const total = blocks.reduce((n, b) => n + b.rows * b.cols, 0);
    for (const b of blocks) {
      if (pending > 0 && pending + b.rows * b.cols > CELLS_PER_SYNC) {
        await context.sync();
        done += pending;
        onProgress?.(done, total);
        pending = 0;
      }
      b.range = sheets.items[b.sheet].getRangeByIndexes(b.top, 0, b.rows, b.cols);
      b.range.load('values,numberFormat,valueTypes');
      pending += b.rows * b.cols;
    }
    if (pending > 0) await context.sync();
    onProgress?.(total, total);

    const grids: SheetGrid[] = sheets.items.map((ws) => ({
      name: ws.name,
      values: [],
      formats: [],
      visibility: ws.visibility === 'VeryHidden' ? 'veryHidden' : ws.visibility === 'Hidden' ? 'hidden' : 'visible',
    }));
    for (const b of blocks) {
      const r = b.range!;
      if (!r.values || !r.numberFormat || !r.valueTypes) {
        throw new HostError('null-read', grids[b.sheet].name, `读取工作表“${grids[b.sheet].name}”时Excel没有返回数据，请重试。`, `Excel returned no data for sheet "${grids[b.sheet].name}"; try again.`);
      }
      const grid = grids[b.sheet];
      r.values.forEach((row, i) => {
        (grid.values as CellValue[][])[b.top + i] = row.map((v, c) => toCellValue(v, r.valueTypes[i][c]));
        (grid.formats as (string | null)[][])[b.top + i] = r.numberFormat[i].map((f) => (f === 'General' || f === '' ? null : String(f)));
      });
    }
    return { name, sheets: grids };
  });
}

function toCellValue(v: unknown, type: string): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { kind: 'error', code: String(v) };
    case 'Boolean':
      return Boolean(v);
    case 'Double':
      return typeof v === 'number' ? v : Number.isFinite(Number(v)) ? Number(v) : String(v);
    default:
      return v === '' || v === null || v === undefined ? null : typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
  }
}
