import { META_SHEET_NAME, STYLES, chooseSheetName, columnLetters, readGeneratedTags, toMetaRows, type CellStyle, type GeneratedKind, type OutSheet, type SheetGrid, type StyleSpec } from '../../core';
import { protectedSheet } from './errors';
import { CELLS_PER_SYNC, TAG_PROPERTY, type OfficeRuntime } from './runtime';
import { safeTextValue, TEXT_FORMAT } from './safeText';

/** Excel column width in points for a width in characters (Calibri 11: about 7 points a character). */
const pointsFor = (chars: number): number => Math.round(chars * 7 + 5);

/**
 * Writes Huibian's sheets into the open workbook in a constant number of syncs: one to read the
 * sheet list, tags and protection, then the contents in blocks under the request cap. Its own
 * sheets are rewritten in place (Worksheet.delete would clear the clerk's undo stack), a
 * user's sheet is never written to, a protected target stops with a clear message.
 */
export async function writeGeneratedSheets(office: OfficeRuntime, sheets: readonly OutSheet[]): Promise<Map<string, string>> {
  const customProperties = office.isSetSupported('ExcelApi', '1.12');
  const pageLayout = office.isSetSupported('ExcelApi', '1.9');
  return office.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/visibility');
    const meta = worksheets.getItemOrNullObject(META_SHEET_NAME);
    const metaUsed = meta.getUsedRangeOrNullObject(true);
    metaUsed.load('values');
    const protections = new Map<string, Excel.WorksheetProtection>();
    const props = new Map<string, Excel.WorksheetCustomProperty>();
    await context.sync();
    for (const ws of worksheets.items) {
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
    const metaGrid: SheetGrid[] = !meta.isNullObject && !metaUsed.isNullObject ? [{ name: META_SHEET_NAME, values: metaUsed.values as SheetGrid['values'] }] : [];
    const tagged: SheetGrid[] = [...props].filter(([, p]) => !p.isNullObject).map(([name, p]) => ({ name, values: [], generated: p.value as GeneratedKind }));
    const tags = readGeneratedTags({ name: '', sheets: [...metaGrid, ...tagged, ...names.map((n) => ({ name: n, values: [] }))] });
    const written = new Map<string, string>();
    if (office.isSetSupported('ExcelApi', '1.9')) context.application.suspendScreenUpdatingUntilNextSync();
    let budget = 0;
    const spend = async (cells: number): Promise<void> => {
      if (budget > 0 && budget + cells > CELLS_PER_SYNC) {
        await context.sync();
        budget = 0;
      }
      budget += cells;
    };
    for (const sheet of sheets) {
      const name = chooseSheetName(sheet, names, tags);
      const exists = names.some((n) => n === name);
      if (exists && protections.get(name)?.protected) throw protectedSheet(name);
      const ws = exists ? worksheets.getItem(name) : worksheets.add(name);
      if (exists) {
        const all = ws.getRange();
        all.unmerge();
        all.clear('All');
      } else {
        names.push(name);
      }
      await renderSheet(ws, sheet, spend, pageLayout);
      if (sheet.kind) {
        tags.set(name, sheet.kind);
        if (customProperties) ws.customProperties.add(TAG_PROPERTY, sheet.kind);
      }
      written.set(sheet.name, name);
    }
    writeMeta(worksheets, meta, tags);
    await context.sync();
    return written;
  });
}

