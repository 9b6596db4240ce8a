import { fromInteger, toDecimal, type Decimal, type RoundingMode } from '../decimal';
import { makeFinding } from '../findings/finding';
import type { Accepted, WordColumn } from '../findings/facts';
import type { Finding } from '../findings/finding';
import { findHeaderTable, roleText, type HeaderTable } from '../grid/headerTable';
import { cellRef, type CellRef } from '../grid/refs';
import { cellAt, formatAt, textAt, type SheetGrid } from '../grid/types';
import { toMatchKey } from '../text/fold';
import { parseCellValue } from '../values/parseValue';
import { AGGREGATION_WORDS, CATALOG_LABELS, COUNT_UNITS, KIND_WORDS, RANGE_PATTERN, RATE_UNITS, RELATION_WORDS, REPORTER_SEPARATORS, ROUNDING_WORDS } from './catalogLexicon';
import { toIndicatorKey } from './lookup';
import type { Catalog, CatalogColumn, Indicator, IndicatorKind } from './types';

const RATE_RANGE = { min: fromInteger(0), max: fromInteger(100) };

export interface CatalogReading {
  readonly catalog: Catalog;
  readonly findings: readonly Finding[];
}

/** Reads the 指标目录 sheet (SPEC §2.3). Bad cells become findings; the catalogue is still built. */
export interface CatalogDefaults {
  readonly defaultRounding?: RoundingMode;
  readonly defaultYoyThreshold?: Decimal | null;
}

export function readCatalog(sheet: SheetGrid, defaults: CatalogDefaults = {}): CatalogReading {
  const table = findHeaderTable<CatalogColumn>(sheet, CATALOG_LABELS, 'name');
  const findings: Finding[] = [];
  if (!table) return { catalog: buildCatalog(sheet.name, []), findings };
  const cells = rowReader(sheet, table, findings);
  const indicators: Indicator[] = [];
  const parentTexts = new Map<Indicator, string>();
  const seen = new Set<string>();
  for (const row of table.rows) {
    const name = cells.text(row, 'name');
    if (name === '') continue;
    const key = toIndicatorKey(name);
    if (seen.has(key)) {
      findings.push(makeFinding('parse', 'warning', { key: 'catalog.duplicate', params: { indicator: name } }, { refs: [cells.ref(row, 'name')!] }));
      continue;
    }
    seen.add(key);
    const indicator = readIndicator(cells, row, key, indicators.length, defaults);
    indicators.push(indicator);
    const parentName = cells.text(row, 'parent');
    if (parentName) parentTexts.set(indicator, parentName);
  }
  const catalog = resolveParents(buildCatalog(sheet.name, indicators), parentTexts);
  findings.push(...parentFindings(catalog, parentTexts));
  return { catalog: withoutBrokenParents(catalog), findings };
}

/** One catalogue row's cells, read by column, with a finding for a cell that does not parse. */
interface RowReader {
  text(row: number, col: CatalogColumn): string;
  ref(row: number, col: CatalogColumn): CellRef | undefined;
  /** The row's cell under each column the sheet has. */
  refs(row: number): Partial<Record<CatalogColumn, CellRef>>;
  number(row: number, col: CatalogColumn): Decimal | null;
  bad(row: number, col: CatalogColumn, accepted: Accepted): void;
  /** The word's meaning; undefined for a blank cell or (with a finding) a word not in the table. */
  word<T>(row: number, col: WordColumn, words: Readonly<Record<string, T>>): T | undefined;
}

