import type { CellRef } from '../grid/refs';
import type { GeneratedKind, MergedArea } from '../grid/types';

/**
 * A generated sheet as plain data: cells, styles, layout and print set-up. The xlsx writer
 * (ExcelJS) and the Excel writer (office-js) both render this one model, so the summary table
 * looks the same whichever host writes it.
 */
export type CellStyle =
  | 'title'
  | 'subtitle'
  | 'header'
  | 'section'
  | 'body'
  | 'bodyCenter'
  | 'number'
  | 'total'
  | 'note'
  | 'link'
  | 'error'
  | 'warning'
  | 'info'
  | 'paragraph'
  | 'heading'
  | 'plain'
  | 'hidden';

export interface StyleSpec {
  readonly bold?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly border?: boolean;
  readonly align?: 'left' | 'center' | 'right';
  readonly valign?: 'top' | 'middle';
  readonly wrap?: boolean;
  readonly underline?: boolean;
  readonly italic?: boolean;
  readonly indent?: number;
}

/** The one palette every writer applies (colours as RRGGBB). */
export const STYLES: Readonly<Record<CellStyle, StyleSpec>> = {
  title: { bold: true, size: 16, align: 'center', valign: 'middle' },
  subtitle: { size: 10, align: 'center', valign: 'middle', color: '404040' },
  header: { bold: true, fill: 'D9E1F2', border: true, align: 'center', valign: 'middle', wrap: true },
  section: { bold: true, fill: 'F2F2F2', border: true, align: 'left', valign: 'middle' },
  body: { border: true, align: 'left', valign: 'middle', wrap: true },
  bodyCenter: { border: true, align: 'center', valign: 'middle' },
  number: { border: true, align: 'right', valign: 'middle' },
  total: { bold: true, border: true, align: 'right', valign: 'middle' },
  note: { size: 9, align: 'left', valign: 'top', wrap: true, color: '404040' },
  link: { border: true, color: '0563C1', underline: true, align: 'left', valign: 'middle' },
  error: { border: true, bold: true, color: 'C00000', align: 'center', valign: 'middle' },
  warning: { border: true, bold: true, color: 'B26B00', align: 'center', valign: 'middle' },
  info: { border: true, color: '2F5597', align: 'center', valign: 'middle' },
  paragraph: { align: 'left', valign: 'top', wrap: true, size: 12 },
  heading: { bold: true, size: 12, align: 'left', valign: 'middle' },
  plain: { align: 'left', valign: 'middle' },
  hidden: { size: 8, color: '808080' },
};

export interface OutCell {
  /** Numbers are written as numbers; text is always written as text, never as a formula. */
  readonly value: string | number | null;
  readonly style?: CellStyle;
  readonly numFmt?: string;
  /** An internal hyperlink to a cell of the workbook. */
  readonly link?: CellRef;
  /** Live mode: a formula whose cached result is `value`. */
  readonly formula?: string;
}

interface PageSetup {
  readonly orientation: 'landscape' | 'portrait';
  readonly fitToWidth: boolean;
  /** 1-based first and last row repeated at the top of every printed page. */
  readonly repeatRows?: readonly [number, number];
}

export interface OutSheet {
  readonly name: string;
  /** Huibian's tag, so a re-run replaces the sheet; null for a sheet handed to the clerk to edit. */
  readonly kind: GeneratedKind | null;
  readonly rows: readonly (readonly OutCell[])[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
  readonly merges: readonly MergedArea[];
  readonly hiddenColumns?: readonly number[];
  /** Rows above this (1-based count) stay in view when scrolling. */
  readonly freezeRows?: number;
  readonly page?: PageSetup;
  /** Row heights in points, by 0-based row. */
  readonly rowHeights?: Readonly<Record<number, number>>;
}

export const cell = (value: OutCell['value'], style?: CellStyle, extra: Partial<OutCell> = {}): OutCell => ({ value, ...(style ? { style } : {}), ...extra });

/** Display width of text in Excel column units: CJK and full-width characters count double. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
