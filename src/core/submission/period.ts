/**
 * Reporting periods (SPEC §2.1 Periods): the part of the year a sheet covers, read from its
 * 报告期 or from a period word in its sheet name. Sheets of another span than the compilation's
 * are checked within themselves but never compared with this period's figures.
 */

import { MONTHS, NAMED_SPANS, ONE_MONTH, WHOLE_YEAR, YEAR_IN_PERIOD, type Span } from './periodLexicon';

export type { Span } from './periodLexicon';

/** The span a text names, or null when it names none ("2024年" alone names none: it is the year). */
function toSpan(text: string | null): Span | null {
  if (!text) return null;
  const t = text.normalize('NFKC');
  const m = MONTHS.exec(t);
  if (m && isMonth(m[1]) && isMonth(m[2]) && Number(m[1]) <= Number(m[2])) return `${Number(m[1])}-${Number(m[2])}`;
  for (const [pattern, span] of NAMED_SPANS) if (pattern.test(t)) return span;
  const one = ONE_MONTH.exec(t);
  if (one && isMonth(one[1])) return `${Number(one[1])}-${Number(one[1])}`;
  return null;
}

function isMonth(text: string): boolean {
  const n = Number(text);
  return n >= 1 && n <= 12;
}

/**
 * A sheet's span: its 报告期 when it names one, else a period word in its sheet name, else the
 * whole year when the 报告期 states a year, else unknown (null: it takes the compilation's).
 */
export function sheetSpan(period: string | null, sheetName: string): Span | null {
  const fromPeriod = toSpan(period);
  if (fromPeriod) return fromPeriod === '1-12' ? WHOLE_YEAR : fromPeriod;
  const fromName = toSpan(sheetName);
  if (fromName) return fromName;
  return period && YEAR_IN_PERIOD.test(period) ? WHOLE_YEAR : null;
}

/** The compilation's span: the one most sheets state; the whole year when none does. */
export function compilationSpan(spans: readonly (Span | null)[]): Span {
  const counts = new Map<Span, number>();
  for (const s of spans) if (s !== null) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: Span = WHOLE_YEAR;
  let most = 0;
  for (const [s, n] of counts) if (n > most) [best, most] = [s, n];
  return best;
}
