import { CHINESE_AM, CHINESE_AM_PM, CHINESE_PM, TWELVE_HOUR, WEEK_PREFIX, WEEKDAYS } from './formatLexicon';
import Big from 'big.js';
import type { CellValue } from '../../core';

/**
 * What Excel shows in a cell, from its value and number format, for the page's read-only grid:
 * 0.9963 under 0.00% shows 99.63%, 22448 under #,##0 shows 22,448, a date under
 * yyyy"年"m"月"d"日" shows 2023年1月5日. Covers the formats statistics sheets use (General, 0,
 * 0.0, 0.00, #,##0, #,##0.00, 0%, 0.00%, @, literal text such as 0"万元", colours, up to four
 * sections, dates and times).
 */
export function cellText(value: CellValue, format?: string | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatNumber(value, format);
  switch (value.kind) {
    case 'error':
      return value.code;
    case 'uncached':
      return `=${value.formula}`;
    case 'date': {
      const section = format ? pickSection(format, 1) : null;
      return section && isDateSection(section) ? formatDate(fromIso(value.iso), section) : value.iso;
    }
  }
}

/** Whether the text a cell shows reads as a number (right-aligned, as Excel does). */
export function isNumeric(value: CellValue): boolean {
  return typeof value === 'number' || (typeof value === 'object' && value !== null && value.kind === 'date');
}

