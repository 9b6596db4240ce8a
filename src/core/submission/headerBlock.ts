import { textAt, type SheetGrid } from '../grid/types';
import { trimAll } from '../text/fold';
import { splitHeaderPairs, toHeaderKey, type HeaderKey } from '../text/labelLexicon';
import type { HeaderBlock } from './types';

/**
 * Reads 填报单位、报告期、填报人、联系电话 from the rows above a table: either one cell
 * "key：value" (full- or half-width colon) or a key cell followed by a value cell.
 */
export function readHeaderBlock(sheet: SheetGrid, beforeRow: number): HeaderBlock {
  const found = new Map<HeaderKey, string>();
  const put = (key: HeaderKey, value: string): void => {
    if (!found.has(key) && value !== '') found.set(key, value);
  };
  for (let r = 0; r < beforeRow; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = textAt(sheet, r, c);
      if (text === '') continue;
      const pairs = splitHeaderPairs(text);
      if (pairs.length > 0) {
        for (const p of pairs) put(p.key, p.value !== '' ? p.value : nextText(sheet, r, c));
        continue;
      }
      const key = toHeaderKey(text);
      if (key) put(key, nextText(sheet, r, c));
    }
  }
  const period = found.get('period') ?? null;
  return {
    reporter: found.get('reporter') ?? null,
    period,
    year: toYear(period),
    preparer: found.get('preparer') ?? null,
    phone: found.get('phone') ?? null,
  };
}

function nextText(sheet: SheetGrid, row: number, col: number): string {
  const width = sheet.values[row]?.length ?? 0;
  for (let c = col + 1; c < width; c++) {
    const t = trimAll(textAt(sheet, row, c));
    if (t !== '') return toHeaderKey(t) ? '' : t;
  }
  return '';
}

function toYear(text: string | null): number | null {
  if (!text) return null;
  const m = /((?:19|20)\d{2})/.exec(text);
  return m ? Number(m[1]) : null;
}
