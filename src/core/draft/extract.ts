import { fromInteger, shift, toDecimal, type Decimal } from '../decimal';
import { parseChineseNumeral } from './chineseNumerals';
import { MEASURE_WORDS } from './measureWordLexicon';
import { APPROX_AFTER_NUMBER, APPROX_AFTER_UNIT, APPROX_BEFORE, CHINESE_COMMA, CHINESE_FIGURE_START, CHINESE_NUMERAL, DATE_AFTER, ENUMERATOR_CLOSE, MULTIPLIER_START, NOT_APPROX as NOT_APPROX_WORDS, NOT_DATE_AFTER, NUMBER_MULTIPLIERS, NUMERAL, OF_WHICH, OF_WHICH_BEFORE, ORDINAL_PREFIX, SENTENCE_END, TITLE_QUOTE, YEAR_AFTER } from './proseLexicon';
import { isOpenMeasureWord } from './units';
import { changeOf, quoteSpans, wordsAfter, wordsBefore } from './words';

export type { FigureRole } from './role';
import type { FigureRole } from './role';

/** A figure stated in prose or in a table row, with where it stands and the words around it. */
export interface DraftFigure extends StatedNumber {
  /** UTF-16 offset and length of the figure in the input, approximation marks and unit included. */
  readonly offset: number;
  readonly length: number;
  readonly text: string;
  /** The words that name the figure: the noun phrase before it (a table row's label). */
  readonly before: string;
  /** The words after its unit, to the end of the clause (78宗重点隐患: 重点隐患). */
  readonly after: string;
  readonly sentence: number;
  readonly paragraph: number;
  /** True when 其中 stands just before it. */
  readonly ofWhich: boolean;
  readonly role: FigureRole;
  /** True for a figure of a table row. */
  readonly inTable: boolean;
}

/** A number as prose or a table cell states it. */
export interface StatedNumber {
  /** The value with its multiplier applied (86.57亿元: 8657000000), in `unit`. */
  readonly value: Decimal;
  /** Decimals the figure is stated to, multiplier applied (26.3万: −3). */
  readonly decimals: number;
  /** The power of ten written as 万/亿 (26.3万人次: 4). */
  readonly power: number;
  readonly approx: boolean;
  readonly percent: boolean;
  readonly fraction: boolean;
  /** Measure word after the number and its multiplier (86.57亿元: 元), or the table's unit. */
  readonly unit: string | null;
}

export interface ExtractOptions {
  /** Units to try first, longest first (the catalogue's). */
  readonly units?: readonly string[];
  /** Ranges [start, end) of the text not to read as prose (tables), in ascending order. */
  readonly skip?: readonly (readonly [number, number])[];
}

