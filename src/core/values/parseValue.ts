import { APPROX_PREFIXES, APPROX_SUFFIXES, LEADING_GROUP_SEPARATOR, MULTIPLIERS, NOT_APPLICABLE } from './valueLexicon';
import { fromNumber, shift, decimalPlaces, toDecimal, type Decimal } from '../decimal';
import type { CellValue } from '../grid/types';
import { foldWidth, trimAll } from '../text/fold';
import { toFormatFacts } from './numberFormat';
import { MULTIPLIER_POWER, type Multiplier, type NumberReading, type Reading } from './reading';

/** Unit words: CJK characters with an optional "/" or "·" (元/人, 人·次). */
const UNIT_TEXT = /^[\u3400-\u9fff\uf900-\ufaff][\u3400-\u9fff\uf900-\ufaff/·]*$/;
const PLAIN_NUMBER = /^(\d+(?:\.\d+)?|\.\d+|\d+\.)/;
const GROUPED_NUMBER = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?)/;

/**
 * Reads one cell as a figure (SPEC §2.2). Total: every input gives a Reading, none throws.
 * `format` is the cell's number format; it decides percent and stated decimals.
 */
export function parseCellValue(value: CellValue, format?: string | null): Reading {
  if (value === null || value === undefined) return { kind: 'missing' };
  if (typeof value === 'number') return readNumberCell(value, format);
  if (typeof value === 'boolean') return { kind: 'invalid', raw: value ? 'TRUE' : 'FALSE', reason: 'boolean' };
  if (typeof value === 'string') return parseFigureText(value);
  switch (value.kind) {
    case 'error':
      return { kind: 'invalid', raw: value.code, reason: 'error' };
    case 'date':
      return { kind: 'invalid', raw: value.iso, reason: 'date' };
    case 'uncached':
      return { kind: 'invalid', raw: `=${value.formula}`, reason: 'uncached' };
  }
}

function readNumberCell(n: number, format: string | null | undefined): Reading {
  if (!Number.isFinite(n)) return { kind: 'invalid', raw: String(n), reason: 'error' };
  const facts = toFormatFacts(format);
  if (facts.date) return { kind: 'invalid', raw: String(n), reason: 'date' };
  let value = fromNumber(n);
  let decimals = facts.decimals ?? decimalPlaces(value);
  if (facts.percent) {
    value = shift(value, 2);
    if (facts.decimals === null) decimals = decimalPlaces(value);
  }
  const raw = facts.percent ? `${value.toFixed(decimals < 0 ? 0 : decimals)}%` : shown(value, facts.decimals);
  if (facts.suffix) {
    // 0.0"万人次" shows 26.3万人次: read the suffix the way the clerk reads it.
    const tail = splitMultiplierAndUnit(facts.suffix);
    if (tail) {
      const power = tail.multiplier ? MULTIPLIER_POWER[tail.multiplier] : 0;
      return {
        kind: 'number', value: shift(value, power), decimals: decimals - power, percent: facts.percent,
        approx: null, storedAsText: false, multiplier: tail.multiplier, unitText: tail.unit, raw: raw + facts.suffix,
      };
    }
  }
  return {
    kind: 'number', value, decimals, percent: facts.percent, approx: null, storedAsText: false,
    multiplier: null, unitText: null, raw,
  };
}

function shown(value: Decimal, decimals: number | null): string {
  return decimals === null ? value.toFixed() : value.toFixed(Math.max(0, decimals));
}

/** Reads hand-written figure text: "1，234", "２６.３万人次", "150余", "约150", "99.63%". */
export function parseFigureText(text: string): Reading {
  const raw = trimAll(text);
  if (raw === '') return { kind: 'missing' };
  if (NOT_APPLICABLE.has(raw)) return { kind: 'na', raw };
  let s = foldWidth(raw).replace(/\u2212/g, '-').trim();
  if (NOT_APPLICABLE.has(s)) return { kind: 'na', raw };

  /** Takes the first of `options` that starts the rest of the text, or nothing. */
  const eat = <T extends string>(options: readonly T[]): T | null => {
    const hit = options.find((o) => s.startsWith(o)) ?? null;
    if (hit) s = s.slice(hit.length).trim();
    return hit;
  };
  let marker: string | null = eat(APPROX_PREFIXES);
  let negative = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    negative = s[0] === '-';
    s = s.slice(1).trim();
  }
  const grouped = GROUPED_NUMBER.exec(s);
  let digits: string;
  if (grouped) {
    digits = grouped[1].replace(/,/g, '');
    s = s.slice(grouped[1].length);
  } else {
    const plain = PLAIN_NUMBER.exec(s);
    if (!plain) return { kind: 'invalid', raw, reason: 'text' };
    digits = plain[1].endsWith('.') ? plain[1].slice(0, -1) : plain[1];
    s = s.slice(plain[1].length);
    if (LEADING_GROUP_SEPARATOR.test(s)) return { kind: 'invalid', raw, reason: 'grouping' };
  }
  const number = toDecimal(digits);
  if (!number) return { kind: 'invalid', raw, reason: 'text' };
  const writtenDecimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  s = s.trim();
  // 余/多/+ may stand before or after 万 and %: 150余万, 1.5万余, 99%以上, 约150余.
  const before = eat(APPROX_SUFFIXES);
  const multiplier = eat(MULTIPLIERS);
  const between = eat(APPROX_SUFFIXES);
  const percent = eat(['%']) !== null;
  marker ??= before ?? between ?? eat(APPROX_SUFFIXES);
  let unitText: string | null = null;
  if (s !== '') {
    if (!UNIT_TEXT.test(s)) return { kind: 'invalid', raw, reason: 'text' };
    unitText = s;
  }
  if (percent && multiplier) return { kind: 'invalid', raw, reason: 'text' };

  const power = multiplier ? MULTIPLIER_POWER[multiplier] : 0;
  const signed = negative ? number.times(-1) : number;
  const reading: NumberReading = {
    kind: 'number',
    value: shift(signed, power),
    decimals: writtenDecimals - power,
    percent,
    approx: marker === null ? null : { marker, written: writtenWithoutUnit(raw, unitText) },
    storedAsText: true,
    multiplier,
    unitText,
    raw,
  };
  return reading;
}

/** "150余家次" → "150余"; "约26.3万人次" → "约26.3万" (the figure as written, for the narrative). */
function writtenWithoutUnit(raw: string, unitText: string | null): string {
  const folded = foldWidth(raw).trim();
  if (unitText && folded.endsWith(unitText)) return folded.slice(0, folded.length - unitText.length).trim();
  return folded;
}

function splitMultiplierAndUnit(suffix: string): { multiplier: Multiplier | null; unit: string | null } | null {
  let s = suffix.trim();
  let multiplier: Multiplier | null = null;
  for (const m of MULTIPLIERS) {
    if (s.startsWith(m)) {
      multiplier = m;
      s = s.slice(m.length).trim();
      break;
    }
  }
  if (s === '') return { multiplier, unit: null };
  return UNIT_TEXT.test(s) ? { multiplier, unit: s } : null;
}
