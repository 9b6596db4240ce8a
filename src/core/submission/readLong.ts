import { findIndicator, toIndicatorKey } from '../catalog/lookup';
import type { Catalog, Indicator } from '../catalog/types';
import { HEADER_SEARCH_ROWS, isRowEmpty } from '../grid/headerTable';
import { cellRef } from '../grid/refs';
import { cellAt, columnCount, formatAt, isEmptyCell, textAt, type CellValue, type SheetGrid } from '../grid/types';
import { trimAll } from '../text/fold';
import { parseCellValue } from '../values/parseValue';
import { readHeaderBlock } from './headerBlock';
import { isFooterText, isTotalName, splitOfWhich, splitUnitSuffix, stripEnumerator, toLongColumnRole, type LongColumnRole, isNoteRow } from '../text/labelLexicon';
import { resolveReporter } from './reporters';
import type { Figure, FigureRole, StrayCell, SubmissionTable } from './types';

export interface LongColumns {
  readonly name: number;
  readonly value: number;
  readonly previous: number | null;
  readonly code: number | null;
  readonly unit: number | null;
  readonly note: number | null;
}

export interface IdSource {
  next: number;
}

/** The first row in the top 30 with a name column and a value column (SPEC §2.1, long layout). */
export function findLongHeader(sheet: SheetGrid): { row: number; columns: LongColumns } | null {
  const width = columnCount(sheet);
  const last = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const roles = new Map<LongColumnRole, number>();
    const years: { year: number; col: number }[] = [];
    for (let c = 0; c < width; c++) {
      const role = toLongColumnRole(textAt(sheet, r, c));
      if (role === null) continue;
      if (typeof role === 'object') years.push({ year: role.year, col: c });
      else if (!roles.has(role)) roles.set(role, c);
    }
    const name = roles.get('name');
    if (name === undefined || (!roles.has('value') && years.length === 0)) continue;
    let value = roles.get('value');
    let previous = roles.get('previous');
    const period = readHeaderBlock(sheet, r).year;
    const byYear = [...years].sort((a, b) => b.year - a.year);
    if (value === undefined) {
      const current = byYear.find((y) => y.year === period) ?? byYear[0];
      value = current.col;
      const rest = byYear.filter((y) => y.col !== current.col);
      if (previous === undefined && rest.length > 0) previous = (rest.find((y) => y.year === current.year - 1) ?? rest[0]).col;
    } else if (previous === undefined && byYear.length > 0) {
      previous = byYear[0].col;
    }
    return {
      row: r,
      columns: {
        name,
        value,
        previous: previous ?? null,
        code: roles.get('code') ?? null,
        unit: roles.get('unit') ?? null,
        note: roles.get('note') ?? null,
      },
    };
  }
  return null;
}

/**
 * Reads a long table: one indicator per row, 其中 rows under the nearest row above that is
 * not a 其中 row, 合计 rows totalling their block, footer lines ending the table.
 */