function rowReader(sheet: SheetGrid, table: HeaderTable<CatalogColumn>, findings: Finding[]): RowReader {
  const text = (row: number, col: CatalogColumn): string => roleText(sheet, table, row, col);
  const ref = (row: number, col: CatalogColumn): CellRef | undefined => {
    const c = table.columns.get(col);
    return c === undefined ? undefined : cellRef(sheet.name, row, c);
  };
  // The column as the sheet heads it (类型, 指标类型 or kind): the clerk's own words, in any language.
  const header = (col: CatalogColumn): string => {
    const c = table.columns.get(col);
    return (c === undefined ? '' : textAt(sheet, table.headerRow, c).trim()) || CATALOG_LABELS[col][0];
  };
  const bad = (row: number, col: CatalogColumn, accepted: Accepted): void => {
    const at = ref(row, col);
    findings.push(makeFinding('parse', 'error', { key: 'catalog.bad-value', params: { column: header(col), raw: text(row, col), accepted } }, { refs: at ? [at] : [] }));
  };
  return {
    text,
    ref,
    bad,
    number: (row, col) => readNumber(sheet, table, row, col),
    refs(row) {
      const refs: Partial<Record<CatalogColumn, CellRef>> = {};
      for (const col of table.columns.keys()) refs[col] = ref(row, col);
      return refs;
    },
    word(row, col, words) {
      const key = toMatchKey(text(row, col));
      if (key === '') return undefined;
      const meaning = words[key];
      if (meaning === undefined) bad(row, col, { kind: 'one-of', column: col });
      return meaning;
    },
  };
}

function readIndicator(cells: RowReader, row: number, key: string, order: number, defaults: CatalogDefaults): Indicator {
  const text = (col: CatalogColumn): string => cells.text(row, col);
  const unit = text('unit') || null;
  const kind = cells.word(row, 'kind', KIND_WORDS) ?? inferKind(unit);
  let decimals: number | null = kind === 'count' ? 0 : kind === 'rate' ? 2 : null;
  if (text('decimals') !== '') {
    const d = cells.number(row, 'decimals');
    if (d && d.gte(0) && d.lte(10) && d.round(0).eq(d)) decimals = d.toNumber();
    else cells.bad(row, 'decimals', { kind: 'integer', min: 0, max: 10 });
  }
  const aggregation = cells.word(row, 'aggregation', AGGREGATION_WORDS) ?? 'agree';
  const parentName = text('parent');
  const relation = cells.word(row, 'relation', RELATION_WORDS);
  const rounding = cells.word(row, 'rounding', ROUNDING_WORDS) ?? defaults.defaultRounding ?? 'half-up';
  return {
    key,
    name: text('name').trim(),
    code: text('code') || null,
    unit,
    kind,
    decimals,
    reporters: splitUnits(text('reporters')),
    aggregation,
    totalReporter: text('totalReporter') || null,
    parent: parentName ? toIndicatorKey(parentName) : null,
    relation: parentName ? (relation ?? 'of-which') : null,
    formula: text('formula') || null,
    rounding,
    ...readFigures(cells, row, defaults),
    section: text('section') || null,
    definition: text('definition') || null,
    order,
    source: cells.ref(row, 'name') ?? null,
    cells: cells.refs(row),
  };
}

/** The 同比阈值, 上年公布数 and 取值范围 cells. */
function readFigures(cells: RowReader, row: number, defaults: CatalogDefaults): Pick<Indicator, 'yoyThreshold' | 'publishedPrevious' | 'rateRange'> {
  let yoyThreshold: Decimal | null = defaults.defaultYoyThreshold ?? null;
  if (cells.text(row, 'yoyThreshold') !== '') {
    yoyThreshold = cells.number(row, 'yoyThreshold');
    if (!yoyThreshold || yoyThreshold.lt(0)) {
      yoyThreshold = null;
      cells.bad(row, 'yoyThreshold', { kind: 'percent' });
    }
  }
  let publishedPrevious: Decimal | null = null;
  if (cells.text(row, 'publishedPrevious') !== '') {
    publishedPrevious = cells.number(row, 'publishedPrevious');
    if (!publishedPrevious) cells.bad(row, 'publishedPrevious', { kind: 'number' });
  }
  let rateRange = RATE_RANGE;
  if (cells.text(row, 'range') !== '') {
    const parsed = parseRange(cells.text(row, 'range'));
    if (parsed) rateRange = parsed;
    else cells.bad(row, 'range', { kind: 'range' });
  }
  return { yoyThreshold, publishedPrevious, rateRange };
}

