import type { CellValue, SheetGrid } from '../../core';
import type { ImportPlan } from '../../app/ports';
import { protectedSheet, protectedWorkbook } from './errors';
import { REQUEST_BUDGET, RequestBudget, opsCost, utf8Bytes } from './payload';
import { EDIT_SAFE, type OfficeRuntime } from './runtime';
import { safeTextValue, TEXT_FORMAT } from './safeText';
import { writeGeneratedSheets } from './writeSheets';
import { pointsFor, writeRows, type RowWrite } from './writeRows';


/** What writing an import did: syncs made per file, for the tests' and the maintainer's benefit. */
export interface ImportWrite {
  readonly sheets: readonly string[];
}

/**
 * Writes an import the clerk confirmed into the open workbook: each department sheet under its
 * unit's name (a resubmitted unit's sheet cleared and rewritten in place — Worksheet.delete would
 * clear the clerk's undo stack), values with their number formats, merges and column widths, in
 * requests budgeted under Excel on the web's 5 MB (payload.ts), then 报送记录. Protection is
 * checked first: nothing is written when a target is locked.
 */
export async function writeImport(office: OfficeRuntime, plan: ImportPlan): Promise<ImportWrite> {
  const since19 = office.isSetSupported('ExcelApi', '1.9');
  const written = await office.run(EDIT_SAFE, async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    const protection = context.workbook.protection;
    protection.load('protected');
    await context.sync();
    const present = new Map(worksheets.items.map((ws) => [ws.name, ws]));
    const targets = plan.sheets.map((grid) => ({ grid, existing: present.get(grid.name) ?? null }));
    for (const t of targets) t.existing?.protection.load('protected');
    await context.sync();
    for (const t of targets) if (t.existing?.protection.protected) throw protectedSheet(t.grid.name);
    if (protection.protected && targets.some((t) => t.existing === null)) throw protectedWorkbook();

    const budget = new RequestBudget(context, REQUEST_BUDGET, since19 ? () => context.application.suspendScreenUpdatingUntilNextSync() : undefined);
    for (const { grid, existing } of targets) {
      await budget.reserve(opsCost(3, 3, utf8Bytes(grid.name)));
      const ws = existing ?? worksheets.add(grid.name);
      if (existing) {
        const all = ws.getRange();
        all.unmerge();
        all.clear('All');
      }
      await writeGrid(ws, grid, budget);
    }
    await budget.flush();
    return targets.map((t) => t.grid.name);
  });
  await writeGeneratedSheets(office, [plan.log]);
  return { sheets: written };
}

/** A department sheet's cells in blocks of whole rows (writeRows), then merges, widths, hidden state. */
async function writeGrid(ws: Excel.Worksheet, grid: SheetGrid, budget: RequestBudget): Promise<void> {
  const width = Math.max(1, ...grid.values.map((r) => r.length));
  await writeRows(ws, grid.values.length, width, (r) => rowOf(grid, r, width), budget);
  for (const m of grid.merges ?? []) {
    await budget.reserve(opsCost(1, 1));
    ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  }
  const widths = grid.columnWidths ?? [];
  for (let c = 0; c < widths.length; c++) {
    const w = widths[c];
    if (typeof w !== 'number' || !(w > 0)) continue;
    await budget.reserve(opsCost(1, 3));
    ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = pointsFor(w);
  }
  if (grid.visibility === 'hidden') {
    await budget.reserve(opsCost(1, 1));
    ws.visibility = 'Hidden';
  }
}

/** A row as Range.values and Range.numberFormat take it: text safe from formula parsing, numbers with their formats. */
function rowOf(grid: SheetGrid, r: number, width: number): RowWrite {
  const row = grid.values[r] ?? [];
  const formats = grid.formats?.[r] ?? [];
  const v: (string | number | boolean)[] = [];
  const f: string[] = [];
  for (let c = 0; c < width; c++) {
    const [value, format] = cellOf(row[c] ?? null, formats[c] ?? null);
    v.push(value);
    f.push(format);
  }
  return [v, f];
}

function cellOf(value: CellValue, format: string | null): [string | number | boolean, string] {
  if (value === null) return ['', format ?? 'General'];
  if (typeof value === 'number') return [value, format ?? 'General'];
  if (typeof value === 'boolean') return [value, format ?? 'General'];
  if (typeof value === 'string') return [safeTextValue(value), TEXT_FORMAT];
  switch (value.kind) {
    case 'date': {
      const serial = isoToSerial(value.iso);
      return serial === null ? [safeTextValue(value.iso), TEXT_FORMAT] : [serial, format ?? 'yyyy-mm-dd'];
    }
    // An error value or a formula without a cached result is kept as the text the department sent.
    case 'error':
      return [safeTextValue(value.code), TEXT_FORMAT];
    case 'uncached':
      return [safeTextValue(`=${value.formula.replace(/^=/, '')}`), TEXT_FORMAT];
  }
}

/** The 1900-system serial of an ISO date (the inverse of readGrid's serialToIsoDate). */
function isoToSerial(iso: string): number | null {
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : t / 86_400_000 + 25569;
}