async function renderSheet(ws: Excel.Worksheet, sheet: OutSheet, spend: (cells: number) => Promise<void>, pageLayout: boolean): Promise<void> {
  let width = Math.max(1, sheet.widths.length);
  for (const r of sheet.rows) if (r.length > width) width = r.length;
  const rows = sheet.rows.length;
  const step = Math.max(1, Math.floor(CELLS_PER_SYNC / width));
  for (let top = 0; top < rows; top += step) {
    const count = Math.min(step, rows - top);
    await spend(count * width);
    const values: (string | number | boolean)[][] = [];
    const formats: string[][] = [];
    for (let r = top; r < top + count; r++) {
      const row = sheet.rows[r];
      const v: (string | number | boolean)[] = [];
      const f: string[] = [];
      for (let c = 0; c < width; c++) {
        const cell = row[c];
        if (!cell || cell.value === null) {
          v.push('');
          f.push('General');
        } else if (cell.formula) {
          v.push(`=${cell.formula.replace(/^=/, '')}`);
          f.push(cell.numFmt ?? 'General');
        } else if (typeof cell.value === 'number') {
          v.push(cell.value);
          f.push(cell.numFmt ?? 'General');
        } else {
          v.push(safeTextValue(cell.value));
          f.push(TEXT_FORMAT);
        }
      }
      values.push(v);
      formats.push(f);
    }
    const range = ws.getRangeByIndexes(top, 0, count, width);
    // Number formats first: text cells are "@" before their values arrive.
    range.numberFormat = formats;
    range.values = values;
  }
  applyStyles(ws, sheet);
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell?.link && cell.value !== null) {
        ws.getRangeByIndexes(r, c, 1, 1).hyperlink = { documentReference: `'${cell.link.sheet.replace(/'/g, "''")}'!${cell.link.cell}`, textToDisplay: String(cell.value) };
      }
    }),
  );
  for (const m of sheet.merges) ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  sheet.widths.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = pointsFor(w)));
  for (const c of sheet.hiddenColumns ?? []) ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().columnHidden = true;
  for (const [r, h] of Object.entries(sheet.rowHeights ?? {})) ws.getRangeByIndexes(Number(r), 0, 1, 1).getEntireRow().format.rowHeight = h;
  if (sheet.freezeRows) ws.freezePanes.freezeRows(sheet.freezeRows);
  if (sheet.page && pageLayout) {
    ws.pageLayout.orientation = sheet.page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    ws.pageLayout.paperSize = 'A4';
    if (sheet.page.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (sheet.page.repeatRows) ws.pageLayout.setPrintTitleRows(`$${sheet.page.repeatRows[0]}:$${sheet.page.repeatRows[1]}`);
  }
}

/** Runs of same-styled cells in a row become one range each, so the request stays small. */
function applyStyles(ws: Excel.Worksheet, sheet: OutSheet): void {
  sheet.rows.forEach((row, r) => {
    let start = 0;
    for (let c = 1; c <= row.length; c++) {
      const prev = row[c - 1]?.style;
      if (c < row.length && row[c]?.style === prev) continue;
      if (prev) styleRange(ws.getRangeByIndexes(r, start, 1, c - start), STYLES[prev as CellStyle]);
      start = c;
    }
  });
}

function styleRange(range: Excel.Range, s: StyleSpec): void {
  const font = range.format.font;
  font.name = '宋体';
  font.size = s.size ?? 11;
  font.bold = s.bold ?? false;
  font.italic = s.italic ?? false;
  if (s.color) font.color = `#${s.color}`;
  if (s.underline) font.underline = 'Single';
  if (s.fill) range.format.fill.color = `#${s.fill}`;
  if (s.align) range.format.horizontalAlignment = s.align === 'left' ? 'Left' : s.align === 'center' ? 'Center' : 'Right';
  if (s.valign) range.format.verticalAlignment = s.valign === 'top' ? 'Top' : 'Center';
  if (s.wrap) range.format.wrapText = true;
  if (s.border) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical'] as const) {
      const b = range.format.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = '#808080';
    }
  }
}

function writeMeta(worksheets: Excel.WorksheetCollection, meta: Excel.Worksheet, tags: ReadonlyMap<string, GeneratedKind>): void {
  const rows = toMetaRows(tags);
  const ws = meta.isNullObject ? worksheets.add(META_SHEET_NAME) : meta;
  if (!meta.isNullObject) ws.getRange().clear('Contents');
  const range = ws.getRange(`A1:${columnLetters(rows[0].length - 1)}${rows.length}`);
  // Sheet names are the clerk's text: written as text, like every other.
  range.numberFormat = rows.map((r) => r.map(() => TEXT_FORMAT));
  range.values = rows.map((r) => r.map((v) => (typeof v === 'string' ? safeTextValue(v) : v)));
  ws.visibility = 'VeryHidden';
}
