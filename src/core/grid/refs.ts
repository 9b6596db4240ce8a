import { toA1, toA1Range } from './address';

/** A place in the workbook a finding points at: sheet and A1 cell or range, no `$`. */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

/** A place in a text (核稿): offset and length in UTF-16 code units of the input. */
export interface TextRef {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

export type Ref = CellRef | TextRef;

export function isCellRef(ref: Ref): ref is CellRef {
  return 'sheet' in ref;
}

export function cellRef(sheet: string, row: number, col: number): CellRef {
  return { sheet, cell: toA1(row, col) };
}

export function rangeRef(sheet: string, top: number, left: number, bottom: number, right: number): CellRef {
  return { sheet, cell: toA1Range(top, left, bottom, right) };
}
