import {
  InvalidSheetNameError, META_SHEET_NAME, chooseSheetName, columnLetters, planSheetWrites, readGeneratedTags, toMetaRows,
  type GeneratedKind, type OutSheet, type PlannedSheet, type SheetGrid, type WritePlan,
} from '../../core';
import { invalidSheetName, officeCode, protectedSheet, protectedWorkbook } from './errors';
import { REQUEST_BUDGET, RequestBudget, opsCost, utf8Bytes } from './payload';
import { renderSheet } from './renderSheet';
import { EDIT_SAFE, TAG_PROPERTY, type OfficeRuntime } from './runtime';
import { loadBookWithStore } from './storeSheet';
import { safeTextValue, TEXT_FORMAT } from './safeText';

/** What the workbook holds before Huibian writes: names, tags, protection. */
interface BookState {
  readonly names: string[];
  readonly tags: Map<string, GeneratedKind>;
  readonly protectedSheets: ReadonlySet<string>;
  readonly structureProtected: boolean;
  readonly metaExists: boolean;
}

/**
 * Writes Huibian's sheets into the open workbook: reads the sheet list, tags and protection, plans
 * the write (core planSheetWrites: the names, the style blocks, Excel's limits), then renders it
 * in requests budgeted under Excel on the web's 5 MB. Its own sheets are rewritten in place
 * (Worksheet.delete would clear the clerk's undo stack), a user's sheet is never written to, a
 * protected target stops with a clear message before anything is written.
 */
export async function writeGeneratedSheets(office: OfficeRuntime, sheets: readonly OutSheet[]): Promise<Map<string, string>> {
  const customProperties = office.isSetSupported('ExcelApi', '1.12');
  const since19 = office.isSetSupported('ExcelApi', '1.9');
  return office.run(EDIT_SAFE, async (context) => {
    const book = await readBookState(context, customProperties);
    let plan: WritePlan;
    try {
      plan = planSheetWrites(sheets, book.names, book.tags);
    } catch (e) {
      throw e instanceof InvalidSheetNameError ? invalidSheetName(e) : e;
    }
    for (const p of plan.sheets) if (p.replaces && book.protectedSheets.has(p.name)) throw protectedSheet(p.name);
    if (book.structureProtected && (!book.metaExists || plan.sheets.some((p) => !p.replaces))) throw protectedWorkbook();
    plan = await addSheets(context, plan, book);

    const budget = new RequestBudget(context, REQUEST_BUDGET, since19 ? () => context.application.suspendScreenUpdatingUntilNextSync() : undefined);
    for (const p of plan.sheets) {
      const ws = context.workbook.worksheets.getItem(p.name);
      if (p.replaces) {
        await budget.reserve(opsCost(2, 3));
        const all = ws.getRange();
        all.unmerge();
        all.clear('All');
      }
      await renderSheet(ws, p, budget, { pageLayout: since19 });
      if (p.sheet.kind && customProperties) {
        await budget.reserve(opsCost(1, 2, 64));
        ws.customProperties.add(TAG_PROPERTY, p.sheet.kind);
      }
    }
    await writeMeta(context.workbook.worksheets, book.metaExists, plan.tags, budget);
    await budget.flush();
    return new Map(plan.sheets.map((p) => [p.sheet.name, p.name]));
  });
}