function formatNumber(n: number, format: string | null | undefined): string {
  if (!Number.isFinite(n)) return String(n);
  const code = BUILT_IN[format ?? ''] ?? format ?? '';
  if (code === '' || /^general$/i.test(code) || code === '@') return general(n);
  const sections = splitSections(code);
  // Two sections: positive and zero; negative. Three: positive; negative; zero. A fourth is for text.
  const negative = n < 0 && sections.length >= 2;
  const zero = n === 0 && sections.length >= 3;
  const section = clean(zero ? sections[2] : negative ? sections[1] : sections[0]);
  // An empty section hides its numbers (0;-0;; shows nothing for zero).
  if (section === '') return '';
  if (isDateSection(section)) return n >= 0 ? formatDate(fromSerial(n), section) : '#'.repeat(8);
  if (/general/i.test(section) && !/[0#?]/.test(section)) return literalAround(section, general(negative ? -n : n), /general/i);
  return pattern(section, negative ? Math.abs(n) : n);
}

/** Excel's built-in codes that ExcelJS reports in their US spelling; 14 is the system's short date (zh-CN: 2023/1/5). */
const BUILT_IN: Record<string, string> = { 'mm-dd-yy': 'yyyy/m/d', 'm/d/yy h:mm': 'yyyy/m/d h:mm' };

/** General: integers as they are, others to 11 characters at most, tiny and huge ones in E notation. */
function general(n: number): string {
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) return exponent(n, 5);
  const integerDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - integerDigits - (n < 0 ? 1 : 0));
  const text = round(n, decimals);
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

function exponent(n: number, digits: number): string {
  const [mantissa, exp] = n.toExponential(digits).split('e');
  const trimmed = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
  const e = Number(exp);
  return `${trimmed}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** Half away from zero on the decimal digits Excel keeps (15 significant), not on the binary float. */
function round(n: number, decimals: number): string {
  return new Big(n.toPrecision(15)).round(decimals, Big.roundHalfUp).toFixed(decimals);
}

function splitSections(code: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') i = closing(code, i);
    else if (ch === '\\') i++;
    else if (ch === ';') {
      out.push(code.slice(start, i));
      start = i + 1;
    }
  }
  out.push(code.slice(start));
  return out;
}

function pickSection(code: string, index: number): string {
  const sections = splitSections(code);
  return clean(sections[Math.min(index - 1, sections.length - 1)]);
}

function closing(code: string, open: number): number {
  const end = code.indexOf('"', open + 1);
  return end < 0 ? code.length : end;
}

/** Drops colours, conditions and locale tags ([Red], [>100], [$-804]); keeps elapsed time ([h]). */
function clean(section: string): string {
  return section.replace(/\[(?!h+\]|m+\]|s+\])[^\]]*\]/gi, '');
}

/** The section read as its pieces: literal text, and the codes that place the number. */
type Piece = { readonly literal: string } | { readonly code: string };

function pieces(section: string): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = closing(section, i);
      out.push({ literal: section.slice(i + 1, end) });
      i = end;
    } else if (ch === '\\') {
      out.push({ literal: section[i + 1] ?? '' });
      i++;
    } else if (ch === '_') {
      out.push({ literal: ' ' });
      i++;
    } else if (ch === '*') {
      i++;
    } else if ('0#?.,%'.includes(ch)) {
      out.push({ code: ch });
    } else if ((ch === 'E' || ch === 'e') && (section[i + 1] === '+' || section[i + 1] === '-')) {
      out.push({ code: `E${section[i + 1]}` });
      i++;
    } else {
      out.push({ literal: ch });
    }
  }
  return out;
}

/** A number under a digit pattern (0, #, ?, thousands, %, E+). */
function pattern(section: string, n: number): string {
  const parts = pieces(section);
  const codes = parts.flatMap((p) => ('code' in p ? [p.code] : []));
  const first = codes.findIndex((c) => '0#?'.includes(c));
  // A section of text alone ("—" for zero) shows the text.
  if (first < 0) return literalText(parts);
  const percents = codes.filter((c) => c === '%').length;
  const exp = codes.findIndex((c) => c.startsWith('E'));
  const mantissa = exp < 0 ? codes : codes.slice(0, exp);
  const point = mantissa.indexOf('.');
  const integer = point < 0 ? mantissa : mantissa.slice(0, point);
  const fraction = point < 0 ? [] : mantissa.slice(point + 1).filter((c) => '0#?'.includes(c));
  const integerDigits = integer.filter((c) => '0#?'.includes(c));
  const lastDigit = integer.map((c) => '0#?'.includes(c)).lastIndexOf(true);
  // A comma between digits groups thousands; commas after the last digit divide by 1,000 each.
  const grouped = integer.some((c, i) => c === ',' && i < lastDigit);
  const scaleDown = integer.slice(lastDigit + 1).filter((c) => c === ',').length;
  let value = new Big(n.toPrecision(15)).times(new Big(100).pow(percents)).div(new Big(1000).pow(scaleDown));
  let digits: string;
  if (exp >= 0) {
    const e = value.eq(0) ? 0 : Math.floor(Math.log10(Math.abs(value.toNumber()))) - (integerDigits.length - 1);
    value = value.div(new Big(10).pow(e));
    digits = `${placeDigits(value, integerDigits, fraction, grouped)}E${e < 0 ? '-' : codes[exp] === 'E+' ? '+' : ''}${String(Math.abs(e)).padStart(Math.max(1, codes.slice(exp + 1).filter((c) => '0#?'.includes(c)).length), '0')}`;
  } else {
    digits = placeDigits(value, integerDigits, fraction, grouped);
  }
  // The number goes where its first digit code stood; literal text and % keep their places.
  let out = '';
  let placed = false;
  for (const p of parts) {
    if ('literal' in p) out += p.literal;
    else if (p.code === '%') out += '%';
    else if (!placed && '0#?'.includes(p.code)) {
      out += digits;
      placed = true;
    }
  }
  return out;
}

function placeDigits(value: Big, integer: readonly string[], fraction: readonly string[], grouped: boolean): string {
  const negative = value.lt(0);
  const fixed = value.abs().round(fraction.length, Big.roundHalfUp).toFixed(fraction.length);
  const [digits, decimals = ''] = fixed.split('.');
  const minimum = integer.filter((c) => c === '0').length;
  let whole = (digits === '0' && minimum === 0 ? '' : digits).padStart(minimum, '0');
  if (grouped) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  // Trailing # decimals drop their zeros; trailing ? keep the place as a space.
  let end = decimals.length;
  while (end > 0 && fraction[end - 1] !== '0' && decimals[end - 1] === '0') end--;
  const kept = decimals.slice(0, end) + (fraction.slice(end).some((c) => c === '?') ? ' '.repeat(fraction.length - end) : '');
  const point = fraction.length > 0 ? '.' : '';
  // Excel keeps the sign of a negative number that rounds to zero (-0.0).
  const sign = negative ? '-' : '';
  return `${sign}${whole}${point}${kept}`;
}

function literalText(parts: readonly Piece[]): string {
  return parts.map((p) => ('literal' in p ? p.literal : p.code === '%' ? '%' : '')).join('');
}

function literalAround(section: string, shown: string, token: RegExp): string {
  const m = token.exec(section);
  if (!m) return shown;
  return literalText(pieces(section.slice(0, m.index))) + shown + literalText(pieces(section.slice(m.index + m[0].length)));
}

function isDateSection(section: string): boolean {
  const bare = section.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[ymdhs]/i.test(bare.replace(/general/gi, '').replace(/E[+-]/g, '')) && !/[0#?]/.test(bare.replace(/\[[^\]]*\]/g, '').replace(/s+\.0+/i, ''));
}

interface Moment {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  readonly h: number;
  readonly min: number;
  readonly s: number;
  /** 0 = Sunday. */
  readonly weekday: number;
}

/** Excel's 1900 date system: serial 1 is 1900-01-01, with its phantom 1900-02-29 (serial 60). */
function fromSerial(serial: number): Moment {
  const days = Math.floor(serial);
  const seconds = Math.round((serial - days) * 86400);
  const utc = Date.UTC(1899, 11, days < 61 ? 31 : 30) + days * 86_400_000 + seconds * 1000;
  const t = new Date(utc);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), h: t.getUTCHours(), min: t.getUTCMinutes(), s: t.getUTCSeconds(), weekday: t.getUTCDay() };
}

function fromIso(iso: string): Moment {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return { y: 0, m: 0, d: 0, h: 0, min: 0, s: 0, weekday: 0 };
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), h: 0, min: 0, s: 0, weekday: t.getUTCDay() };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatDate(t: Moment, section: string): string {
  const twelve = TWELVE_HOUR.test(section);
  let out = '';
  let afterHour = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    const run = (c: string): number => {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === c) j++;
      return j - i;
    };
    const lower = ch.toLowerCase();
    if (ch === '"') {
      const end = closing(section, i);
      out += section.slice(i + 1, end);
      i = end;
    } else if (ch === '\\') {
      out += section[i + 1] ?? '';
      i++;
    } else if (section.slice(i, i + 5).toUpperCase() === 'AM/PM') {
      out += t.h < 12 ? 'AM' : 'PM';
      i += 4;
    } else if (section.slice(i, i + CHINESE_AM_PM.length) === CHINESE_AM_PM) {
      out += t.h < 12 ? CHINESE_AM : CHINESE_PM;
      i += 4;
    } else if (lower === 'y') {
      const k = run('y');
      out += k <= 2 ? String(t.y % 100).padStart(2, '0') : String(t.y);
      i += k - 1;
    } else if (lower === 'm') {
      const k = run('m');
      // m after h, or before s, is minutes.
      const minutes = afterHour || /^[^a-z]*s/i.test(section.slice(i + k).replace(/"[^"]*"/g, ''));
      if (minutes && k <= 2) out += k === 2 ? String(t.min).padStart(2, '0') : String(t.min);
      else out += k === 1 ? String(t.m) : k === 2 ? String(t.m).padStart(2, '0') : k === 3 ? MONTHS[t.m - 1] : k === 5 ? MONTHS[t.m - 1][0] : MONTHS[t.m - 1];
      afterHour = false;
      i += k - 1;
    } else if (lower === 'd') {
      const k = run('d');
      out += k === 1 ? String(t.d) : k === 2 ? String(t.d).padStart(2, '0') : String(t.d);
      i += k - 1;
    } else if (lower === 'a' && run('a') >= 3) {
      const k = run('a');
      out += k === 3 ? WEEKDAYS[t.weekday] : WEEK_PREFIX + WEEKDAYS[t.weekday];
      i += k - 1;
    } else if (lower === 'h') {
      const k = run('h');
      const h = twelve ? t.h % 12 || 12 : t.h;
      out += k >= 2 ? String(h).padStart(2, '0') : String(h);
      afterHour = true;
      i += k - 1;
    } else if (lower === 's') {
      const k = run('s');
      out += k >= 2 ? String(t.s).padStart(2, '0') : String(t.s);
      i += k - 1;
    } else if (ch === '[' || ch === ']' || ch === '_' || ch === '*') {
      if (ch === '_' || ch === '*') i++;
    } else {
      out += ch;
    }
  }
  return out;
}