const NOT_APPROX = new Set(NOT_APPROX_WORDS);
const MULTIPLIER_WORDS = NUMBER_MULTIPLIERS.map(([word]) => word);
const MULTIPLIER_POWER = new Map(NUMBER_MULTIPLIERS);
const SPACE = /[ \u00a0]/;
const ARABIC = /(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?/y;
const FRACTION = /\/(\d+)(?![\d.])/y;

/**
 * Finds every figure in prose (SPEC §6): Arabic and Chinese numerals, 万/亿, 余/约, fractions,
 * %, and any measure word after them. Years, dates, ordinals, enumerators and numerals in
 * names (“三项制度”, 《2023年方案》) are left alone. One pass over the text: linear in its length.
 */
export function extractFigures(input: string, options: ExtractOptions = {}): DraftFigure[] {
  const text = foldWidth(input);
  const units = unitMatcher(options.units ?? []);
  const quotes = quoteSpans(text);
  const skip = options.skip ?? [];
  const figures: DraftFigure[] = [];
  let skipAt = 0;
  let quoteAt = 0;
  let paragraph = 0;
  let sentence = 0;
  let lastEnd = 0;
  NUMERAL.lastIndex = 0;
  for (let m = NUMERAL.exec(text); m; m = NUMERAL.exec(text)) {
    const i = m.index;
    // Sentences and paragraphs are counted as their ends go by, in the same pass.
    if (m[0] === '\n') {
      paragraph++;
      sentence++;
      lastEnd = i + 1;
      continue;
    }
    if (SENTENCE_END.includes(m[0])) {
      sentence++;
      continue;
    }
    while (skipAt < skip.length && skip[skipAt][1] <= i) skipAt++;
    if (skipAt < skip.length && skip[skipAt][0] <= i) {
      // A table row's lines still count as paragraphs: jump to its end, counting them.
      for (let k = text.indexOf('\n', i); k >= 0 && k < skip[skipAt][1]; k = text.indexOf('\n', k + 1)) {
        paragraph++;
        sentence++;
      }
      lastEnd = skip[skipAt][1];
      NUMERAL.lastIndex = skip[skipAt][1];
      continue;
    }
    while (quoteAt < quotes.length && quotes[quoteAt].end <= i) quoteAt++;
    const quote = quoteAt < quotes.length && quotes[quoteAt].start < i ? quotes[quoteAt].mark : null;
    const reading = readFigure(text, input, i, units, quote);
    if (reading === null) {
      NUMERAL.lastIndex = i + 1;
      continue;
    }
    if ('skipTo' in reading) {
      NUMERAL.lastIndex = reading.skipTo;
      continue;
    }
    const { words, clause } = wordsBefore(text, reading.start, lastEnd);
    const change = changeOf(words, reading.percent);
    figures.push({
      offset: reading.start,
      length: reading.end - reading.start,
      text: input.slice(reading.start, reading.end),
      value: reading.value,
      decimals: reading.decimals,
      power: reading.power,
      approx: reading.approx,
      percent: reading.percent,
      fraction: reading.fraction,
      unit: reading.unit,
      before: change ? change.subject : words,
      after: wordsAfter(text, reading.end),
      sentence,
      paragraph,
      ofWhich: OF_WHICH_BEFORE.test(text.slice(Math.max(0, reading.start - 14), reading.start)) && clause.includes(OF_WHICH),
      role: change ? change.role : { kind: 'level' },
      inTable: false,
    });
    lastEnd = reading.end;
    NUMERAL.lastIndex = reading.end;
  }
  return figures;
}

/** The number at `at`, read as prose states it. */
export interface NumberReading extends StatedNumber {
  readonly start: number;
  readonly end: number;
}

/**
 * Reads the figure whose number starts at `at` in `text` (width-folded; `input` is the same
 * text as given, to tell an ASCII comma from a Chinese one). Null when there is none; skipTo
 * when the characters from `at` are no figure (a year, an ordinal, a numeral in a name).
 */
export function readFigure(text: string, input: string, at: number, units: UnitMatcher, quote: string | null): NumberReading | { skipTo: number } | null {
  const prev = text[at - 1] ?? '';
  const isDigit = text[at] >= '0' && text[at] <= '9';
  let numberText: string;
  let value: Decimal | null;
  let decimals = 0;
  let fraction = false;
  let end: number;
  if (isDigit) {
    if (/[\d.A-Za-z_]/.test(prev) || (input[at - 1] === ',' && /\d/.test(text[at - 2] ?? ''))) return { skipTo: skipDigits(text, at) };
    ARABIC.lastIndex = at;
    const m = ARABIC.exec(text)!;
    let whole = m[1];
    // Digit grouping (18,520) only with an ASCII comma: a Chinese comma separates clauses.
    if (whole.includes(',') && input.slice(at, at + whole.length).includes(CHINESE_COMMA)) whole = whole.slice(0, whole.indexOf(','));
    numberText = whole.replace(/,/g, '') + (whole === m[1] ? (m[2] ?? '') : '');
    end = at + whole.length + (whole === m[1] ? (m[2]?.length ?? 0) : 0);
    value = toDecimal(numberText);
    decimals = numberText.includes('.') ? numberText.length - numberText.indexOf('.') - 1 : 0;
    FRACTION.lastIndex = end;
    const f = !numberText.includes('.') ? FRACTION.exec(text) : null;
    if (f && !MULTIPLIER_START.test(text.slice(FRACTION.lastIndex, FRACTION.lastIndex + 1)) && Number(f[1]) > 0) {
      value = fromInteger(Number(numberText)).div(Number(f[1]));
      fraction = true;
      decimals = 2;
      end = FRACTION.lastIndex;
    }
    const rest = text.slice(end, end + 3);
    if (quote === TITLE_QUOTE || prev === ORDINAL_PREFIX || isYearOrDate(numberText, rest, prev) || /^:\d/.test(rest)) return { skipTo: end };
  } else {
    CHINESE_NUMERAL.lastIndex = at;
    numberText = CHINESE_NUMERAL.exec(text)![0];
    end = at + numberText.length;
    const n = parseChineseNumeral(numberText);
    // A lone 一 (一个时期, 一企一策), 千家万户 and numerals in names are words, not figures.
    if (quote !== null || prev === ORDINAL_PREFIX || n === null || !CHINESE_FIGURE_START.test(numberText)) return { skipTo: end };
    value = fromInteger(n);
  }
  if (value === null) return { skipTo: end };
  let start = at;
  let approx = false;
  for (const word of APPROX_BEFORE) {
    if (text.startsWith(word, at - word.length) && !(word.length === 1 && NOT_APPROX.has(text.slice(at - 2, at)))) {
      approx = true;
      start = at - word.length;
      break;
    }
  }
  let cursor = end;
  while (SPACE.test(text[cursor] ?? '')) cursor++;
  const eat = (options: readonly string[]): string | null => {
    const hit = options.find((o) => text.startsWith(o, cursor)) ?? null;
    if (hit) cursor += hit.length;
    return hit;
  };
  let power = 0;
  let unit: string | null = null;
  if (eat(APPROX_AFTER_NUMBER)) approx = true;
  const percent = !fraction && eat(['%']) !== null;
  if (!percent && !fraction) {
    const multiplier = isDigit ? eat(MULTIPLIER_WORDS) : null;
    if (multiplier) {
      power = MULTIPLIER_POWER.get(multiplier)!;
      if (eat(APPROX_AFTER_NUMBER)) approx = true;
    }
    unit = units(text, cursor);
    if (unit !== null) cursor += unit.length;
    else if (isDigit && isOpenMeasureWord(text[cursor] ?? '')) unit = text[cursor++];
    if (unit === null && eat(['‰'])) unit = '‰';
  }
  if (!isDigit && unit === null && !percent) return { skipTo: end };
  if (eat(APPROX_AFTER_UNIT)) approx = true;
  // An enumerator: (1) 1、 1. at the start of a line.
  if (isDigit && unit === null && !percent && power === 0 && (ENUMERATOR_CLOSE.test(text[end] ?? '') || (/^\.\D/.test(text.slice(end, end + 2)) && (prev === '' || prev === '\n')))) return { skipTo: end + 1 };
  return { start, end: cursor, value: shift(value, power), decimals: decimals - power, power, approx, percent, fraction, unit };
}

/** The longest unit standing at a position, or null. */
export type UnitMatcher = (text: string, at: number) => string | null;

/** A matcher for `preferred` (the catalogue's units) and the common measure words, longest first. */
export function unitMatcher(preferred: readonly string[]): UnitMatcher {
  const byFirst = new Map<string, string[]>();
  const add = (u: string): void => {
    if (u === '' || /^[\d.]/.test(u)) return;
    const list = byFirst.get(u[0]) ?? [];
    if (!list.includes(u)) list.push(u);
    byFirst.set(u[0], list);
  };
  for (const u of preferred) add(u);
  for (const u of MEASURE_WORDS) add(u);
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return (text, at) => byFirst.get(text[at])?.find((u) => text.startsWith(u, at)) ?? null;
}

function skipDigits(text: string, at: number): number {
  let i = at;
  while (i < text.length && /[\d.]/.test(text[i])) i++;
  return i;
}

function isYearOrDate(numberText: string, rest: string, prev: string): boolean {
  if (YEAR_AFTER.test(rest)) return /^(19|20)\d{2}$/.test(numberText);
  if (DATE_AFTER.test(rest)) return /^\d{1,2}$/.test(numberText) && !NOT_DATE_AFTER.test(rest);
  // 2023.12.6, 2023-12-06
  if (/^(19|20)\d{2}$/.test(numberText) && /^[-./]\d/.test(rest)) return true;
  return /^\d{1,2}$/.test(numberText) && /^[-./]\d/.test(rest) && /[-./]/.test(prev);
}

const IDEOGRAPHIC_SPACE = 0x3000;

/** Full-width ASCII to ASCII and U+3000 to a space, one UTF-16 unit for one: offsets stay. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c.charCodeAt(0) === IDEOGRAPHIC_SPACE ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}
