import { fromA1, toA1, type CellRef } from '../../core';
import { META_FILLS_SHEET, type OfficeRuntime } from './runtime';
import { safeTextValue, TEXT_FORMAT } from './safeText';

/** At most this many cells are highlighted at once (a ledger column can hold 100,000). */
export const MAX_HIGHLIGHT = 2_000;
const HIGHLIGHT = '#FFE699';
const STORE_HEADER = ['sheet', 'cell', 'color', 'pattern', 'patternColor', 'tintAndShade'];

interface SavedFill {
  readonly sheet: string;
  readonly cell: string;
  readonly color: string;
  readonly pattern: string;
  readonly patternColor: string;
  readonly tintAndShade: number;
}

/**
 * Fills the cells of findings, first saving each cell's fill (colour, pattern, pattern colour,
 * tint) in a very hidden sheet, so that clearHighlights restores every fill exactly — even after
 * Excel is closed and reopened. This is the only write Huibian ever makes to a source sheet.
 */
export async function highlightCells(office: OfficeRuntime, refs: readonly CellRef[]): Promise<number> {
  const cells = expand(refs).slice(0, MAX_HIGHLIGHT);
  const patterns = office.isSetSupported('ExcelApi', '1.9');
  return office.run(async (context) => {
    const store = context.workbook.worksheets.getItemOrNullObject(META_FILLS_SHEET);
    const stored = store.getUsedRangeOrNullObject(true);
    stored.load('values');
    const fills = cells.map((c) => {
      const fill = context.workbook.worksheets.getItem(c.sheet).getRange(c.cell).format.fill;
      fill.load(patterns ? 'color,pattern,patternColor,tintAndShade' : 'color');
      return { ...c, fill };
    });
    await context.sync();
    const saved = new Set(!store.isNullObject && !stored.isNullObject ? (stored.values as string[][]).slice(1).map((r) => `${r[0]}!${r[1]}`) : []);
    const fresh: SavedFill[] = [];
    for (const c of fills) {
      if (saved.has(`${c.sheet}!${c.cell}`)) continue;
      fresh.push({ sheet: c.sheet, cell: c.cell, color: c.fill.color ?? '', pattern: patterns ? String(c.fill.pattern ?? '') : '', patternColor: patterns ? String(c.fill.patternColor ?? '') : '', tintAndShade: patterns ? Number(c.fill.tintAndShade ?? 0) : 0 });
    }
    const ws = store.isNullObject ? context.workbook.worksheets.add(META_FILLS_SHEET) : store;
    ws.visibility = 'VeryHidden';
    const rows = [...(saved.size === 0 ? [STORE_HEADER] : []), ...fresh.map((f) => [f.sheet, f.cell, f.color, f.pattern, f.patternColor, f.tintAndShade])];
    if (rows.length > 0) {
      const first = saved.size === 0 ? 0 : saved.size + 1;
      const range = ws.getRangeByIndexes(first, 0, rows.length, STORE_HEADER.length);
      range.numberFormat = rows.map((r) => r.map((v) => (typeof v === 'number' ? 'General' : TEXT_FORMAT)));
      range.values = rows.map((r) => r.map((v) => (typeof v === 'string' ? safeTextValue(v) : v)));
    }
    for (const c of fills) c.fill.color = HIGHLIGHT;
    await context.sync();
    return fills.length;
  });
}

/** Restores every fill highlightCells changed, then forgets them. */
export async function clearHighlights(office: OfficeRuntime): Promise<number> {
  const patterns = office.isSetSupported('ExcelApi', '1.9');
  return office.run(async (context) => {
    const store = context.workbook.worksheets.getItemOrNullObject(META_FILLS_SHEET);
    const stored = store.getUsedRangeOrNullObject(true);
    stored.load('values');
    await context.sync();
    if (store.isNullObject || stored.isNullObject) return 0;
    const rows = (stored.values as (string | number)[][]).slice(1);
    for (const [sheet, cell, color, pattern, patternColor, tint] of rows) {
      const fill = context.workbook.worksheets.getItem(String(sheet)).getRange(String(cell)).format.fill;
      if (pattern === 'None' || (!patterns && (color === '' || color === '#FFFFFF'))) {
        fill.clear();
        continue;
      }
      fill.color = String(color);
      if (patterns) {
        if (pattern) fill.pattern = String(pattern) as Excel.FillPattern;
        if (patternColor) fill.patternColor = String(patternColor);
        fill.tintAndShade = Number(tint);
      }
    }
    store.getRange().clear('All');
    await context.sync();
    return rows.length;
  });
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
