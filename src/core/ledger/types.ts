import type { CellValue } from '../grid/types';

/** A column of a ledger sheet (台账, SPEC §2.4), as rules aggregate it. */
export interface LedgerColumn {
  readonly label: string;
  readonly key: string;
  readonly col: number;
  /** Cells of the data rows, top to bottom. */
  readonly values: readonly CellValue[];
  readonly formats: readonly (string | null)[];
}

export interface Ledger {
  readonly sheet: string;
  readonly headerRow: number;
  /** 0-based rows of the first and last data row. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: readonly LedgerColumn[];
}