/** Sheet names, Huibian's tags and protection, in two syncs however many sheets there are. */
async function readBookState(context: Excel.RequestContext, customProperties: boolean): Promise<BookState> {
  const { worksheets, store: meta, rows: metaRows, structureProtected } = await loadBookWithStore(context, META_SHEET_NAME, 'items/name');

  const budget = new RequestBudget(context);
  const protections = new Map<string, Excel.WorksheetProtection>();
  const props = new Map<string, Excel.WorksheetCustomProperty>();
  for (const ws of worksheets.items) {
    await budget.reserve(opsCost(2, 4));
    ws.protection.load('protected');
    protections.set(ws.name, ws.protection);
    if (customProperties) {
      const p = ws.customProperties.getItemOrNullObject(TAG_PROPERTY);
      p.load('value');
      props.set(ws.name, p);
    }
  }
  await context.sync();

  const names = worksheets.items.map((w) => w.name);
  const metaGrid: SheetGrid[] = metaRows.length > 0 ? [{ name: META_SHEET_NAME, values: metaRows as SheetGrid['values'] }] : [];
  const tagged: SheetGrid[] = [...props].filter(([, p]) => !p.isNullObject).map(([name, p]) => ({ name, values: [], generated: p.value as GeneratedKind }));
  const tags = readGeneratedTags({ name: '', sheets: [...metaGrid, ...tagged, ...names.map((n) => ({ name: n, values: [] }))] });
  const protectedSheets = new Set([...protections].filter(([, p]) => p.protected).map(([name]) => name));
  return { names, tags, protectedSheets, structureProtected, metaExists: !meta.isNullObject };
}

/**
 * Adds the plan's new sheets in one sync. A chart sheet is not in `worksheets` but holds its name
 * (FIELD-NOTES.md): when Excel answers ItemAlreadyExists, the sheets are added one at a time and
 * a name a chart sheet holds passes to the next free one (汇总表 (2)).
 */
async function addSheets(context: Excel.RequestContext, plan: WritePlan, book: BookState): Promise<WritePlan> {
  const fresh = plan.sheets.filter((p) => !p.replaces);
  if (fresh.length === 0) return plan;
  const worksheets = context.workbook.worksheets;
  for (const p of fresh) worksheets.add(p.name);
  try {
    await context.sync();
    return plan;
  } catch (e) {
    if (officeCode(e) !== 'ItemAlreadyExists') throw e;
  }
  // A batch is not a transaction: the adds before the refused one were made.
  worksheets.load('items/name');
  await context.sync();
  const present = worksheets.items.map((w) => w.name);
  const taken = [...present, ...plan.sheets.map((p) => p.name)];
  const names = new Map<PlannedSheet, string>();
  for (const p of fresh) {
    if (present.includes(p.name)) continue;
    let name = p.name;
    for (let attempt = 0; ; attempt++) {
      worksheets.add(name);
      try {
        await context.sync();
        break;
      } catch (e) {
        if (officeCode(e) !== 'ItemAlreadyExists' || attempt >= 20) throw e;
        taken.push(name);
        name = chooseSheetName({ ...p.sheet, kind: null }, taken, new Map());
      }
    }
    taken.push(name);
    names.set(p, name);
  }
  const sheets = plan.sheets.map((p) => (names.has(p) ? { ...p, name: names.get(p)! } : p));
  const tags = new Map(book.tags);
  for (const p of sheets) if (p.sheet.kind) tags.set(p.name, p.sheet.kind);
  return { ...plan, sheets, tags };
}

async function writeMeta(worksheets: Excel.WorksheetCollection, exists: boolean, tags: ReadonlyMap<string, GeneratedKind>, budget: RequestBudget): Promise<void> {
  const rows = toMetaRows(tags);
  const values = rows.map((r) => r.map((v) => (typeof v === 'string' ? safeTextValue(v) : v)));
  await budget.reserve(opsCost(5, 3, 2 * utf8Bytes(values)));
  const ws = exists ? worksheets.getItem(META_SHEET_NAME) : worksheets.add(META_SHEET_NAME);
  if (exists) ws.getRange().clear('Contents');
  const range = ws.getRange(`A1:${columnLetters(rows[0].length - 1)}${rows.length}`);
  // Sheet names are the clerk's text: written as text, like every other.
  range.numberFormat = rows.map((r) => r.map(() => TEXT_FORMAT));
  range.values = values;
  ws.visibility = 'VeryHidden';
}
