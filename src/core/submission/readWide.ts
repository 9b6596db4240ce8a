import { findIndicator, toIndicatorKey } from '../catalog/lookup';
import type { Catalog, Indicator } from '../catalog/types';
import { HEADER_SEARCH_ROWS, isRowEmpty } from '../grid/headerTable';
import { cellRef } from '../grid/refs';
import { cellAt, columnCount, formatAt, isEmptyCell, textAt, type SheetGrid } from '../grid/types';
import { headerTextOf, isColumnLetterRow, isMergedAcross } from '../grid/headerText';
import { toMatchKey } from '../text/fold';
import { parseCellValue } from '../values/parseValue';
import { readHeaderBlock } from './headerBlock';
import { isNoteRow, isSubtotalName, isWideFirstLabel, isWideTotalName, splitUnitSuffix, toLongColumnRole } from '../text/labelLexicon';
import type { IdSource } from './readLong';
import { rowHasFooter } from './readLong';
import { resolveReporter } from './reporters';
import { LABEL_COLON, NOTE_LABELS as NOTE_LABEL_WORDS, SEQ_LABELS as SEQ_LABEL_WORDS } from './tableLexicon';
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
  /** The last header row: the row of sub-labels under a two-row header, else `row`. */
  readonly lastRow: number;
  readonly unitCol: number;
  readonly noteCol: number | null;
  readonly columns: readonly WideColumn[];
}

const SEQ_LABELS = new Set(SEQ_LABEL_WORDS.map(toMatchKey));
const NOTE_LABELS = new Set(NOTE_LABEL_WORDS.map(toMatchKey));

/**
 * A wide table (one unit per row, one indicator per column): a header row naming ≥ 2
 * catalogue indicators, or, failing that, headed 街道 | 单位名称 | 部门 | 地区 | 社区 with
 * indicator columns whose cells below are figures. The header may span two rows, a group label
 * merged across its sub-labels or a label merged down both rows (SPEC §2.1).
 */
export function findWideHeader(sheet: SheetGrid, catalog: Catalog | null): WideHeader | null {
  const width = columnCount(sheet);
  const last = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  const headerText = headerTextOf(sheet);
  for (let r = 0; r < last; r++) {
    const single = labelsOf(width, (c) => headerText(r, c));
    if (single.length < 2) continue;
    const sub = twoRowLabels(sheet, r, width, headerText);
    for (const [labels, lastRow] of sub ? ([[sub, r + 1], [single, r]] as const) : ([[single, r]] as const)) {
      const found = asWideHeader(sheet, r, lastRow, labels, catalog);
      if (found) return found;
    }
  }
  return null;
}

function labelsOf(width: number, text: (col: number) => string): { col: number; text: string }[] {
  const labels: { col: number; text: string }[] = [];
  for (let c = 0; c < width; c++) {
    const t = text(c);
    if (t !== '' && !SEQ_LABELS.has(toMatchKey(t))) labels.push({ col: c, text: t });
  }
  return labels;
}

/**
 * The labels of a two-row header: each column's sub-label where the row below has one (under a
 * group label merged across), else the label above (merged down both rows). Null when the row
 * below is no header row: it holds figures, or adds no label of its own.
 */
function twoRowLabels(sheet: SheetGrid, r: number, width: number, headerText: (row: number, col: number) => string): { col: number; text: string }[] | null {
  if (r + 1 >= sheet.values.length) return null;
  let own = 0;
  const labels = labelsOf(width, (c) => {
    const above = headerText(r, c);
    // 填报单位：X above the header is the header block, not a group label.
    if (LABEL_COLON.test(above)) own = -Infinity;
    const below = headerText(r + 1, c);
    if (below !== '' && below !== above) {
      if (parseCellValue(cellAt(sheet, r + 1, c), formatAt(sheet, r + 1, c)).kind === 'number') own = -Infinity;
      own++;
      return below;
    }
    return above;
  });
  const grouped = labels.some((l) => isMergedAcross(sheet, r, l.col));
  return own > 0 && grouped ? labels : null;
}

