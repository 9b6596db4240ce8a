import { toMatchKey } from '../text/fold';
import { columnCount, isEmptyCell, textAt, type SheetGrid } from './types';

/** How far down a header row may stand (SPEC §2.1: the top 30 rows). */
export const HEADER_SEARCH_ROWS = 30;

/**
 * A sheet read as a table under a header row whose labels map to roles, the way the catalogue,
 * rules and templates sheets are read. Labels are matched on toMatchKey.
 */
export interface HeaderTable<Role extends string> {
  readonly headerRow: number;
  readonly columns: ReadonlyMap<Role, number>;
  /** Rows below the header that hold anything, 0-based. */
  readonly rows: readonly number[];
}

export function findHeaderTable<Role extends string>(
  sheet: SheetGrid,
  labels: Readonly<Record<Role, readonly string[]>>,
  required: Role,
): HeaderTable<Role> | null {
  const byKey = new Map<string, Role>();
  for (const role of Object.keys(labels) as Role[]) for (const l of labels[role]) byKey.set(toMatchKey(l), role);
  const width = columnCount(sheet);
  const last = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const columns = new Map<Role, number>();
    for (let c = 0; c < width; c++) {
      const role = byKey.get(toMatchKey(textAt(sheet, r, c)));
      if (role !== undefined && !columns.has(role)) columns.set(role, c);
    }
    if (!columns.has(required)) continue;
    const rows: number[] = [];
    for (let rr = r + 1; rr < sheet.values.length; rr++) {
      const row = sheet.values[rr];
      if (row && row.some((v) => !isEmptyCell(v))) rows.push(rr);
    }
    return { headerRow: r, columns, rows };
  }
  return null;
}

/** Text of a role's cell in a row, trimmed; '' when the column is absent or the cell empty. */
export function roleText<Role extends string>(sheet: SheetGrid, table: HeaderTable<Role>, row: number, role: Role): string {
  const c = table.columns.get(role);
  return c === undefined ? '' : textAt(sheet, row, c);
}

export function isRowEmpty(sheet: SheetGrid, row: number): boolean {
  const r = sheet.values[row];
  return !r || r.every((v) => isEmptyCell(v));
}

