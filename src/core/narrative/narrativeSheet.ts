import type { MergedArea } from '../grid/types';
import { MAX_ROW_HEIGHT } from '../output/excelLimits';
import { linesFor } from '../output/findingsSheet';
import { cell, type OutCell, type OutSheet } from '../output/sheetModel';
import { GENERATED_SHEET_NAMES } from '../output/sheetLexicon';
import { AFTER_SENTENCE_END, PARAGRAPH_INDENT } from './reportLexicon';
import { outlineOf, paragraphText, type NarrativeDocument } from './document';

export const NARRATIVE_SHEET_NAME: string = GENERATED_SHEET_NAMES.narrative;

const COLS = 8;
const COL_WIDTH = 13;
const LINE_POINTS = 17;
const PADDING = 6;
/** Lines a row shows within Excel's 409-point row height. */
const MAX_LINES = Math.floor((MAX_ROW_HEIGHT - PADDING) / LINE_POINTS);

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
    const text = `${PARAGRAPH_INDENT}${paragraphText(item.paragraph)}`;
    rowPieces(text).forEach((piece, i) => {
      if (i > 0) span();
      rowHeights[rows.length] = linesFor(piece, COLS * COL_WIDTH) * LINE_POINTS + PADDING;
      rows.push([cell(piece, 'paragraph')]);
    });
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

/**
 * A paragraph as rows no taller than Excel allows: a long one continues in the next row, cut
 * after a sentence (。！？；) where it can be, else within the sentence.
 */
function rowPieces(text: string): string[] {
  const fits = (t: string): boolean => linesFor(t, COLS * COL_WIDTH) <= MAX_LINES;
  if (fits(text)) return [text];
  const pieces: string[] = [];
  let current = '';
  for (const sentence of text.split(AFTER_SENTENCE_END)) {
    if (fits(current + sentence)) {
      current += sentence;
      continue;
    }
    if (current !== '') pieces.push(current);
    current = '';
    for (const ch of sentence) {
      if (!fits(current + ch)) {
        pieces.push(current);
        current = '';
      }
      current += ch;
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}
