import { resolveStyle, type OutCell, type PlannedSheet, type ResolvedStyle } from '../../core';
import { RequestBudget, opsCost, utf8Bytes } from './payload';
import { pointsFor, writeRows, type RowWrite } from './writeRows';
import { safeTextValue, TEXT_FORMAT } from './safeText';

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

export interface RenderOptions {
  /** ExcelApi 1.9: page layout can be set. */
  readonly pageLayout: boolean;
}

/**
 * Renders one planned sheet into a worksheet, every group of calls budgeted: values and number
 * formats in blocks of rows, then one range per style block, links, merges, widths, heights,
 * frozen rows and print set-up.
 */
export async function renderSheet(ws: Excel.Worksheet, planned: PlannedSheet, budget: RequestBudget, options: RenderOptions): Promise<void> {
  await writeValues(ws, planned, budget);
  for (const b of planned.styleBlocks) {
    const style = resolveStyle(b.style);
    await budget.reserve(styleCost(style));
    styleRange(ws.getRangeByIndexes(b.top, b.left, b.rows, b.cols), style);
  }
  await writeLayout(ws, planned, budget);
  if (planned.sheet.page && options.pageLayout) {
    const page = planned.sheet.page;
    await budget.reserve(opsCost(4, 2, 64));
    ws.pageLayout.orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    ws.pageLayout.paperSize = 'A4';
    if (page.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (page.repeatRows) ws.pageLayout.setPrintTitleRows(`$${page.repeatRows[0]}:$${page.repeatRows[1]}`);
  }
}

/** Values and number formats in blocks of whole rows (writeRows). */
function writeValues(ws: Excel.Worksheet, planned: PlannedSheet, budget: RequestBudget): Promise<void> {
  const { sheet, width } = planned;
  return writeRows(ws, sheet.rows.length, width, (r) => rowOf(sheet.rows[r], width), budget);
}

function rowOf(row: readonly OutCell[], width: number): RowWrite {
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
  return [v, f];
}

/** Links, merges, column widths and hidden columns, row heights (a run of equal rows at once), frozen rows. */
async function writeLayout(ws: Excel.Worksheet, planned: PlannedSheet, budget: RequestBudget): Promise<void> {
  const { sheet } = planned;
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell?.link || cell.value === null) continue;
      const link = { documentReference: `'${cell.link.sheet.replace(/'/g, "''")}'!${cell.link.cell}`, textToDisplay: String(cell.value) };
      await budget.reserve(opsCost(1, 1, utf8Bytes(link)));
      ws.getRangeByIndexes(r, c, 1, 1).hyperlink = link;
    }
  }
  for (const m of sheet.merges) {
    await budget.reserve(opsCost(1, 1));
    ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  }
  for (let c = 0; c < sheet.widths.length; c++) {
    await budget.reserve(opsCost(1, 3));
    ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = pointsFor(sheet.widths[c]);
  }
  for (const c of sheet.hiddenColumns ?? []) {
    await budget.reserve(opsCost(1, 2));
    ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().columnHidden = true;
  }
  for (const run of heightRuns(sheet.rowHeights ?? {})) {
    await budget.reserve(opsCost(1, 3));
    ws.getRangeByIndexes(run.top, 0, run.rows, 1).getEntireRow().format.rowHeight = run.height;
  }
  if (sheet.freezeRows) {
    await budget.reserve(opsCost(1, 1));
    ws.freezePanes.freezeRows(sheet.freezeRows);
  }
}

/** Consecutive rows of one height, so that a sheet of equal rows takes one call. */
function heightRuns(heights: Readonly<Record<number, number>>): { top: number; rows: number; height: number }[] {
  const runs: { top: number; rows: number; height: number }[] = [];
  for (const [key, height] of Object.entries(heights).sort((a, b) => Number(a[0]) - Number(b[0]))) {
    const r = Number(key);
    const last = runs[runs.length - 1];
    if (last && last.top + last.rows === r && last.height === height) last.rows++;
    else runs.push({ top: r, rows: 1, height });
  }
  return runs;
}

/** The request bytes styleRange spends: its calls and the objects they go through. */
function styleCost(s: ResolvedStyle): number {
  let calls = 2 + (s.bold ? 1 : 0) + (s.italic ? 1 : 0) + (s.color ? 1 : 0) + (s.underline ? 1 : 0);
  let objects = 3; // range, format, font
  if (s.fill) {
    calls++;
    objects++;
  }
  calls += (s.align ? 1 : 0) + (s.valign ? 1 : 0) + (s.wrap ? 1 : 0);
  if (s.border) {
    calls += EDGES.length * 2;
    objects += 1 + EDGES.length;
  }
  return opsCost(calls, objects, 32 * calls);
}

/**
 * A freshly cleared range takes the base font and only what the style adds to it. (Indents need
 * ExcelApi 1.9 and no generated sheet uses one; the .xlsx writer applies them.)
 */
function styleRange(range: Excel.Range, s: ResolvedStyle): void {
  const font = range.format.font;
  font.name = s.font;
  font.size = s.size;
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.color) font.color = `#${s.color}`;
  if (s.underline) font.underline = 'Single';
  if (s.fill) range.format.fill.color = `#${s.fill}`;
  if (s.align) range.format.horizontalAlignment = s.align === 'left' ? 'Left' : s.align === 'center' ? 'Center' : 'Right';
  if (s.valign) range.format.verticalAlignment = s.valign === 'top' ? 'Top' : 'Center';
  if (s.wrap) range.format.wrapText = true;
  if (s.border) {
    for (const edge of EDGES) {
      const b = range.format.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = `#${s.border}`;
    }
  }
}
