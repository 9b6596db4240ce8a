import type { Indicator } from '../catalog/types';
import type { CellRef } from '../grid/refs';
import type { Reading } from '../values/reading';

/** item: an ordinary row; of-which: a 其中 row under `parent`; total: a 合计 row or a wide 合计 line. */
export type FigureRole = 'item' | 'of-which' | 'total';

/** One figure a unit reported: an indicator's value in one cell, with where it came from. */
export interface Figure {
  /** Unique within one reading of a workbook. */
  readonly id: number;
  readonly sheet: string;
  readonly layout: 'long' | 'wide';
  /** The reporting unit: 填报单位, else the sheet name; in a wide table, the row's unit. */
  readonly reporter: string;
  /** The name as written in the sheet. */
  readonly label: string;
  /** Match key of the indicator: the catalogue's key when resolved, else the label's. */
  readonly key: string;
  readonly indicator: Indicator | null;
  readonly code: string | null;
  readonly current: Reading;
  readonly currentCell: CellRef;
  readonly previous: Reading | null;
  readonly previousCell: CellRef | null;
  /** Unit from the unit column (or a wide header's bracket), as written. */
  readonly unit: string | null;
  readonly unitCell: CellRef | null;
  readonly note: string | null;
  readonly nameCell: CellRef;
  readonly role: FigureRole;
  /** Set when the figure's sheet covers another period than the compilation (SPEC §2.1 Periods). */
  readonly otherPeriod?: true;
  /** For a wide sheet's total row: a 小计 totals its block, a 合计 the whole table's unit rows. */
  readonly totalOf?: 'block' | 'table';
  /** For an of-which row: the figure it is part of. */
  readonly parentId: number | null;
  /** Rows between blank rows, headings and 合计 rows form a block; a 合计 row totals its block. */
  readonly block: number;
  /** 0-based row and column of the value cell. */
  readonly row: number;
  readonly col: number;
}

export interface HeaderBlock {
  readonly reporter: string | null;
  readonly period: string | null;
  readonly year: number | null;
  readonly preparer: string | null;
  readonly phone: string | null;
}

export interface SubmissionTable {
  readonly sheet: string;
  readonly layout: 'long' | 'wide';
  readonly headerRow: number;
  readonly reporter: string;
  readonly header: HeaderBlock;
  readonly figures: readonly Figure[];
  /** Rows with a value but no indicator name, or wide columns naming no indicator. */
  readonly strays: readonly StrayCell[];
  /** Set when the sheet covers another period than the compilation: checked within itself only. */
  readonly otherPeriod?: true;
}

export interface StrayCell {
  readonly kind: 'no-name' | 'unknown-column';
  readonly ref: CellRef;
  readonly text: string;
}

/** A sheet that is neither a submission, a ledger nor a sheet of Huibian's: listed, never an error. */
export interface SkippedSheet {
  readonly sheet: string;
  readonly reason: 'empty' | 'no-table' | 'generated' | 'meta';
}
