import { CHANGE_LINKS, CHANGE_WORDS, CLAUSE_BREAK, COMPARISON_END, CONJUNCTION, LAST_YEAR_COMPARISON, LEVEL_REACHED, NEW_LEVEL, QUOTE_OPEN, QUOTE_PAIRS, QUOTES_AFTER, QUOTES_BEFORE, YEAR_LEFTOVER } from './proseLexicon';
import type { FigureRole } from './role';

const BEFORE_LIMIT = 24;
const AFTER_LIMIT = 12;

/**
 * The words that name a figure: back from it to the clause's start, the previous figure or a
 * conjunction (化解78宗重点隐患和5宗重大劳资纠纷: the 5's words are none), without quote marks.
 */
export function wordsBefore(text: string, at: number, floor: number): { words: string; clause: string } {
  let s = at;
  while (s > floor && !CLAUSE_BREAK.test(text[s - 1]) && !/\d/.test(text[s - 1]) && at - s < BEFORE_LIMIT) s--;
  const clause = text.slice(s, at).replace(QUOTES_BEFORE, '');
  let cut = 0;
  CONJUNCTION.lastIndex = 0;
  for (let m = CONJUNCTION.exec(clause); m; m = CONJUNCTION.exec(clause)) cut = m.index + m[0].length;
  return { words: clause.slice(cut), clause };
}

export function wordsAfter(text: string, at: number): string {
  let e = at;
  while (e < text.length && !CLAUSE_BREAK.test(text[e]) && !/\d/.test(text[e]) && e - at < AFTER_LIMIT) e++;
  return text.slice(at, e).replace(QUOTES_AFTER, '');
}

/**
 * A figure right after a change word states a change, not a level: 比上年增加120件, 同比增长6.5%,
 * 提高0.19个百分点. The words before the change word name its subject. 新增 is a level.
 */
export function changeOf(words: string, percent: boolean): { role: FigureRole; subject: string } | null {
  // 增长到/增至 name the level reached; 增长了, 增长达 a change.
  if (LEVEL_REACHED.test(words) || NEW_LEVEL.test(words)) return null;
  const trimmed = words.replace(CHANGE_LINKS, '');
  const hit = CHANGE_WORDS.find(([w]) => trimmed.endsWith(w));
  if (!hit) return null;
  const [word, sign] = hit;
  // 比2022年增加: the year's digits end the words, leaving 年 — a comparison with last year.
  const subject = trimmed
    .slice(0, trimmed.length - word.length)
    .replace(COMPARISON_END, '')
    .replace(LAST_YEAR_COMPARISON, '')
    .replace(YEAR_LEFTOVER, '');
  return { role: percent ? { kind: 'yoy', sign } : { kind: 'change', sign }, subject };
}

export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
  readonly mark: string;
}

/** Spans inside “…”, 《…》 and 「…」 that close on the same line: names, not statistics. */
export function quoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const open = new RegExp(QUOTE_OPEN.source, 'g');
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const close = QUOTE_PAIRS[m[0]];
    let j = m.index + 1;
    while (j < text.length && text[j] !== close && text[j] !== '\n' && j - m.index < 200) j++;
    if (text[j] === close) {
      out.push({ start: m.index, end: j + 1, mark: m[0] });
      open.lastIndex = j + 1;
    }
  }
  return out;
}
