import type { CellRef } from '../findings/refs';
import { toA1, toA1Range } from './address';

export type { CellRef, TextRef, Ref } from '../findings/refs';
export { isCellRef } from '../findings/refs';

export function cellRef(sheet: string, row: number, col: number): CellRef {
  return { sheet, cell: toA1(row, col) };
}

export function rangeRef(sheet: string, top: number, left: number, bottom: number, right: number): CellRef {
  return { sheet, cell: toA1Range(top, left, bottom, right) };
}
