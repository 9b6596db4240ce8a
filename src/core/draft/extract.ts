import { shift, toDecimal, fromInteger, type Decimal } from '../decimal';
import { foldWidth } from '../text/fold';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chineseNumerals';

/** A figure stated in prose, with where it stands and the words around it. */
export interface DraftFigure {
  /** UTF-16 offset and length of the figure in the input, unit included. */
  readonly offset: number;
  readonly length: number;
  readonly text: string;
  readonly value: Decimal;
  /** Decimals the figure is stated to (26.3万: −3). */
  readonly decimals: number;
  readonly approx: boolean;
  readonly percent: boolean;
  readonly fraction: boolean;
  /** Measure word after the number (宗, 家次, 万人次 → 人次 with the 万 applied). */
  readonly unit: string | null;
  /** Words before the figure back to the previous figure or punctuation, and after its unit. */
  readonly before: string;
  readonly after: string;
  readonly sentence: number;
  readonly paragraph: number;
  /** True when 其中 stands just before it. */
  readonly ofWhich: boolean;
}

/** Measure words, longest first so that 人次 wins over 人. */
const UNITS = [
  '万人次', '人次', '家次', '场次', '件次', '户次', '个百分点', '百分点', '万元', '亿元', '元', '宗', '件', '家', '个', '场', '份', '次', '期', '名', '人', '户', '项', '所', '起', '条', '批', '套', '台', '座', '篇', '本', '部', '支', '处', '天', '小时', '年', '月', '岁', '万', '亿',
].sort((a, b) => b.length - a.length);
const PREFIXES = ['超过', '将近', '大约', '接近', '约', '近', '超', '逾'];
const SUFFIXES = ['余', '多'];
const CLAUSE_BREAK = /[，,。；;：:！!？?\n、（）()]/;

/** Finds every figure in a text (SPEC §6): Arabic and Chinese numerals, 万/亿, 余/约, fractions, %. */
export function extractFigures(input: string): DraftFigure[] {
  const text = foldWidth(input);
  const figures: DraftFigure[] = [];
  const masked = maskQuoted(text);
  let paragraph = 0;
  let sentence = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n') {
      paragraph++;
      sentence++;
      i++;
      continue;
    }
    if (ch === '。' || ch === '；' || ch === ';' || ch === '！' || ch === '？') {
      sentence++;
      i++;
      continue;
    }
    const arabic = /^\d+(?:\.\d+)?(?:\/\d+)?/.exec(text.slice(i, i + 40));
    const chinese = !arabic && CHINESE_NUMERAL_CHARS.includes(ch) && !masked[i] ? /^[零〇一二两三四五六七八九十百千万亿]+/.exec(text.slice(i, i + 20)) : null;
    if (!arabic && !chinese) {
      i++;
      continue;
    }
    const start = i;
    const numberText = (arabic ?? chinese)![0];
    let end = i + numberText.length;
    const prev = text[i - 1] ?? '';
    if (arabic && (/[\d.]/.test(prev) || /[A-Za-z]/.test(prev))) {
      i = end;
      continue;
    }
    let value: Decimal | null;
    let decimals = 0;
    let fraction = false;
    if (arabic) {
      if (numberText.includes('/')) {
        const [a, b] = numberText.split('/').map(Number);
        value = b > 0 ? fromInteger(a).div(b) : null;
        fraction = true;
        decimals = 2;
      } else {
        value = toDecimal(numberText);
        decimals = numberText.includes('.') ? numberText.length - numberText.indexOf('.') - 1 : 0;
      }
    } else {
      const n = parseChineseNumeral(numberText);
      // A lone 一 (一个时期, 一企一策) and numerals inside names are words, not figures.
      value = n !== null && (numberText.length >= 2 || /[十百千万亿]/.test(numberText)) ? fromInteger(n) : null;
    }
    // Years, dates and ordinals are not statistics: 2023年, 12月6日, 第1.
    const rest = text.slice(end, end + 6);
    if (value === null || prev === '第' || (arabic && /^\s?(年|月|日|号)/.test(rest) && !/^\s?年(度)?[内以来中底初末]/.test(rest) && isDateLike(numberText, rest)) || (masked[i] && arabic && masked[i] === '《')) {
      i = end;
      continue;
    }
    let approx = false;
    let offset = start;
    for (const p of PREFIXES) {
      if (text.slice(start - p.length, start) === p) {
        approx = true;
        offset = start - p.length;
        break;
      }
    }
    let cursor = end + /^\s*/.exec(text.slice(end))![0].length;
    /** Takes the first of `options` that stands at the cursor, or nothing. */
    const eat = (options: readonly string[]): string | null => {
      const hit = options.find((o) => text.startsWith(o, cursor)) ?? null;
      if (hit) cursor += hit.length;
      return hit;
    };
    let unit: string | null = null;
    let power = 0;
    if (eat(SUFFIXES)) approx = true;
    const percent = eat(['%', '％']) !== null;
    if (!percent) {
      const multiplier = eat(['万', '亿']);
      if (multiplier) {
        power = multiplier === '万' ? 4 : 8;
        if (eat(SUFFIXES)) approx = true;
      }
      unit = eat(UNITS.filter((u) => u !== '万' && u !== '亿'));
    }
    if (chinese && unit === null && !percent) {
      i = end;
      continue;
    }
    end = cursor;
    figures.push({
      offset,
      length: end - offset,
      text: input.slice(offset, end),
      value: shift(value, power),
      decimals: decimals - power,
      approx,
      percent,
      fraction,
      unit,
      before: contextBefore(text, offset),
      after: contextAfter(text, end),
      sentence,
      paragraph,
      ofWhich: /其中[:：]?\s*[^，,。；;]{0,12}$/.test(text.slice(Math.max(0, offset - 14), offset)) && /其中/.test(contextBefore(text, offset)),
    });
    i = end;
  }
  return figures;
}

function isDateLike(numberText: string, rest: string): boolean {
  if (/^\s?年/.test(rest)) return /^(19|20)\d{2}$/.test(numberText);
  return /^\d{1,2}$/.test(numberText);
}

function contextBefore(text: string, at: number): string {
  let s = at;
  while (s > 0 && !CLAUSE_BREAK.test(text[s - 1]) && !/\d/.test(text[s - 1]) && at - s < 24) s--;
  return text.slice(s, at).replace(/[“”"‘’《》\s]/g, '');
}

function contextAfter(text: string, at: number): string {
  let e = at;
  while (e < text.length && !CLAUSE_BREAK.test(text[e]) && !/\d/.test(text[e]) && e - at < 12) e++;
  return text.slice(at, e).replace(/[“”"‘’《》\s]/g, '');
}

/** Marks characters inside “…” and 《…》 with the opening mark: names, not statistics. */
function maskQuoted(text: string): (string | null)[] {
  const out: (string | null)[] = new Array(text.length).fill(null);
  const pairs: Record<string, string> = { '“': '”', '《': '》', '"': '"' };
  let open: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open === null && ch in pairs) open = ch;
    else if (open !== null && ch === pairs[open]) open = null;
    else if (open !== null) out[i] = open;
  }
  return out;
}
