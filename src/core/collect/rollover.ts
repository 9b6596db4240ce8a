import { CATALOG_LABELS } from '../catalog/catalogLexicon';
import { buildCatalog } from '../catalog/readCatalog';
import type { Catalog, CatalogColumn, Indicator } from '../catalog/types';
import { RuleRuntime } from '../checks/ruleRuntime';
import type { Decimal } from '../decimal';
import { fromA1 } from '../grid/address';
import { findHeaderTable } from '../grid/headerTable';
import { cellAt, columnCount, type GeneratedKind, type SheetGrid, type WorkbookGrid } from '../grid/types';
import { buildModel, figureOf } from '../model/model';
import type { Model } from '../model/types';
import { shownValue } from '../summary/wholeValue';
import { readGeneratedTags } from '../workbook/generatedTags';
import { readCompilation, type ReadOptions } from '../workbook/readCompilation';
import { YEAR_IN_TEXT } from './collectLexicon';

/** A cell to set (0-based); null clears it. */
interface CellEdit {
  readonly row: number;
  readonly col: number;
  readonly value: string | number | null;
}

interface SheetEdits {
  readonly sheet: string;
  readonly cells: readonly CellEdit[];
  /** Clear every row from this one (0-based) down: a ledger's records. */
  readonly clearFrom?: number;
}

/** Edits to a copy of a workbook: cells set, sheets removed, Huibian's tags afterwards. */
export interface BookEdits {
  readonly edits: readonly SheetEdits[];
  readonly remove: readonly string[];
  readonly tags: ReadonlyMap<string, GeneratedKind>;
  /** Indicators given a 上年公布数, submission sheets cleared, ledgers emptied. */
  readonly summary: { readonly published: number; readonly sheets: number; readonly ledgers: number };
}

/** Generated sheets that belong to one year: next year's book starts without them. */
const YEARLY: ReadonlySet<GeneratedKind> = new Set(['summary', 'findings', 'narrative', 'log']);

/**
 * 下一年度 (SPEC §7 rollover): next year's compilation workbook from this one. Each indicator's
 * figure this year (as 汇总表 shows it) becomes its 上年公布数; every submission sheet keeps its
 * layout with this year's figures cleared, last year's column holding this year's figure, and
 * its years moved on (2023年 → 2024年 in titles, 报告期 and year columns); a ledger keeps its
 * header and loses its records; 校验规则 and 文字模板 are kept; this year's 汇总表, 核对结果,
 * 文字说明 and 报送记录 are left out.
 */
export function planRollover(book: WorkbookGrid, year: number, options: ReadOptions = {}): BookEdits {
  const compilation = readCompilation(book, options);
  const model = buildModel(compilation);
  const from = compilation.year ?? year - 1;
  const edits: SheetEdits[] = [];
  const catalogSheet = book.sheets.find((s) => s.name === compilation.catalog.sheet);
  const figures = thisYearsFigures(model);
  if (catalogSheet) edits.push(catalogEdits(catalogSheet, compilation.catalog, figures));
  for (const table of compilation.submissions) {
    const sheet = book.sheets.find((s) => s.name === table.sheet);
    if (!sheet) continue;
    const cells: CellEdit[] = [];
    for (const f of table.figures) {
      const at = fromA1(f.currentCell.cell);
      const prev = f.previousCell ? fromA1(f.previousCell.cell) : null;
      if (prev && at) cells.push({ row: prev.row, col: prev.col, value: plainValue(cellAt(sheet, at.row, at.col)) });
      if (at) cells.push({ row: at.row, col: at.col, value: null });
    }
    cells.push(...yearEdits(sheet, table.headerRow + 1, from, year));
    edits.push({ sheet: table.sheet, cells });
  }
  for (const ledger of compilation.ledgers) edits.push({ sheet: ledger.sheet, cells: [], clearFrom: ledger.firstRow });
  const tags = readGeneratedTags(book);
  const remove = [...tags].filter(([, kind]) => YEARLY.has(kind)).map(([name]) => name);
  const published = catalogSheet ? compilation.catalog.indicators.filter((i) => i.source && figures.has(i.key)).length : 0;
  const summary = { published, sheets: compilation.submissions.length, ledgers: compilation.ledgers.length };
  return { edits, remove, tags: new Map([...tags].filter(([, kind]) => !YEARLY.has(kind))), summary };
}

/** This year's figure of every indicator, as the outputs show it (a 求和 the sum, a rate from its formula). */
export function thisYearsFigures(model: Model): Map<string, Decimal> {
  const runtime = new RuleRuntime(model);
  const out = new Map<string, Decimal>();
  for (const ind of model.compilation.catalog.indicators) {
    const shown = shownValue(model, runtime, ind);
    if (shown?.current) out.set(ind.key, shown.current.value);
  }
  return out;
}

/** The catalogue with this year's figures as 上年公布数: what next year's forms and checks start from. */
export function rolledCatalog(catalog: Catalog, figures: ReadonlyMap<string, Decimal>): Catalog {
  return buildCatalog(catalog.sheet, catalog.indicators.map((i): Indicator => ({ ...i, publishedPrevious: figures.get(i.key) ?? null })));
}

/** A unit's own figure this year, for its form's 上年数: its cell, else the agreed whole of an 一致 indicator. */
export function unitFigure(model: Model, ind: Indicator, unit: string, wholes: ReadonlyMap<string, Decimal>): Decimal | null {
  const own = figureOf(model, ind.key, unit);
  if (own?.current) return own.current.value;
  return ind.aggregation === 'agree' ? wholes.get(ind.key) ?? null : null;
}

function catalogEdits(sheet: SheetGrid, catalog: Catalog, figures: ReadonlyMap<string, Decimal>): SheetEdits {
  const table = findHeaderTable<CatalogColumn>(sheet, CATALOG_LABELS, 'name');
  if (!table) return { sheet: sheet.name, cells: [] };
  const cells: CellEdit[] = [];
  let col = table.columns.get('publishedPrevious');
  if (col === undefined) {
    col = columnCount(sheet);
    cells.push({ row: table.headerRow, col, value: CATALOG_LABELS.publishedPrevious[0] });
  }
  for (const ind of catalog.indicators) {
    const row = ind.source ? fromA1(ind.source.cell)?.row : undefined;
    if (row === undefined) continue;
    const value = figures.get(ind.key);
    cells.push({ row, col, value: value ? value.toNumber() : null });
  }
  return { sheet: sheet.name, cells };
}

/** Years in the rows above and of the header moved on: this year's becomes next year's, last year's this year's. */
function yearEdits(sheet: SheetGrid, rows: number, from: number, to: number): CellEdit[] {
  const out: CellEdit[] = [];
  const delta = to - from;
  for (let r = 0; r <= Math.min(rows, sheet.values.length - 1); r++) {
    (sheet.values[r] ?? []).forEach((v, c) => {
      if (typeof v !== 'string') return;
      const moved = v.replace(YEAR_IN_TEXT, (y) => (Number(y) === from || Number(y) === from - 1 ? String(Number(y) + delta) : y));
      if (moved !== v) out.push({ row: r, col: c, value: moved });
    });
  }
  return out;
}

function plainValue(v: ReturnType<typeof cellAt>): string | number | null {
  if (typeof v === 'number' || typeof v === 'string' || v === null) return v;
  return null;
}
