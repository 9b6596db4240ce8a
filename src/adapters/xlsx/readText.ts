import type { CellValue, SheetGrid } from '../../core';
import { CellLimitExceeded } from './limits';

/**
 * CSV and tab-separated text, as departments export it (UTF-8 with or without a BOM, or GBK
 * from Chinese Windows). Not SheetJS's CSV reader: its value guessing reads 99.63% as 0.9963
 * with no percent format, "3/4" as a date and "=1+1" as a formula, each against SPEC §2.2 and
 * §8. Here a quoted field is text, as written; an unquoted one is a number only where Excel
 * would read the same number, keeping the format it shows (22,448 → #,##0; 99.63% → 0.00%).
 */
export function readDelimitedText(data: Uint8Array, sheetName: string, maxCells = Infinity): SheetGrid {
  const text = decodeText(data);
  const delimiter = guessDelimiter(text);
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  let row: CellValue[] = [];
  let rowFormats: (string | null)[] | null = null;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let cells = 0;
  const endRow = (): void => {
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    values.push(row);
    if (rowFormats) formats[values.length - 1] = rowFormats;
    row = [];
    rowFormats = null;
  };
  while (i < text.length) {
    let field: CellValue;
    let format: string | null = null;
    if (text[i] === '"') {
      let end = i + 1;
      let value = '';
      for (;;) {
        const q = text.indexOf('"', end);
        if (q < 0) {
          value += text.slice(end);
          end = text.length;
          break;
        }
        value += text.slice(end, q);
        if (text[q + 1] === '"') {
          value += '"';
          end = q + 2;
          continue;
        }
        end = q + 1;
        break;
      }
      // Text after the closing quote (a malformed field) is kept as written.
      let stop = end;
      while (stop < text.length && text[stop] !== delimiter && text[stop] !== '\n' && text[stop] !== '\r') stop++;
      value += text.slice(end, stop);
      // A quoted error code was an error in the sheet the CSV came from (LibreOffice quotes it).
      field = value === '' ? null : ERROR.test(value) ? { kind: 'error', code: value } : value;
      i = stop;
    } else {
      let stop = i;
      while (stop < text.length && text[stop] !== delimiter && text[stop] !== '\n' && text[stop] !== '\r') stop++;
      const typed = typedText(text.slice(i, stop));
      field = typed.value;
      format = typed.format;
      i = stop;
    }
    if (format) {
      if (!rowFormats) rowFormats = new Array(row.length).fill(null);
      rowFormats[row.length] = format;
    } else if (rowFormats) {
      rowFormats[row.length] = null;
    }
    row.push(field);
    if (++cells > maxCells) throw new CellLimitExceeded(cells);
    if (text[i] === delimiter) {
      i++;
      if (i === text.length) row.push(null);
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
    endRow();
  }
  if (row.length > 0) endRow();
  while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
  return { name: sheetName, values, formats, hiddenRows: [], merges: [], visibility: 'visible' };
}

function decodeText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

/**
 * The separator of the first line outside quotes: tab, semicolon or comma (the default). A tie
 * goes to the tab: a comma may be a thousands separator, a tab never is.
 */
function guessDelimiter(text: string): string {
  const counts = new Map<string, number>([['\t', 0], [';', 0], [',', 0]]);
  let quoted = false;
  for (let i = 0; i < text.length && i < 64 * 1024; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  let most = 0;
  for (const [ch, n] of counts) {
    if (n > most) {
      best = ch;
      most = n;
    }
  }
  return best;
}

const PLAIN = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const ERROR = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const GROUPED = /^-?[1-9]\d{0,2}(?:,\d{3})+(?:\.(\d+))?$/;
const PERCENT = /^-?(?:0|[1-9]\d*)(?:\.(\d+))?%$/;

/**
 * Text with no type of its own (an unquoted CSV field, an HTML table cell): a number, an error
 * value, TRUE/FALSE or an ISO date where Excel would read one without doubt, a number with the
 * format it would show; anything else stays text
 * for the core to read (150余, 26.3万, 1,234 written with a full-width comma…). Numbers of more
 * than 15 significant digits (ID numbers) and leading zeros stay text.
 */
export function typedText(raw: string): { value: CellValue; format: string | null } {
  const s = raw.trim();
  if (s === '') return { value: raw === '' ? null : raw, format: null };
  if (ERROR.test(s)) return { value: { kind: 'error', code: s }, format: null };
  if (s === 'TRUE' || s === 'FALSE') return { value: s === 'TRUE', format: null };
  const date = ISO_DATE.exec(s);
  if (date) {
    const d = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
    if (d.getUTCMonth() === Number(date[2]) - 1 && d.getUTCDate() === Number(date[3])) return { value: { kind: 'date', iso: d.toISOString().slice(0, 10) }, format: null };
  }
  if (significantDigits(s) > 15) return { value: raw, format: null };
  if (PLAIN.test(s)) {
    // 1234.50 shows two decimals: keep them, as a cell formatted 0.00 would.
    const zeros = /\.\d*?0+$/.test(s) ? s.split('.')[1].length : 0;
    return { value: Number(s), format: zeros > 0 ? `0.${'0'.repeat(zeros)}` : null };
  }
  const grouped = GROUPED.exec(s);
  if (grouped) return { value: Number(s.replace(/,/g, '')), format: grouped[1] ? `#,##0.${'0'.repeat(grouped[1].length)}` : '#,##0' };
  const percent = PERCENT.exec(s);
  if (percent) return { value: Number(shiftLeft2(s.slice(0, -1))), format: percent[1] ? `0.${'0'.repeat(percent[1].length)}%` : '0%' };
  return { value: raw, format: null };
}

function significantDigits(s: string): number {
  return s.replace(/[^0-9]/g, '').replace(/^0+/, '').length;
}

/** "99.63" → "0.9963" on the digits, so the percent stays decimal-exact. */
function shiftLeft2(s: string): string {
  const negative = s.startsWith('-');
  const body = negative ? s.slice(1) : s;
  const [int, frac = ''] = body.split('.');
  const padded = int.padStart(3, '0');
  return `${negative ? '-' : ''}${padded.slice(0, -2)}.${padded.slice(-2)}${frac}`;
}