function asWideHeader(sheet: SheetGrid, row: number, lastRow: number, labels: readonly { col: number; text: string }[], catalog: Catalog | null): WideHeader | null {
  const [first, ...others] = labels;
  const noteCol = others.find((l) => NOTE_LABELS.has(toMatchKey(l.text)))?.col ?? null;
  const columns = others
    .filter((l) => l.col !== noteCol)
    .map((l) => {
      const { name, unit } = splitUnitSuffix(l.text);
      return { col: l.col, label: l.text, name, unit, indicator: catalog ? findIndicator(catalog, l.text) : null };
    });
  const header = { row, lastRow, unitCol: first.col, noteCol, columns };
  const known = columns.filter((c) => c.indicator !== null).length;
  if (known >= 2 && !hasLongLabel(first.text)) return header;
  // One catalogue indicator is enough when the first column plainly names units (街道 …).
  if (known >= 1 && isWideFirstLabel(first.text) && hasDistinctUnits(sheet, lastRow, first.col)) return header;
  if (
    isWideFirstLabel(first.text) &&
    columns.length >= 2 &&
    columns.every((c) => toLongColumnRole(c.label) === null) &&
    hasFiguresBelow(sheet, lastRow, columns.map((c) => c.col)) &&
    hasDistinctUnits(sheet, lastRow, first.col)
  ) {
    return header;
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
function wideFigure(sheet: SheetGrid, r: number, c: WideColumn, header: WideHeader, reporter: string, totalOf: Figure['totalOf'] | null, block: number, ids: IdSource): Figure {
  return {
    id: ids.next++,
    sheet: sheet.name,
    layout: 'wide',
    reporter,
    label: c.name,
    key: c.indicator?.key ?? toIndicatorKey(c.name),
    indicator: c.indicator,
    code: null,
    current: parseCellValue(cellAt(sheet, r, c.col), formatAt(sheet, r, c.col)),
    currentCell: cellRef(sheet.name, r, c.col),
    previous: null,
    previousCell: null,
    unit: c.unit,
    unitCell: null,
    note: header.noteCol === null ? null : textAt(sheet, r, header.noteCol) || null,
    nameCell: cellRef(sheet.name, r, header.unitCol),
    role: totalOf ? 'total' : 'item',
    ...(totalOf ? { totalOf } : {}),
    parentId: null,
    block,
    row: r,
    col: c.col,
  };
}

export function readWideTable(
  sheet: SheetGrid,
  header: WideHeader,
  catalog: Catalog | null,
  known: ReadonlyMap<string, string>,
  ids: IdSource,
): SubmissionTable {
  const headerBlock = readHeaderBlock(sheet, header.row);
  const reporter = resolveReporter([headerBlock.reporter, sheet.name], known);
  const figures: Figure[] = [];
  const strays: StrayCell[] = [];
  const columns = header.columns.filter((c) => c.indicator !== null || catalog === null);
  for (const c of header.columns) {
    if (c.indicator === null && catalog !== null) strays.push({ kind: 'unknown-column', ref: cellRef(sheet.name, header.row, c.col), text: c.label });
  }
  // Blocks: a heading row (（一）小学, no figures) or a 小计 row closes one; 合计 totals them all.
  let block = 1;
  let itemsInBlock = 0;
  for (let r = header.lastRow + 1; r < sheet.values.length; r++) {
    if (isRowEmpty(sheet, r) || (r === header.lastRow + 1 && isColumnLetterRow(sheet, r))) continue;
    if (rowHasFooter(sheet, r)) break;
    const unitName = textAt(sheet, r, header.unitCol);
    if (unitName === '') {
      for (const c of columns) {
        if (!isEmptyCell(cellAt(sheet, r, c.col))) strays.push({ kind: 'no-name', ref: cellRef(sheet.name, r, c.col), text: textAt(sheet, r, c.col) });
      }
      continue;
    }
    if (isNoteRow(unitName)) continue;
    const isTotal = isWideTotalName(unitName);
    const isSubtotal = isTotal && isSubtotalName(unitName);
    if (!isTotal && columns.every((c) => isEmptyCell(cellAt(sheet, r, c.col))) && !known.has(toMatchKey(unitName))) {
      if (itemsInBlock > 0) block++;
      itemsInBlock = 0;
      continue;
    }
    const rowReporter = isTotal ? reporter : resolveReporter([unitName], known);
    for (const c of columns) figures.push(wideFigure(sheet, r, c, header, rowReporter, isTotal ? (isSubtotal ? 'block' : 'table') : null, isSubtotal || !isTotal ? block : 0, ids));
    if (isSubtotal) {
      block++;
      itemsInBlock = 0;
    } else if (!isTotal) itemsInBlock++;
  }
  return { sheet: sheet.name, layout: 'wide', headerRow: header.row, reporter, header: headerBlock, figures, strays };
}
