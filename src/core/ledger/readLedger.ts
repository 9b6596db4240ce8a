import { HEADER_SEARCH_ROWS, isRowEmpty } from '../grid/headerTable';
import { cellAt, columnCount, formatAt, type SheetGrid } from '../grid/types';
import { toMatchKey } from '../text/fold';
import { rowHasFooter } from '../submission/readLong';
import type { Ledger, LedgerColumn } from './types';

/**
 * A ledger is any other sheet with a header row of column names over rows of records: the
 * first row in the top 30 with at least two text labels whose next row holds data.
 */
export function readLedger(sheet: SheetGrid): Ledger | null {
  const width = columnCount(sheet);
  const last = Math.min(sheet.values.length - 1, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const labels: { col: number; text: string }[] = [];
    for (let c = 0; c < width; c++) {
      const v = cellAt(sheet, r, c);
      if (typeof v === 'string' && v.trim() !== '') labels.push({ col: c, text: v.trim() });
    }
    if (labels.length < 2 || isRowEmpty(sheet, r + 1)) continue;
    let lastRow = r;
    for (let rr = r + 1; rr < sheet.values.length; rr++) {
      if (rowHasFooter(sheet, rr)) break;
      if (!isRowEmpty(sheet, rr)) lastRow = rr;
    }
    const columns: LedgerColumn[] = labels.map(({ col, text }) => {
      const values = [];
      const formats = [];
      for (let rr = r + 1; rr <= lastRow; rr++) {
        values.push(cellAt(sheet, rr, col));
        formats.push(formatAt(sheet, rr, col));
      }
      return { label: text, key: toMatchKey(text), col, values, formats };
    });
    return { sheet: sheet.name, headerRow: r, firstRow: r + 1, lastRow, columns };
  }
  return null;
}

