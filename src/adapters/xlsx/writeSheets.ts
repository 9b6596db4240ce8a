import ExcelJS from 'exceljs';
import { META_SHEET_NAME, planSheetWrites, quoteSheetName, readGeneratedTags, resolveStyle, toA1, toMetaRows, type GeneratedKind, type OutCell, type OutSheet, type ResolvedStyle, type WorkbookGrid } from '../../core';
import type { CopyNotice } from './copyNotice';
import { BOOK_CREATOR } from './i18n/copyNotices';
import { readXlsx } from './readXlsx';

/** Data validations covering more cells than this are dropped from the copy (ExcelJS expands them cell by cell). */
const MAX_VALIDATED_CELLS = 200_000;
// Control characters are exactly what this looks for: ExcelJS drops them silently on write.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

export interface WrittenCopy {
  readonly bytes: Uint8Array;
  /** The name each sheet was written under, by its intended name (汇总表 → 汇总表 (2) when a user sheet had it). */
  readonly names: ReadonlyMap<string, string>;
  /** Things the clerk should know about the copy, as facts (renderCopyNotice writes the sentence). */
  readonly notices: readonly CopyNotice[];
}

/**
 * Writes a copy of an .xlsx with Huibian's generated sheets: its own sheets are replaced, a
 * user's sheet of the same name is left alone (the output goes to 汇总表 (2)), and source sheets
 * are carried over unchanged.
 */
export async function writeCopyWithSheets(data: Uint8Array, file: string, sheets: readonly OutSheet[]): Promise<WrittenCopy> {
  const notices: CopyNotice[] = [];
  const { book, grid, notices: readNotices } = await readXlsx(data, file, { maxValidatedCells: MAX_VALIDATED_CELLS });
  notices.push(...readNotices, ...controlCharNotices(grid));
  for (const ws of book.worksheets) keepPageNumbering(ws);
  const plan = planSheetWrites(sheets, book.worksheets.map((w) => w.name), readGeneratedTags(grid));
  notices.push(...plan.notices);
  for (const p of plan.sheets) renderSheet(book, p.name, p.sheet);
  writeMeta(book, plan.tags);
  const out = await book.xlsx.writeBuffer();
  return { bytes: new Uint8Array(out as ArrayBuffer), names: new Map(plan.sheets.map((p) => [p.sheet.name, p.name])), notices };
}

/** A new workbook holding only these sheets (blank submission forms), untagged. */
export async function writeNewWorkbook(sheets: readonly OutSheet[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = BOOK_CREATOR;
  for (const p of planSheetWrites(sheets, [], new Map()).sheets) renderSheet(book, p.name, p.sheet);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

function renderSheet(book: ExcelJS.Workbook, name: string, sheet: OutSheet): void {
  const old = book.getWorksheet(name);
  const orderNo = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
  if (old) book.removeWorksheet(old.id);
  const ws = book.addWorksheet(name);
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
  sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of sheet.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
  sheet.rows.forEach((row, r) => {
    const xr = ws.getRow(r + 1);
    const height = sheet.rowHeights?.[r];
    if (height) xr.height = height;
    row.forEach((c, col) => writeCell(xr.getCell(col + 1), c));
  });
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  if (sheet.freezeRows) ws.views = [{ state: 'frozen', ySplit: sheet.freezeRows, xSplit: 0 }];
  if (sheet.page) {
    ws.pageSetup = {
      paperSize: 9,
      orientation: sheet.page.orientation,
      fitToPage: sheet.page.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(sheet.page.repeatRows ? { printTitlesRow: `${sheet.page.repeatRows[0]}:${sheet.page.repeatRows[1]}` } : {}),
    };
  }
}

function writeCell(target: ExcelJS.Cell, c: OutCell): void {
  const value = typeof c.value === 'string' ? c.value.replace(new RegExp(CONTROL_CHARS.source, 'g'), '\ufffd') : c.value;
  if (c.link && value !== null) {
    const text = String(value).replace(/"/g, '""');
    const target_ = `#${quoteSheetName(c.link.sheet)}!${c.link.cell}`.replace(/"/g, '""');
    target.value = { formula: `HYPERLINK("${target_}","${text}")`, result: String(value) };
  } else if (c.formula) {
    target.value = { formula: c.formula.replace(/^=/, ''), result: value ?? undefined } as ExcelJS.CellFormulaValue;
  } else {
    // ExcelJS writes a string as a shared string: it never becomes a formula, even "=1+1".
    target.value = value;
  }
  if (c.numFmt) target.numFmt = c.numFmt;
  if (c.style) applyStyle(target, resolveStyle(c.style));
}

/** A cell styled as core's resolved style says: the base font and border colour come from there. */
function applyStyle(target: ExcelJS.Cell, s: ResolvedStyle): void {
  target.font = {
    name: s.font,
    size: s.size,
    ...(s.bold ? { bold: true } : {}),
    ...(s.italic ? { italic: true } : {}),
    ...(s.underline ? { underline: true } : {}),
    ...(s.color ? { color: { argb: `FF${s.color}` } } : {}),
  };
  if (s.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } };
  if (s.border) {
    const thin: ExcelJS.Border = { style: 'thin', color: { argb: `FF${s.border}` } };
    target.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  target.alignment = {
    ...(s.align ? { horizontal: s.align } : {}),
    ...(s.valign ? { vertical: s.valign } : {}),
    ...(s.wrap ? { wrapText: true } : {}),
    ...(s.indent ? { indent: s.indent } : {}),
  };
}

/**
 * ExcelJS reads a missing firstPageNumber as 1 and then writes useFirstPageNumber="1" for it;
 * clearing it keeps a source sheet's page set-up as it was.
 */
function keepPageNumbering(ws: ExcelJS.Worksheet): void {
  const setup = ws.pageSetup as Partial<ExcelJS.PageSetup> & { firstPageNumber?: number; useFirstPageNumber?: boolean };
  if (!setup.useFirstPageNumber) delete setup.firstPageNumber;
}

function writeMeta(book: ExcelJS.Workbook, tags: ReadonlyMap<string, GeneratedKind>): void {
  const old = book.getWorksheet(META_SHEET_NAME);
  if (old) book.removeWorksheet(old.id);
  const ws = book.addWorksheet(META_SHEET_NAME, { state: 'veryHidden' });
  for (const row of toMetaRows(tags)) ws.addRow(row);
}

function controlCharNotices(grid: WorkbookGrid): CopyNotice[] {
  const out: CopyNotice[] = [];
  for (const s of grid.sheets) {
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === 'string' && CONTROL_CHARS.test(v) && out.length < 5) {
          out.push({ kind: 'controlChars', sheet: s.name, cell: toA1(r, c) });
        }
      }),
    );
  }
  return out;
}
