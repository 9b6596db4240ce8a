import { stripEnumerator } from '../text/labelLexicon';
import type { CellRef } from '../grid/refs';
import { CHINESE_DIGITS, HEADING_NUMBER } from './reportLexicon';

/** A piece of rendered narrative: plain text, a figure that remembers its cells, or a gap. */
export type NarrativeRun =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'figure'; readonly text: string; readonly indicator: string; readonly refs: readonly CellRef[] }
  | { readonly kind: 'missing'; readonly text: string; readonly indicator: string };

export interface NarrativeParagraph {
  readonly runs: readonly NarrativeRun[];
  /** The template row it came from (null for a default template). */
  readonly template: CellRef | null;
}

export interface NarrativeSection {
  /** Titles of the 章节 path ("矛盾化解/信访" → two levels). */
  readonly path: readonly string[];
  readonly paragraphs: readonly NarrativeParagraph[];
}

export interface NarrativeDocument {
  readonly title: string;
  readonly sections: readonly NarrativeSection[];
}

export function paragraphText(p: NarrativeParagraph): string {
  return p.runs.map((r) => r.text).join('');
}

/** The whole narrative as plain text, one paragraph a line (for golden files and 核稿). */
export function documentText(doc: NarrativeDocument): string {
  return doc.sections.flatMap((s) => s.paragraphs.map(paragraphText)).join('\n');
}

/** 1 → 一, 12 → 十二, 21 → 二十一 (heading numbers up to 99). */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return CHINESE_DIGITS[n];
  if (n < 20) return `${CHINESE_DIGITS[10]}${CHINESE_DIGITS[n - 10]}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${CHINESE_DIGITS[tens]}${CHINESE_DIGITS[10]}${ones === 0 ? '' : CHINESE_DIGITS[ones]}`;
}

/**
 * A heading with its outline number: 一、 at level 1, （一） at level 2 — unless the 章节 already
 * carries one (一、建筑业), which is kept rather than numbered again (SPEC §2.3).
 */
export function numberedHeading(level: 1 | 2, n: number, title: string): string {
  if (stripEnumerator(title) !== title) return title;
  return HEADING_NUMBER[level](chineseOrdinal(n), title);
}

/** The narrative as it is laid out: 一、 and （一） headings numbered, paragraphs in order. */
export type OutlineItem =
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: 'paragraph'; readonly paragraph: NarrativeParagraph };

export function outlineOf(doc: NarrativeDocument): OutlineItem[] {
  const items: OutlineItem[] = [];
  let level1 = 0;
  let level2 = 0;
  let last: readonly string[] = [];
  for (const section of doc.sections) {
    const [first, second] = section.path;
    if (first !== undefined && first !== last[0]) {
      level1++;
      level2 = 0;
      items.push({ kind: 'heading', level: 1, text: numberedHeading(1, level1, first) });
    }
    if (second !== undefined && (second !== last[1] || first !== last[0])) {
      level2++;
      items.push({ kind: 'heading', level: 2, text: numberedHeading(2, level2, second) });
    }
    last = section.path;
    for (const paragraph of section.paragraphs) items.push({ kind: 'paragraph', paragraph });
  }
  return items;
}
