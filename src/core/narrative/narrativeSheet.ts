import type { MergedArea } from '../grid/types';
import { linesFor } from '../output/findingsSheet';
import { cell, type OutCell, type OutSheet } from '../output/sheetModel';
import { chineseOrdinal, paragraphText, type NarrativeDocument } from './document';

export const NARRATIVE_SHEET_NAME = '文字说明';

const COLS = 8;
const COL_WIDTH = 13;

/** The 文字说明 sheet: a title, the 章节 headings, one wrapped paragraph per row across a wide merged column. */
export function buildNarrativeSheet(doc: NarrativeDocument, name = NARRATIVE_SHEET_NAME): OutSheet {
  const rows: OutCell[][] = [];
  const merges: MergedArea[] = [];
  const rowHeights: Record<number, number> = {};
  const span = (): void => {
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: COLS - 1 });
  };
  span();
  rowHeights[rows.length] = 30;
  rows.push([cell(doc.title, 'title')]);
  let level1 = 0;
  let level2 = 0;
  let last: readonly string[] = [];
  for (const section of doc.sections) {
    const [first, second] = section.path;
    if (first !== undefined && first !== last[0]) {
      level1++;
      level2 = 0;
      span();
      rows.push([cell(`${chineseOrdinal(level1)}、${first}`, 'heading')]);
    }
    if (second !== undefined && second !== last[1]) {
      level2++;
      span();
      rows.push([cell(`（${chineseOrdinal(level2)}）${second}`, 'heading')]);
    }
    last = section.path;
    for (const p of section.paragraphs) {
      const text = `\u3000\u3000${paragraphText(p)}`;
      span();
      rowHeights[rows.length] = linesFor(text, COLS * COL_WIDTH) * 17 + 6;
      rows.push([cell(text, 'paragraph')]);
    }
  }
  return {
    name,
    kind: 'narrative',
    rows,
    widths: Array.from({ length: COLS }, () => COL_WIDTH),
    merges,
    rowHeights,
    page: { orientation: 'portrait', fitToWidth: true },
  };
}
