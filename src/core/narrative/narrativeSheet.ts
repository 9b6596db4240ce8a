import type { MergedArea } from '../grid/types';
import { linesFor } from '../output/findingsSheet';
import { cell, type OutCell, type OutSheet } from '../output/sheetModel';
import { outlineOf, paragraphText, type NarrativeDocument } from './document';

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
  for (const item of outlineOf(doc)) {
    span();
    if (item.kind === 'heading') {
      rows.push([cell(item.text, 'heading')]);
      continue;
    }
    const text = `\u3000\u3000${paragraphText(item.paragraph)}`;
    rowHeights[rows.length] = linesFor(text, COLS * COL_WIDTH) * 17 + 6;
    rows.push([cell(text, 'paragraph')]);
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
