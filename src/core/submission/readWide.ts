import { findIndicator, toIndicatorKey } from '../catalog/lookup';
import type { Catalog, Indicator } from '../catalog/types';
import { HEADER_SEARCH_ROWS, isRowEmpty } from '../grid/headerTable';
import { cellRef } from '../grid/refs';
import { cellAt, columnCount, formatAt, isEmptyCell, textAt, type SheetGrid } from '../grid/types';
import { toMatchKey } from '../text/fold';
import { parseCellValue } from '../values/parseValue';
import { readHeaderBlock } from './headerBlock';
import { isWideFirstLabel, isWideTotalName, splitUnitSuffix, toLongColumnRole } from './labels';
import type { IdSource } from './readLong';
import { rowHasFooter } from './readLong';
import { resolveReporter } from './reporters';
import type { Figure, StrayCell, SubmissionTable } from './types';

interface WideColumn {
  readonly col: number;
  readonly label: string;
  readonly name: string;
  readonly unit: string | null;
  readonly indicator: Indicator | null;
}

export interface WideHeader {
  readonly row: number;
  readonly unitCol: number;
  readonly noteCol: number | null;
  readonly columns: readonly WideColumn[];
}

const SEQ_LABELS = new Set(['序号', '行次', 'no', 'no.'].map(toMatchKey));
const NOTE_LABELS = new Set(['备注', '说明', 'note'].map(toMatchKey));

/**
 * A wide table (one unit per row, one indicator per column): a header row naming ≥ 2
 * catalogue indicators, or, failing that, headed 街道 | 单位名称 | 部门 | 地区 | 社区 with
 * indicator columns whose cells below are figures.
 */
export function findWideHeader(sheet: SheetGrid, catalog: Catalog | null): WideHeader | null {
  const width = columnCount(sheet);
  const last = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const labels: { col: number; text: string }[] = [];
    for (let c = 0; c < width; c++) {
      const t = textAt(sheet, r, c);
      if (t !== '' && !SEQ_LABELS.has(toMatchKey(t))) labels.push({ col: c, text: t });
    }
    if (labels.length < 2) continue;
    const [first, ...others] = labels;
    const noteCol = others.find((l) => NOTE_LABELS.has(toMatchKey(l.text)))?.col ?? null;
    const columns = others
      .filter((l) => l.col !== noteCol)
      .map((l) => {
        const { name, unit } = splitUnitSuffix(l.text);
        return { col: l.col, label: l.text, name, unit, indicator: catalog ? findIndicator(catalog, l.text) : null };
      });
    const known = columns.filter((c) => c.indicator !== null).length;
    if (known >= 2 && !hasLongLabel(first.text)) return { row: r, unitCol: first.col, noteCol, columns };
    // One catalogue indicator is enough when the first column plainly names units (街道 …).
    if (known >= 1 && isWideFirstLabel(first.text) && hasDistinctUnits(sheet, r, first.col)) return { row: r, unitCol: first.col, noteCol, columns };
    if (
      isWideFirstLabel(first.text) &&
      columns.length >= 2 &&
      columns.every((c) => toLongColumnRole(c.label) === null) &&
      hasFiguresBelow(sheet, r, columns.map((c) => c.col)) &&
      hasDistinctUnits(sheet, r, first.col)
    ) {
      return { row: r, unitCol: first.col, noteCol, columns };
    }
  }
  return null;
}

function hasLongLabel(text: string): boolean {
  const role = toLongColumnRole(text);
  return role === 'name' || role === 'value';
}

/** At least half of the filled cells below the header in these columns read as figures. */
function hasFiguresBelow(sheet: SheetGrid, headerRow: number, cols: readonly number[]): boolean {
  let filled = 0;
  let figures = 0;
  const end = Math.min(sheet.values.length, headerRow + 1 + 200);
  for (let r = headerRow + 1; r < end; r++) {
    for (const c of cols) {
      const v = cellAt(sheet, r, c);
      if (isEmptyCell(v)) continue;
      filled++;
      const reading = parseCellValue(v, formatAt(sheet, r, c));
      if (reading.kind === 'number' || reading.kind === 'na') figures++;
    }
  }
  return filled > 0 && figures * 2 >= filled;
}

/** One row per unit: a column of repeated names is a ledger (one row per record), not a wide table. */
function hasDistinctUnits(sheet: SheetGrid, headerRow: number, col: number): boolean {
  const seen = new Set<string>();
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const name = toMatchKey(textAt(sheet, r, col));
    if (name === '') continue;
    if (seen.has(name)) return false;
    seen.add(name);
  }
  return seen.size > 0;
}

/** Reads a wide table: each unit row gives one figure per indicator column; 合计 rows the totals. */
export function readWideTable(
  sheet: SheetGrid,
  header: WideHeader,
  catalog: Catalog | null,
  known: ReadonlyMap<string, string>,
  ids: IdSource,
): SubmissionTable {
  const block = readHeaderBlock(sheet, header.row);
  const reporter = resolveReporter([block.reporter, sheet.name], known);
  const figures: Figure[] = [];
  const strays: StrayCell[] = [];
  const columns = header.columns.filter((c) => c.indicator !== null || catalog === null);
  for (const c of header.columns) {
    if (c.indicator === null && catalog !== null) strays.push({ kind: 'unknown-column', ref: cellRef(sheet.name, header.row, c.col), text: c.label });
  }
  for (let r = header.row + 1; r < sheet.values.length; r++) {
    if (isRowEmpty(sheet, r)) continue;
    if (rowHasFooter(sheet, r)) break;
    const unitName = textAt(sheet, r, header.unitCol);
    if (unitName === '') {
      for (const c of columns) {
        if (!isEmptyCell(cellAt(sheet, r, c.col))) strays.push({ kind: 'no-name', ref: cellRef(sheet.name, r, c.col), text: textAt(sheet, r, c.col) });
      }
      continue;
    }
    const isTotal = isWideTotalName(unitName);
    const rowReporter = isTotal ? reporter : resolveReporter([unitName], known);
    for (const c of columns) {
      const v = cellAt(sheet, r, c.col);
      figures.push({
        id: ids.next++,
        sheet: sheet.name,
        layout: 'wide',
        reporter: rowReporter,
        label: c.name,
        key: c.indicator?.key ?? toIndicatorKey(c.name),
        indicator: c.indicator,
        code: null,
        current: parseCellValue(v, formatAt(sheet, r, c.col)),
        currentCell: cellRef(sheet.name, r, c.col),
        previous: null,
        previousCell: null,
        unit: c.unit,
        unitCell: null,
        note: header.noteCol === null ? null : textAt(sheet, r, header.noteCol) || null,
        nameCell: cellRef(sheet.name, r, header.unitCol),
        role: isTotal ? 'total' : 'item',
        parentId: null,
        block: 0,
        row: r,
        col: c.col,
      });
    }
  }
  return { sheet: sheet.name, layout: 'wide', headerRow: header.row, reporter, header: block, figures, strays };
}