function parentFindings(catalog: Catalog, parentTexts: ReadonlyMap<Indicator, string>): Finding[] {
  const findings: Finding[] = [];
  for (const ind of catalog.indicators) {
    const refs = ind.cells.parent ? [ind.cells.parent] : [];
    if (ind.parent && !catalog.byKey.has(ind.parent)) {
      findings.push(makeFinding('parse', 'error', { key: 'catalog.unknown-parent', params: { indicator: ind.name, parent: parentTexts.get(ind) ?? ind.parent } }, { refs }));
    } else if (ind.parent && hasParentCycle(catalog, ind)) {
      findings.push(makeFinding('parse', 'error', { key: 'catalog.cycle', params: { indicator: ind.name } }, { refs }));
    }
  }
  return findings;
}

export function buildCatalog(sheet: string | null, indicators: readonly Indicator[]): Catalog {
  const byKey = new Map<string, Indicator>();
  const byCode = new Map<string, Indicator>();
  for (const ind of indicators) {
    if (!byKey.has(ind.key)) byKey.set(ind.key, ind);
    if (ind.code && !byCode.has(toMatchKey(ind.code))) byCode.set(toMatchKey(ind.code), ind);
  }
  // An inferred 其中 item is keyed under its parent (总数›女); its own name finds it too where
  // no other indicator has that name, so a template can say {女职工数}.
  const names = new Map<string, Indicator | null>();
  for (const ind of indicators) {
    const k = toIndicatorKey(ind.name);
    if (k !== ind.key) names.set(k, names.has(k) ? null : ind);
  }
  for (const [k, ind] of names) if (ind && !byKey.has(k)) byKey.set(k, ind);
  return { sheet, indicators, byKey, byCode };
}

/** The kind a unit suggests when the catalogue leaves 类型 blank. */
export function inferKind(unit: string | null): IndicatorKind {
  if (unit === null) return 'amount';
  const u = toMatchKey(unit);
  if (RATE_UNITS.has(u)) return 'rate';
  return COUNT_UNITS.has(u) ? 'count' : 'amount';
}

function splitUnits(text: string): string[] {
  return text.split(REPORTER_SEPARATORS).map((s) => s.trim()).filter((s) => s !== '');
}

function readNumber<R extends string>(sheet: SheetGrid, table: HeaderTable<R>, row: number, role: R): Decimal | null {
  const c = table.columns.get(role);
  if (c === undefined) return null;
  const r = parseCellValue(cellAt(sheet, row, c), formatAt(sheet, row, c));
  return r.kind === 'number' && r.approx === null ? r.value : null;
}

function parseRange(text: string): { min: Decimal; max: Decimal } | null {
  const m = RANGE_PATTERN.exec(text);
  if (!m) return null;
  const min = toDecimal(m[1]);
  const max = toDecimal(m[2]);
  return min && max && min.lte(max) ? { min, max } : null;
}

function hasParentCycle(catalog: Catalog, start: Indicator): boolean {
  const seen = new Set<string>([start.key]);
  let cur = start.parent ? catalog.byKey.get(start.parent) : undefined;
  while (cur) {
    if (seen.has(cur.key)) return true;
    seen.add(cur.key);
    cur = cur.parent ? catalog.byKey.get(cur.parent) : undefined;
  }
  return false;
}

/**
 * 上级指标 names the parent by its 指标名称 or by its 编码/代码 (SPEC §2.3), in any letter case:
 * a name that is no indicator's but is some indicator's code points at that indicator.
 */
function resolveParents(catalog: Catalog, written: Map<Indicator, string>): Catalog {
  let changed = false;
  const resolved = catalog.indicators.map((ind) => {
    if (!ind.parent || catalog.byKey.has(ind.parent)) return ind;
    const byCode = catalog.byCode.get(toMatchKey(written.get(ind) ?? ''));
    if (!byCode) return ind;
    changed = true;
    const next = { ...ind, parent: byCode.key };
    written.set(next, written.get(ind) ?? '');
    return next;
  });
  return changed ? buildCatalog(catalog.sheet, resolved) : catalog;
}

/** Drops parent links that point nowhere or round in a circle, so checks never loop. */
function withoutBrokenParents(catalog: Catalog): Catalog {
  const fixed = catalog.indicators.map((ind) =>
    ind.parent && (!catalog.byKey.has(ind.parent) || hasParentCycle(catalog, ind)) ? { ...ind, parent: null, relation: null } : ind,
  );
  return buildCatalog(catalog.sheet, fixed);
}
