/**
 * What "English output carries no Chinese except in data" means, as code: the data of a book
 * (its sheet names and the text of its cells, and a draft's figures), taken from the input and
 * never from the message; what is left of a text once that data is removed; and the Chinese still
 * in it. Known leaks are listed with where they come from, so that a fix shows up as a failing
 * "still leaks" test and a new leak as a failing "no CJK" test.
 */
import { extractFigures, type WorkbookGrid } from '../../src/core';

/**
 * CJK in the broad sense: radicals, CJK symbols and punctuation (U+3000–U+303F: 、。【】),
 * kana, bopomofo, Hangul, the unified ideographs and their extensions, compatibility ideographs,
 * vertical and small forms, and full-width forms (U+FF00–U+FFEF: ，：（）～).
 */
const CJK_CLASS =
  '\\u2E80-\\u2FDF\\u2FF0-\\u2FFF\\u3000-\\u303F\\u3040-\\u30FF\\u3100-\\u312F\\u3130-\\u318F\\u3190-\\u31FF\\u3200-\\u33FF\\u3400-\\u4DBF\\u4E00-\\u9FFF' +
  '\\uA960-\\uA97F\\uAC00-\\uD7AF\\uF900-\\uFAFF\\uFE10-\\uFE1F\\uFE30-\\uFE4F\\uFF00-\\uFFEF\\u{20000}-\\u{3FFFF}';
export const CJK = new RegExp(`[${CJK_CLASS}]`, 'u');
/** A run of CJK characters, digits and spaces between them kept ("第11行" is one fragment). */
const CJK_FRAGMENT = new RegExp(`[${CJK_CLASS}](?:[${CJK_CLASS}\\d ]*[${CJK_CLASS}])?`, 'gu');

/** The data a text may quote: whole texts (for quoted substrings) and pieces (removed wherever they stand). */
export interface BookData {
  /** Every text cell as written, every sheet name, every draft: a quoted "…" found inside one of them is data. */
  readonly sources: readonly string[];
  /** Sheet names, text cells and their list items (报送单位 “甲、乙”, 填报单位：甲), drafts and their figures; longest first. */
  readonly pieces: readonly string[];
}

const LIST_SEPARATORS = /[、，,；;：:]+/;

/** The data of a workbook (and of drafts checked against it), read from the input itself. */
export function dataOf(grid: WorkbookGrid, drafts: readonly string[] = []): BookData {
  const sources = new Set<string>();
  const pieces = new Set<string>();
  const add = (text: string): void => {
    const t = text.trim();
    if (t === '') return;
    sources.add(t);
    // Only pieces with Chinese matter, and a digit or a sign is never taken out of a sentence.
    for (const piece of [t, ...t.split(LIST_SEPARATORS)]) if (CJK.test(piece)) pieces.add(piece.trim());
  };
  for (const s of grid.sheets) {
    add(s.name);
    for (const row of s.values) for (const v of row) if (typeof v === 'string') add(v);
  }
  for (const d of drafts) {
    sources.add(d);
    pieces.add(d);
    for (const f of extractFigures(d)) if (CJK.test(f.text)) pieces.add(f.text);
  }
  return { sources: [...sources], pieces: [...pieces].sort((a, b) => b.length - a.length) };
}

/** Merges the data of several books (the pane and the CLI show one book at a time, tests may pool them). */
export function mergeData(...data: BookData[]): BookData {
  const sources = new Set(data.flatMap((d) => d.sources));
  const pieces = new Set(data.flatMap((d) => d.pieces));
  return { sources: [...sources], pieces: [...pieces].sort((a, b) => b.length - a.length) };
}

/**
 * The Chinese left in a text once its data is out, as fragments ("第11行", "【】"). A quoted
 * "…" is data when the input holds it as written, else it is not data at all and stays whole
 * ("满意率上年数" is no cell, even though 满意率 and the column 上年数 are); then every data
 * piece outside quotes is taken out.
 */
export function chineseLeft(text: string, data: BookData): string[] {
  const kept: string[] = [];
  let out = text.replace(/"([^"]+)"/g, (_whole, inner: string) => {
    if (data.sources.some((s) => s.includes(inner))) return '""';
    kept.push(inner);
    return '""';
  });
  for (const piece of data.pieces) out = out.split(piece).join('');
  return [...kept, out].flatMap((t) => [...t.matchAll(CJK_FRAGMENT)].map((m) => m[0]));
}

/**
 * Words of the 文字模板 language that have no English spelling ({指标:同比}): a clerk must type
 * them as written, so an English sentence that lists them names syntax, not Chinese prose.
 */
export const TEMPLATE_FORMS = ['万', '上年', '增减', '同比', '百分点'] as const;

/**
 * Chinese that English output still carries outside data, with where it comes from. Each is
 * asserted to still appear (remove the entry when fixing it) and nothing else may.
 */
export interface KnownLeak {
  /** Where it shows: a message key, the CLI's readable report, or the pane. */
  readonly in: string;
  readonly fragments: readonly string[];
  readonly source: string;
}

export const KNOWN_LEAKS: readonly KnownLeak[] = [
  {
    in: 'pane',
    fragments: ['：'],
    source: 'src/taskpane/components/ChecksTab.tsx:118 ("Sheet：All"), :166 ("Hint：…"); DraftTab.tsx:106 ("Error：…"); SubmissionsTab.tsx:58 ("Ledgers：…")',
  },
  {
    in: 'pane',
    fragments: ['、'],
    source: 'src/taskpane/components/SubmissionsTab.tsx:45,53,58 join units, sheets and ledgers with 、',
  },
  {
    in: 'pane',
    fragments: ['（', '）'],
    source: 'src/taskpane/components/SubmissionsTab.tsx:69 puts a skipped sheet\'s reason in full-width parentheses',
  },
];

/** The fragments a place is known to leak (empty for any other place). */
export function knownFragments(place: string): Set<string> {
  return new Set(KNOWN_LEAKS.filter((l) => l.in === place).flatMap((l) => l.fragments));
}

/** The fragments left that are neither known leaks nor `allowed` keywords: what a test expects to be empty. */
export function unexpectedChinese(text: string, data: BookData, place: string, allowed: Iterable<string> = []): string[] {
  const known = knownFragments(place);
  for (const a of allowed) known.add(a);
  return chineseLeft(text, data).filter((f) => !known.has(f));
}
