import type { CellValue, SheetGrid } from '../../core';
import { lastAtOrBefore } from '../../core';
import { cellText } from './cellText';

/** Pixel geometry of the page's grid: one row height, the row-number column, column widths. */
export const ROW_HEIGHT = 24;
export const ROW_HEADER_WIDTH = 48;
export const MIN_COLUMN_WIDTH = 28;
const DEFAULT_COLUMN_WIDTH = 72;
const MAX_AUTO_WIDTH = 280;
/** Excel's last column is XFD (16,384); a sheet with more than this is not a table to read by eye. */
const MAX_COLUMNS = 2000;
/** Rows sampled to size columns: enough for headers and the first screens of figures. */
const SAMPLE_ROWS = 300;
const CELL_PADDING = 8;
/** How far left to look for text spilling into the first column in view. */
const MAX_SPILL_LOOKBACK = 64;

/**
 * Empty rows and columns drawn past the last filled ones, as Excel's grid goes on: text in the
 * last column can spill, and a cell at the table's edge can still be scrolled to the middle.
 */
export const EXTRA_ROWS = 5;
const EXTRA_COLUMNS = 3;

/** Columns the grid draws: the longest row's length and a few empty ones. */
export function columnCount(sheet: SheetGrid): number {
  let n = 1;
  for (const row of sheet.values) if (row.length > n) n = row.length;
  return Math.min(n + EXTRA_COLUMNS, MAX_COLUMNS);
}

/** The width a text needs at the grid's 12 px type: CJK and full-width characters take twice a Latin one. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 12 : 7;
  return w;
}

/** Horizontal merged areas: for each row, the spans [left, right] whose text crosses columns. */
export function rowSpans(sheet: SheetGrid): ReadonlyMap<number, readonly { readonly left: number; readonly right: number }[]> {
  const spans = new Map<number, { left: number; right: number }[]>();
  for (const m of sheet.merges ?? []) {
    if (m.right <= m.left) continue;
    const list = spans.get(m.top) ?? [];
    list.push({ left: m.left, right: m.right });
    spans.set(m.top, list);
  }
  return spans;
}

/** Column widths that fit what the first rows show, as Excel's AutoFit would, within bounds. */
export function autoWidths(sheet: SheetGrid, columns: number): number[] {
  const widths = new Array<number>(columns).fill(0);
  const spans = rowSpans(sheet);
  const rows = Math.min(sheet.values.length, SAMPLE_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = sheet.values[r];
    const merged = spans.get(r) ?? [];
    // A title or a footer alone on its row spills over its neighbours; it does not size its column.
    if (row.filter((v) => !isBlank(v)).length <= 1) continue;
    for (let c = 0; c < Math.min(row.length, columns); c++) {
      if (merged.some((s) => s.left === c)) continue;
      const w = textWidth(cellText(row[c], sheet.formats?.[r]?.[c])) + CELL_PADDING;
      if (w > widths[c]) widths[c] = w;
    }
  }
  return widths.map((w) => (w <= CELL_PADDING ? DEFAULT_COLUMN_WIDTH : Math.min(MAX_AUTO_WIDTH, Math.max(MIN_COLUMN_WIDTH + 12, w))));
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === '';
}

/** One box the grid draws in a row: a cell, or a merged area or spilling text over several columns. */
export interface Piece {
  readonly col: number;
  readonly right: number;
}

/**
 * The boxes a row draws over the columns first…last, as Excel draws them: a merged area as one
 * box, and text too wide for its cell spilling over the empty cells to its right. A box that
 * starts left of `first` but reaches into view is drawn from its start.
 */
export function rowPieces(row: readonly CellValue[], spans: readonly { readonly left: number; readonly right: number }[], offsets: readonly number[], first: number, last: number, widthOf: (col: number) => number): Piece[] {
  const columns = offsets.length - 1;
  const mergedAt = (c: number) => spans.find((s) => c >= s.left && c <= s.right);
  const spill = (c: number): number => {
    const v = row[c];
    if (typeof v !== 'string' || mergedAt(c)) return c;
    const need = widthOf(c) + CELL_PADDING;
    let right = c;
    while (offsets[right + 1] - offsets[c] < need && right + 1 < columns && isBlank(row[right + 1]) && !mergedAt(right + 1)) right++;
    return right;
  };
  const pieces: Piece[] = [];
  let c = first;
  // What covers the first column in view may start left of it.
  const cover = mergedAt(first);
  if (cover) {
    pieces.push({ col: cover.left, right: cover.right });
    c = cover.right + 1;
  } else if (isBlank(row[first])) {
    for (let k = first - 1; k >= 0 && first - k <= MAX_SPILL_LOOKBACK; k--) {
      if (isBlank(row[k]) && !mergedAt(k)) continue;
      const right = spill(k);
      if (right >= first) {
        pieces.push({ col: k, right });
        c = right + 1;
      }
      break;
    }
  }
  for (; c < last; ) {
    const merged = mergedAt(c);
    const right = merged ? merged.right : spill(c);
    pieces.push({ col: merged ? merged.left : c, right });
    c = right + 1;
  }
  return pieces;
}

/** Left edge of each column, and the total width at the end. */
export function columnOffsets(widths: readonly number[]): number[] {
  const out = [0];
  for (const w of widths) out.push(out[out.length - 1] + w);
  return out;
}

/** The column at x (content pixels, row numbers excluded). */
export function columnAt(offsets: readonly number[], x: number): number {
  // offsets has one more entry than there are columns: the last is the right edge.
  return lastAtOrBefore(offsets, x, offsets.length - 2);
}

export interface Scroll {
  readonly top: number;
  readonly left: number;
}

/**
 * Where to scroll so that a cell is wholly visible, below the sticky column letters and right
 * of the sticky row numbers; the scroll unchanged when it already is. A cell brought into
 * view is centred, so the figures around it show too.
 */
export function scrollToShow(scroll: Scroll, view: { readonly width: number; readonly height: number }, cell: { readonly row: number; readonly x: number; readonly width: number }): Scroll {
  const y = (cell.row + 1) * ROW_HEIGHT;
  const visibleHeight = view.height - ROW_HEIGHT;
  const visibleWidth = view.width - ROW_HEADER_WIDTH;
  const rowShown = y - scroll.top >= ROW_HEIGHT && y + ROW_HEIGHT - scroll.top <= view.height;
  const colShown = cell.x >= scroll.left && cell.x + cell.width - scroll.left <= visibleWidth;
  return {
    top: rowShown ? scroll.top : Math.max(0, Math.round(y - ROW_HEIGHT - (visibleHeight - ROW_HEIGHT) / 2)),
    left: colShown ? scroll.left : Math.max(0, Math.round(cell.x - Math.max(0, (visibleWidth - cell.width) / 2))),
  };
}
