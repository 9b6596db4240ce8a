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
