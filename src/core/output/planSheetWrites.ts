import { toA1 } from '../grid/address';
import type { GeneratedKind } from '../grid/types';
import { MAX_ROW_HEIGHT, formulaFitsExcel } from './excelLimits';
import { BASE_FONT } from './sheetLexicon';
import { STYLES, type CellStyle, type OutCell, type OutSheet } from './sheetModel';
import { InvalidSheetNameError, chooseSheetName, sheetNameProblem } from './sheetNames';

/**
 * The base every generated cell starts from, in one place for both writers (office-js and
 * ExcelJS): the font, its size, and the colour of the thin borders.
 */
export const BASE_STYLE = { font: BASE_FONT, size: 11, borderColor: '808080' } as const;

/** A cell style with the base filled in: what a writer applies, property by property. */
/** A formula beyond Excel's limits (255 arguments or 8,192 characters): the cell is written with its value. */
export interface FormulaDropped {
  readonly kind: 'formulaDropped';
  readonly sheet: string;
  readonly cell: string;
}

export interface ResolvedStyle {
  readonly font: string;
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  /** RRGGBB, or null for the default. */
  readonly color: string | null;
  readonly fill: string | null;
  /** RRGGBB of the thin borders around and between the cells, or null for none. */
  readonly border: string | null;
  readonly align: 'left' | 'center' | 'right' | null;
  readonly valign: 'top' | 'middle' | null;
  readonly wrap: boolean;
  readonly indent: number;
}

const RESOLVED = new Map<CellStyle, ResolvedStyle>();

export function resolveStyle(style: CellStyle): ResolvedStyle {
  const known = RESOLVED.get(style);
  if (known) return known;
  const s = STYLES[style];
  const resolved: ResolvedStyle = {
    font: BASE_STYLE.font,
    size: s.size ?? BASE_STYLE.size,
    bold: s.bold ?? false,
    italic: s.italic ?? false,
    underline: s.underline ?? false,
    color: s.color ?? null,
    fill: s.fill ?? null,
    border: s.border ? BASE_STYLE.borderColor : null,
    align: s.align ?? null,
    valign: s.valign ?? null,
    wrap: s.wrap ?? false,
    indent: s.indent ?? 0,
  };
  RESOLVED.set(style, resolved);
  return resolved;
}

/** A rectangle of cells of one style, 0-based: a writer styles it with one range. */
interface StyleBlock {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
  readonly style: CellStyle;
}

export interface PlannedSheet {
  /** The model to render: rows as built, row heights within Excel's limit, formulas Excel takes. */
  readonly sheet: OutSheet;
  /** The name it is written under (汇总表, or 汇总表 (2) when a user's sheet has that name). */
  readonly name: string;
  /** Whether it rewrites Huibian's own sheet of that name, rather than adding a sheet. */
  readonly replaces: boolean;
  /** Columns written in every row (the widest row, at least the declared widths). */
  readonly width: number;
  readonly styleBlocks: readonly StyleBlock[];
}

export interface WritePlan {
  readonly sheets: readonly PlannedSheet[];
  /** Huibian's tags once the sheets are written, for the meta sheet. */
  readonly tags: ReadonlyMap<string, GeneratedKind>;
  /** Formulas Excel cannot hold, written as their values: facts, worded by the writer in the clerk's language. */
  readonly notices: readonly FormulaDropped[];
}

/**
 * What writing these sheets into a workbook with these sheet names and tags means, for any
 * writer: the name each takes (the naming loop of SPEC §2.7), the styled rectangles, and the
 * model kept within Excel's limits. Throws InvalidSheetNameError for a name Excel would refuse
 * (a name typed in 设置), before anything is written.
 */
export function planSheetWrites(sheets: readonly OutSheet[], existing: readonly string[], tags: ReadonlyMap<string, GeneratedKind>): WritePlan {
  const names = [...existing];
  const after = new Map(tags);
  const notices: FormulaDropped[] = [];
  const planned = sheets.map((sheet): PlannedSheet => {
    const problem = sheetNameProblem(sheet.name);
    if (problem) throw new InvalidSheetNameError(sheet.name, problem);
    const name = chooseSheetName(sheet, names, after);
    const replaces = names.includes(name);
    if (!replaces) names.push(name);
    if (sheet.kind) after.set(name, sheet.kind);
    const within = withinExcelLimits(sheet, name, notices);
    return { sheet: within, name, replaces, width: widthOf(within), styleBlocks: styleBlocks(within.rows) };
  });
  return { sheets: planned, tags: after, notices };
}

function widthOf(sheet: OutSheet): number {
  let width = Math.max(1, sheet.widths.length);
  for (const r of sheet.rows) if (r.length > width) width = r.length;
  return width;
}

/** Row heights clamped to 409 points; a formula Excel cannot hold is dropped for its value. */
function withinExcelLimits(sheet: OutSheet, name: string, notices: FormulaDropped[]): OutSheet {
  let rows = sheet.rows;
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell?.formula || formulaFitsExcel(cell.formula)) return;
      if (rows === sheet.rows) rows = sheet.rows.map((x) => [...x]);
      (rows[r] as OutCell[])[c] = { ...cell, formula: undefined };
      notices.push({ kind: 'formulaDropped', sheet: name, cell: toA1(r, c) });
    }),
  );
  const heights = sheet.rowHeights;
  const tooTall = heights && Object.values(heights).some((h) => h > MAX_ROW_HEIGHT);
  const rowHeights = tooTall ? Object.fromEntries(Object.entries(heights).map(([r, h]) => [r, Math.min(h, MAX_ROW_HEIGHT)])) : heights;
  return rows === sheet.rows && !tooTall ? sheet : { ...sheet, rows, ...(rowHeights ? { rowHeights } : {}) };
}

/**
 * Runs of one style in a row, merged with the same run in the rows below into rectangles: a
 * column of findings in one style is one block, not one range per cell.
 */
function styleBlocks(rows: readonly (readonly OutCell[])[]): StyleBlock[] {
  const done: StyleBlock[] = [];
  let open = new Map<string, { top: number; left: number; cols: number; style: CellStyle; rows: number }>();
  rows.forEach((row, r) => {
    const next = new Map<string, { top: number; left: number; cols: number; style: CellStyle; rows: number }>();
    let start = 0;
    for (let c = 1; c <= row.length; c++) {
      const style = row[c - 1]?.style;
      if (c < row.length && row[c]?.style === style) continue;
      if (style) {
        const key = `${start}:${c - start}:${style}`;
        const block = open.get(key);
        if (block && block.top + block.rows === r) {
          block.rows++;
          open.delete(key);
          next.set(key, block);
        } else next.set(key, { top: r, left: start, cols: c - start, style, rows: 1 });
      }
      start = c;
    }
    for (const b of open.values()) done.push(b);
    open = next;
  });
  for (const b of open.values()) done.push(b);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}
