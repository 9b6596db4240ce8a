/**
 * What a cell's number format says about its number: percent (the format, not the number,
 * decides that 0.9963 means 99.63 %), date, stated decimals, and literal text such as 0"万元".
 */

export interface FormatFacts {
  readonly percent: boolean;
  readonly date: boolean;
  readonly text: boolean;
  /** Decimals the format shows, or null for General. */
  readonly decimals: number | null;
  /** Literal text the format appends ("万人次" in 0.0"万人次"), or null. */
  readonly suffix: string | null;
}

const GENERAL: FormatFacts = { percent: false, date: false, text: false, decimals: null, suffix: null };
const cache = new Map<string, FormatFacts>();

/** Facts of the positive section of a format; General or empty gives all-false. */
export function toFormatFacts(format: string | null | undefined): FormatFacts {
  if (!format || format === 'General') return GENERAL;
  const hit = cache.get(format);
  if (hit) return hit;
  const facts = analyse(format);
  if (cache.size < 10_000) cache.set(format, facts);
  return facts;
}

function analyse(format: string): FormatFacts {
  const section = firstSection(format);
  let plain = '';
  let suffix = '';
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const literal = end < 0 ? section.slice(i + 1) : section.slice(i + 1, end);
      suffix += literal;
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') {
      suffix += section[i + 1] ?? '';
      i++;
    } else if (ch === '[') {
      const end = section.indexOf(']', i + 1);
      const inner = end < 0 ? '' : section.slice(i + 1, end);
      // [h], [mm], [ss] are elapsed-time codes; [Red], [$-804] and conditions are not.
      if (/^(h+|m+|s+)$/i.test(inner)) plain += inner;
      i = end < 0 ? section.length : end;
    } else if (ch === '_' || ch === '*') {
      i++;
    } else {
      plain += ch;
    }
  }
  const text = plain.includes('@');
  const date = !text && /[ymdhs]/i.test(plain.replace(/General/gi, '').replace(/E[+-]/g, ''));
  const percent = !date && plain.includes('%');
  const m = /\.([0#?]+)/.exec(plain);
  const decimals = date || text ? null : m ? m[1].length : /[0#?]/.test(plain) ? 0 : null;
  return { percent, date, text, decimals, suffix: suffix.trim() === '' ? null : suffix.trim() };
}

function firstSection(format: string): string {
  let inQuote = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') inQuote = !inQuote;
    else if (ch === '\\') i++;
    else if (ch === ';' && !inQuote) return format.slice(0, i);
  }
  return format;
}
