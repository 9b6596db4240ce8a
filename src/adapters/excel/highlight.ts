import { fromA1, toA1, type CellRef } from '../../core';
import type { FillOutcome } from '../../app/ports';
import { protectedWorkbook } from './errors';
import { RequestBudget, opsCost, utf8Bytes } from './payload';
import { EDIT_SAFE, META_FILLS_SHEET, type OfficeRuntime } from './runtime';
import { loadBookWithStore } from './storeSheet';
import { safeTextValue, TEXT_FORMAT } from './safeText';

/** At most this many cells are highlighted at once (a ledger column can hold 100,000). */
const MAX_HIGHLIGHT = 2_000;
const HIGHLIGHT = '#FFE699';
/** The store's columns; sheetId (Worksheet.id) came later and follows a sheet the clerk renames. */
const STORE_HEADER = ['sheet', 'cell', 'color', 'pattern', 'patternColor', 'tintAndShade', 'sheetId'];

interface SavedFill {
  readonly sheet: string;
  readonly cell: string;
  readonly color: string;
  readonly pattern: string;
  readonly patternColor: string;
  readonly tintAndShade: number;
  readonly sheetId: string;
}

/** The workbook's sheets (each fetched once, by name and by id) and the store of saved fills. */
interface Book {
  readonly byName: ReadonlyMap<string, Excel.Worksheet>;
  readonly byId: ReadonlyMap<string, Excel.Worksheet>;
  readonly store: Excel.Worksheet;
  readonly saved: readonly SavedFill[];
  readonly structureProtected: boolean;
}

/**
 * Fills the cells of findings, first saving each cell's fill (colour, pattern, pattern colour,
 * tint) in a very hidden sheet, so that clearHighlights restores every fill exactly — even after
 * Excel is closed and reopened. This is the only write Huibian ever makes to a source sheet, and
 * it skips a protected sheet (saying so) rather than fail on it.
 */
export async function highlightCells(office: OfficeRuntime, refs: readonly CellRef[]): Promise<FillOutcome> {
  const cells = expand(refs).slice(0, MAX_HIGHLIGHT);
  const patterns = office.isSetSupported('ExcelApi', '1.9');
  return office.run(EDIT_SAFE, async (context) => {
    const book = await readBook(context);
    const wanted = [...new Set(cells.map((c) => c.sheet))];
    const missingSheets = wanted.filter((s) => !book.byName.has(s));
    const protectedSheets = await protectedAmong(context, wanted.filter((s) => book.byName.has(s)).map((s) => book.byName.get(s)!));
    const open = cells.filter((c) => book.byName.has(c.sheet) && !protectedSheets.includes(c.sheet));
    if (open.length === 0) return { cells: 0, protectedSheets, missingSheets };
    if (book.store.isNullObject && book.structureProtected) throw protectedWorkbook();

    const budget = new RequestBudget(context);
    const fills: { sheet: string; cell: string; sheetId: string; fill: Excel.RangeFill }[] = [];
    for (const c of open) {
      await budget.reserve(opsCost(1, 3));
      const ws = book.byName.get(c.sheet)!;
      const fill = ws.getRange(c.cell).format.fill;
      fill.load(patterns ? 'color,pattern,patternColor,tintAndShade' : 'color');
      fills.push({ ...c, sheetId: ws.id, fill });
    }
    await budget.flush();

    const savedKeys = new Set(book.saved.map((f) => `${f.sheetId || f.sheet}!${f.cell}`));
    const fresh = fills
      .filter((f) => !savedKeys.has(`${f.sheetId}!${f.cell}`))
      .map((f): SavedFill => ({ sheet: f.sheet, cell: f.cell, sheetId: f.sheetId, color: f.fill.color ?? '', pattern: patterns ? String(f.fill.pattern ?? '') : '', patternColor: patterns ? String(f.fill.patternColor ?? '') : '', tintAndShade: patterns ? Number(f.fill.tintAndShade ?? 0) : 0 }));
    await writeStore(context, book, book.saved.length, fresh, budget);
    for (const f of fills) {
      await budget.reserve(opsCost(1, 3, 16));
      f.fill.color = HIGHLIGHT;
    }
    await budget.flush();
    return { cells: fills.length, protectedSheets, missingSheets };
  });
}

/**
 * Restores every fill highlightCells changed, then forgets them. A sheet the clerk renamed is
 * found by its id; the fills of a deleted sheet are dropped and the sheet named; those of a
 * protected sheet are kept for a later try. Clearing never stops on one missing sheet.
 */