export function readLongTable(
  sheet: SheetGrid,
  header: { row: number; columns: LongColumns },
  catalog: Catalog | null,
  known: ReadonlyMap<string, string>,
  ids: IdSource,
): SubmissionTable {
  const block = readHeaderBlock(sheet, header.row);
  const reporter = resolveReporter([block.reporter, sheet.name], known);
  const cols = header.columns;
  const figures: Figure[] = [];
  const strays: StrayCell[] = [];
  let blockNo = 0;
  let parent: Figure | null = null;
  let ofWhichRun: 'none' | 'labelled' | 'heading' = 'none';

  for (let r = header.row + 1; r < sheet.values.length; r++) {
    if (isRowEmpty(sheet, r)) {
      blockNo++;
      if (ofWhichRun === 'heading') ofWhichRun = 'none';
      continue;
    }
    if (rowHasNote(sheet, r)) {
      // 注：/说明： between blocks: the table goes on below it (SPEC §2.1).
      blockNo++;
      parent = null;
      ofWhichRun = 'none';
      continue;
    }
    if (rowHasFooter(sheet, r)) break;
    const rawName = cellAt(sheet, r, cols.name);
    const nameText = typeof rawName === 'string' ? rawName : typeof rawName === 'number' ? String(rawName) : '';
    const name = trimAll(nameText);
    const valueCell = cellAt(sheet, r, cols.value);
    const prevCell = cols.previous === null ? null : cellAt(sheet, r, cols.previous);
    if (name === '') {
      if (!isEmptyCell(valueCell)) strays.push({ kind: 'no-name', ref: cellRef(sheet.name, r, cols.value), text: textAt(sheet, r, cols.value) });
      continue;
    }
    const split = splitOfWhich(stripEnumerator(name));
    const rest = trimAll(split.rest);
    if (split.ofWhich && rest === '') {
      ofWhichRun = 'heading';
      continue;
    }
    const indented = /^[\s\u3000]/.test(nameText);
    const code = cols.code === null ? null : textAt(sheet, r, cols.code) || null;
    const unit = cols.unit === null ? null : textAt(sheet, r, cols.unit) || null;
    const valueEmpty = isEmptyCell(valueCell) && (prevCell === null || isEmptyCell(prevCell));
    const makeFigure = (key: string, ind: Indicator | null, label: string, role: FigureRole, parentId: number | null): Figure =>
      longFigure(sheet, cols, r, { id: ids.next++, reporter, code, unit, block: blockNo }, { key, indicator: ind, label, role, parentId });

    if (isTotalName(rest)) {
      figures.push(makeFigure('total', null, rest, 'total', null));
      blockNo++;
      parent = null;
      ofWhichRun = 'none';
      continue;
    }
    const indicator = catalog ? findIndicator(catalog, rest, code) : null;
    if (valueEmpty && indicator === null && unit === null) {
      // A heading row ("一、行政诉讼"): starts a new block.
      blockNo++;
      parent = null;
      ofWhichRun = 'none';
      continue;
    }
    const isSub = split.ofWhich || ofWhichRun === 'heading' || (ofWhichRun === 'labelled' && indented);
    if (isSub && parent !== null) {
      const key = indicator?.key ?? `${parent.key}›${toIndicatorKey(rest)}`;
      figures.push(makeFigure(key, indicator, rest, 'of-which', parent.id));
      if (split.ofWhich) ofWhichRun = ofWhichRun === 'heading' ? 'heading' : 'labelled';
    } else {
      const fig = makeFigure(indicator?.key ?? toIndicatorKey(splitUnitSuffix(rest).name), indicator, rest, 'item', null);
      figures.push(fig);
      parent = fig;
      ofWhichRun = 'none';
    }

  }
  return { sheet: sheet.name, layout: 'long', headerRow: header.row, reporter, header: block, figures, strays };
}

/** One figure of a long table's row r: the row's cells, where it sits, and what it was read as. */
function longFigure(
  sheet: SheetGrid,
  cols: LongColumns,
  r: number,
  at: { id: number; reporter: Figure['reporter']; code: string | null; unit: string | null; block: number },
  as: { key: string; indicator: Indicator | null; label: string; role: FigureRole; parentId: number | null },
): Figure {
  return {
    id: at.id,
    sheet: sheet.name,
    layout: 'long',
    reporter: at.reporter,
    label: as.label,
    key: as.key,
    indicator: as.indicator,
    code: at.code,
    current: parseCellValue(cellAt(sheet, r, cols.value), formatAt(sheet, r, cols.value)),
    currentCell: cellRef(sheet.name, r, cols.value),
    previous: cols.previous === null ? null : parseCellValue(cellAt(sheet, r, cols.previous), formatAt(sheet, r, cols.previous)),
    previousCell: cols.previous === null ? null : cellRef(sheet.name, r, cols.previous),
    unit: at.unit ?? splitUnitSuffix(as.label).unit,
    unitCell: cols.unit === null ? null : cellRef(sheet.name, r, cols.unit),
    note: cols.note === null ? null : textAt(sheet, r, cols.note) || null,
    nameCell: cellRef(sheet.name, r, cols.name),
    role: as.role,
    parentId: as.parentId,
    block: at.block,
    row: r,
    col: cols.value,
  };
}

/** A footer line (单位负责人：… 填表人：… 报出日期：…) starts with its key in its first filled cell. */
export function rowHasFooter(sheet: SheetGrid, row: number): boolean {
  const first = firstFilled(sheet, row);
  return typeof first === 'string' && isFooterText(first);
}

/** A note line (注：… 说明：…) starts with its key in its first filled cell. */
function rowHasNote(sheet: SheetGrid, row: number): boolean {
  const first = firstFilled(sheet, row);
  return typeof first === 'string' && isNoteRow(first);
}

function firstFilled(sheet: SheetGrid, row: number): CellValue {
  for (const v of sheet.values[row] ?? []) if (!isEmptyCell(v)) return v;
  return null;
}
