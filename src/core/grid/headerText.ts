import { STEMS } from './headerLexicon';
import { HEADER_SEARCH_ROWS } from './headerTable';
import { columnCount, textAt, type SheetGrid } from './types';

/** Rows below the header search area that a two-row header and a column-letter row may reach. */
const HEADER_DEPTH = HEADER_SEARCH_ROWS + 3;

/**
 * Header text as a reader of the printed form sees it: a merged cell's text belongs to every cell
 * it covers (学校名称 merged down A4:A5 heads both rows; 学生情况 merged across C4:E4 heads
 * C, D and E). Only the header area is spread, clipped to the sheet's real width, so a merge
 * claiming a million rows costs nothing; values of data cells are never copied into a merge.
 */
export function headerTextOf(sheet: SheetGrid): (row: number, col: number) => string {
  const merges = sheet.merges ?? [];
  if (merges.length === 0) return (r, c) => textAt(sheet, r, c);
  const width = columnCount(sheet);
  const spread = new Map<number, string>();
  for (const m of merges) {
    if (m.top >= HEADER_DEPTH || m.left >= width) continue;
    const text = textAt(sheet, m.top, m.left);
    if (text === '') continue;
    const bottom = Math.min(m.bottom, HEADER_DEPTH - 1);
    const right = Math.min(m.right, width - 1);
    for (let r = m.top; r <= bottom; r++) for (let c = m.left; c <= right; c++) spread.set(r * width + c, text);
  }
  return (r, c) => (r < HEADER_DEPTH && c < width ? spread.get(r * width + c) ?? textAt(sheet, r, c) : textAt(sheet, r, c));
}

/** True when a merge covering (row, col) reaches across more than one column. */
export function isMergedAcross(sheet: SheetGrid, row: number, col: number): boolean {
  return (sheet.merges ?? []).some((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right && m.right > m.left);
}


/**
 * A row of column letters under a header, as statistics-bureau forms print it: 甲 乙 丙 for the
 * text columns, then 1 2 3 … (or A B C …) for the figures, each run in order, at least two marks.
 */
export function isColumnLetterRow(sheet: SheetGrid, row: number): boolean {
  const marks = (sheet.values[row] ?? []).map((_, c) => textAt(sheet, row, c).replace(/[\s\u3000]/g, '')).filter((t) => t !== '');
  if (marks.length < 2) return false;
  let i = 0;
  while (i < marks.length && marks[i] === STEMS[i]) i++;
  const rest = marks.slice(i);
  if (rest.length === 0) return true;
  if (rest.every((m) => /^\d{1,3}$/.test(m))) return rest.every((m, k) => k === 0 || Number(m) === Number(rest[k - 1]) + 1);
  if (rest.every((m) => /^[A-Za-z]$/.test(m))) return rest.every((m, k) => k === 0 || m.toUpperCase().charCodeAt(0) === rest[k - 1].toUpperCase().charCodeAt(0) + 1);
  return false;
}