export async function clearHighlights(office: OfficeRuntime): Promise<FillOutcome> {
  const patterns = office.isSetSupported('ExcelApi', '1.9');
  return office.run(EDIT_SAFE, async (context) => {
    const book = await readBook(context);
    if (book.store.isNullObject || book.saved.length === 0) return { cells: 0, protectedSheets: [], missingSheets: [] };
    const sheetOf = (f: SavedFill): Excel.Worksheet | undefined => (f.sheetId ? book.byId.get(f.sheetId) : undefined) ?? book.byName.get(f.sheet);
    const missingSheets = [...new Set(book.saved.filter((f) => !sheetOf(f)).map((f) => f.sheet))];
    const present = [...new Set(book.saved.map(sheetOf).filter((w): w is Excel.Worksheet => w !== undefined))];
    const protectedNow = await protectedAmong(context, present);
    const kept = book.saved.filter((f) => sheetOf(f) && protectedNow.includes(sheetOf(f)!.name));
    const budget = new RequestBudget(context);
    let restored = 0;
    for (const f of book.saved) {
      const ws = sheetOf(f);
      if (!ws || protectedNow.includes(ws.name)) continue;
      await budget.reserve(opsCost(4, 3, 64));
      const fill = ws.getRange(f.cell).format.fill;
      restored++;
      if (f.pattern === 'None' || (!patterns && (f.color === '' || f.color === '#FFFFFF'))) {
        fill.clear();
        continue;
      }
      fill.color = f.color;
      if (patterns) {
        if (f.pattern) fill.pattern = f.pattern as Excel.FillPattern;
        if (f.patternColor) fill.patternColor = f.patternColor;
        fill.tintAndShade = f.tintAndShade;
      }
    }
    await budget.reserve(opsCost(1, 2));
    book.store.getRange().clear('All');
    await writeStore(context, book, 0, kept, budget);
    await budget.flush();
    const protectedSheets = [...new Set(kept.map((f) => sheetOf(f)!.name))];
    return { cells: restored, protectedSheets, missingSheets };
  });
}

/** One sync: every sheet's id and name, the store's rows, whether sheets can be added. */
async function readBook(context: Excel.RequestContext): Promise<Book> {
  const { worksheets, store, rows: all, structureProtected } = await loadBookWithStore(context, META_FILLS_SHEET, 'items/id,items/name');
  const rows = all.slice(1);
  const saved = rows.map(([sheet, cell, color, pattern, patternColor, tint, sheetId]): SavedFill => ({
    sheet: String(sheet), cell: String(cell), color: String(color), pattern: String(pattern), patternColor: String(patternColor), tintAndShade: Number(tint), sheetId: String(sheetId ?? ''),
  }));
  return {
    byName: new Map(worksheets.items.map((w) => [w.name, w])),
    byId: new Map(worksheets.items.map((w) => [w.id, w])),
    store,
    saved,
    structureProtected,
  };
}

/** The names of the protected ones among these sheets (one sync). */
async function protectedAmong(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[]): Promise<string[]> {
  if (sheets.length === 0) return [];
  for (const ws of sheets) ws.protection.load('protected');
  await context.sync();
  return sheets.filter((ws) => ws.protection.protected).map((ws) => ws.name);
}

/** Writes saved fills into the store from row `after` on (0: a fresh store, header first). */
async function writeStore(context: Excel.RequestContext, book: Book, after: number, fills: readonly SavedFill[], budget: RequestBudget): Promise<void> {
  const rows = [...(after === 0 ? [STORE_HEADER] : []), ...fills.map((f) => [f.sheet, f.cell, f.color, f.pattern, f.patternColor, f.tintAndShade, f.sheetId])];
  if (fills.length === 0) return;
  const values = rows.map((r) => r.map((v) => (typeof v === 'string' ? safeTextValue(v) : v)));
  await budget.reserve(opsCost(4, 3, 2 * utf8Bytes(values)));
  const ws = book.store.isNullObject ? context.workbook.worksheets.add(META_FILLS_SHEET) : book.store;
  ws.visibility = 'VeryHidden';
  const range = ws.getRangeByIndexes(after === 0 ? 0 : after + 1, 0, rows.length, STORE_HEADER.length);
  range.numberFormat = rows.map((r) => r.map((v) => (typeof v === 'number' ? 'General' : TEXT_FORMAT)));
  range.values = values;
}

/** Ranges such as D2:D3181 as single cells (a finding can name a ledger column). */
function expand(refs: readonly CellRef[]): CellRef[] {
  const out: CellRef[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    const [a, b = a] = ref.cell.split(':');
    const p = fromA1(a);
    const q = fromA1(b);
    if (!p || !q) continue;
    for (let r = Math.min(p.row, q.row); r <= Math.max(p.row, q.row) && out.length < MAX_HIGHLIGHT; r++) {
      for (let c = Math.min(p.col, q.col); c <= Math.max(p.col, q.col); c++) {
        const key = `${ref.sheet}!${toA1(r, c)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ sheet: ref.sheet, cell: toA1(r, c) });
      }
    }
  }
  return out;
}
