import { RequestBudget, opsCost, utf8Bytes } from './payload';
import { CELLS_PER_SYNC } from './runtime';

/** One row as Range.values and Range.numberFormat take it. */
export type RowWrite = readonly [(string | number | boolean)[], string[]];

/** At most this many value and format bytes go in one Range write (a request holds several). */
const BYTES_PER_WRITE = 1_000_000;

/** Excel column width in points for a width in characters (宋体 11: about 7 points a character). */
export const pointsFor = (chars: number): number => Math.round(chars * 7 + 5);

/**
 * Writes `count` rows of `width` cells from the top of a worksheet in blocks of whole rows, each
 * block under BYTES_PER_WRITE and CELLS_PER_SYNC, every block reserved in the request budget
 * (Excel on the web refuses a request over 5 MB, counted in UTF-8 bytes). Number formats go
 * first, so a text cell is "@" before its value arrives and never becomes a formula.
 */
export async function writeRows(ws: Excel.Worksheet, count: number, width: number, rowAt: (r: number) => RowWrite, budget: RequestBudget): Promise<void> {
  const maxRows = Math.max(1, Math.floor(CELLS_PER_SYNC / width));
  let top = 0;
  while (top < count) {
    const values: (string | number | boolean)[][] = [];
    const formats: string[][] = [];
    let bytes = 0;
    while (top + values.length < count && values.length < maxRows) {
      const [v, f] = rowAt(top + values.length);
      const rowBytes = utf8Bytes(v) + utf8Bytes(f);
      if (values.length > 0 && bytes + rowBytes > BYTES_PER_WRITE) break;
      values.push(v);
      formats.push(f);
      bytes += rowBytes;
    }
    await budget.reserve(opsCost(2, 1, bytes));
    const range = ws.getRangeByIndexes(top, 0, values.length, width);
    range.numberFormat = formats;
    range.values = values;
    top += values.length;
  }
}
