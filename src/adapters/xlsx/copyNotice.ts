import type { FormulaDropped } from '../../core';
import type { SourceFormat } from './readWorkbook';

/** A format the copy cannot be written back in: it becomes a new .xlsx. */
export type RewrittenFormat = Exclude<SourceFormat, 'xlsx' | 'xlsm'>;

/** A range in a sheet that the copy clips to the data. */
export type ClippedRange = 'merge' | 'hyperlink' | 'validation';

/** Kinds of part ExcelJS does not write back. */
export type DroppedPart = 'charts' | 'pivots' | 'macros' | 'threaded-comments' | 'slicers' | 'controls' | 'embeddings' | 'external-links' | 'connections' | 'custom-xml';

/**
 * What the clerk should know about a copy Huibian writes, as a fact: how a workbook from another
 * format was carried over, what was clipped or left out. The sentence is written at the edge by
 * renderCopyNotice (i18n/copyNotices.ts), in the clerk's language.
 */
export type CopyNotice =
  | { readonly kind: 'newXlsx'; readonly file: string; readonly format: RewrittenFormat }
  /** `to` is empty when the whole range lies beyond the data and is left out. */
  | { readonly kind: 'rangeClipped'; readonly sheet: string; readonly range: ClippedRange; readonly from: string; readonly to: string }
  | { readonly kind: 'nameClipped'; readonly name: string; readonly from: string; readonly to: string }
  | { readonly kind: 'validationsDropped'; readonly cells: number; readonly limit: number }
  | { readonly kind: 'partsDropped'; readonly parts: readonly DroppedPart[] }
  | { readonly kind: 'controlChars'; readonly sheet: string; readonly cell: string }
  /** A generated cell whose formula Excel cannot hold, written as its value (core's sheet plan). */
  | FormulaDropped;

/** Two notices saying the same thing (a file read twice in one import gives its notices twice). */
export function isSameNotice(a: CopyNotice, b: CopyNotice): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
