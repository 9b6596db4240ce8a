import { fromInteger, toDecimal, type Decimal, type RoundingMode } from '../decimal';
import { makeFinding } from '../findings/finding';
import type { Accepted } from '../findings/facts';
import type { Finding } from '../findings/finding';
import { findHeaderTable, roleText, type HeaderTable } from '../grid/headerTable';
import { cellRef, type CellRef } from '../grid/refs';
import { cellAt, formatAt, type SheetGrid } from '../grid/types';
import { toMatchKey } from '../text/fold';
import { parseCellValue } from '../values/parseValue';
import { toIndicatorKey } from './lookup';
import type { Aggregation, Catalog, CatalogColumn, Indicator, IndicatorKind, Relation } from './types';

const LABELS: Record<CatalogColumn, readonly string[]> = {
  code: ['编码', '代码', '指标编码', 'code'],
  name: ['指标名称', '指标', 'name', 'indicator'],
  unit: ['单位', '计量单位', 'unit'],
  kind: ['类型', '指标类型', 'kind', 'type'],
  decimals: ['小数位', '小数位数', 'decimals'],
  reporters: ['报送单位', '填报单位', 'reporters', 'reporting units', 'reporting unit'],
  aggregation: ['汇总方式', 'aggregation'],
  totalReporter: ['合计单位', 'total unit', 'total reporter'],
  parent: ['上级指标', 'parent'],
  relation: ['关系', 'relation'],
  formula: ['计算公式', '公式', 'formula'],
  rounding: ['取舍', '修约', 'rounding'],
  yoyThreshold: ['同比阈值', 'yoy threshold', 'yoy'],
  publishedPrevious: ['上年公布数', 'published previous', 'previous published'],
  range: ['取值范围', 'range'],
  section: ['章节', 'section'],
  definition: ['说明', '定义', 'definition', 'description'],
};

const KINDS: Record<string, IndicatorKind> = {
  计数: 'count', count: 'count', 数量: 'count',
  数值: 'amount', 金额: 'amount', amount: 'amount', 数额: 'amount',
  比率: 'rate', 比例: 'rate', 百分比: 'rate', rate: 'rate',
  文本: 'text', text: 'text',
};
const AGGREGATIONS: Record<string, Aggregation> = { 一致: 'agree', agree: 'agree', 求和: 'sum', 合计: 'sum', sum: 'sum' };
const RELATIONS: Record<string, Relation> = { 分项: 'parts', parts: 'parts', 构成: 'parts', 其中: 'of-which', 'of-which': 'of-which', ofwhich: 'of-which' };
const ROUNDINGS: Record<string, RoundingMode> = {
  四舍五入: 'half-up', 'half-up': 'half-up',
  截尾: 'truncate', 舍去: 'truncate', truncate: 'truncate',
  五成双: 'half-even', 四舍六入五成双: 'half-even', 'half-even': 'half-even', 'gb/t8170': 'half-even',
};

const COUNT_UNITS = new Set(['个', '件', '宗', '家', '人', '人次', '次', '场', '场次', '期', '份', '户', '项', '所', '名', '家次', '起', '条', '批', '套', '台', '座', '篇', '本', '部', '门']);

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
  const table = findHeaderTable<CatalogColumn>(sheet, LABELS, 'name');
  const findings: Finding[] = [];
  if (!table) return { catalog: buildCatalog(sheet.name, []), findings };
  const indicators: Indicator[] = [];
  const parentTexts = new Map<Indicator, string>();
  const seen = new Set<string>();
  const text = (row: number, col: CatalogColumn): string => roleText(sheet, table, row, col);
  const ref = (row: number, col: CatalogColumn): CellRef | undefined => {
    const c = table.columns.get(col);
    return c === undefined ? undefined : cellRef(sheet.name, row, c);
  };
  const bad = (row: number, col: CatalogColumn, accepted: Accepted): void => {
    const at = ref(row, col);
    findings.push(makeFinding('parse', 'error', { key: 'catalog.bad-value', params: { column: LABELS[col][0], raw: text(row, col), accepted } }, { refs: at ? [at] : [] }));
  };

  for (const row of table.rows) {
    const name = text(row, 'name');
    if (name === '') continue;
    const key = toIndicatorKey(name);
    if (seen.has(key)) {
      findings.push(makeFinding('parse', 'warning', { key: 'catalog.duplicate', params: { indicator: name } }, { refs: [ref(row, 'name')!] }));
      continue;
    }
    seen.add(key);
    const unit = text(row, 'unit') || null;
    const kindText = toMatchKey(text(row, 'kind'));
    let kind: IndicatorKind = inferKind(unit);
    if (kindText !== '') {
      const k = KINDS[kindText];
      if (k) kind = k;
      else bad(row, 'kind', { kind: 'one-of', words: ['计数', '数值', '比率', '文本'] });
    }
    let decimals: number | null = kind === 'count' ? 0 : kind === 'rate' ? 2 : null;
    if (text(row, 'decimals') !== '') {
      const d = readNumber(sheet, table, row, 'decimals');
      if (d && d.gte(0) && d.lte(10) && d.round(0).eq(d)) decimals = d.toNumber();
      else bad(row, 'decimals', { kind: 'integer', min: 0, max: 10 });
    }
    const aggText = toMatchKey(text(row, 'aggregation'));
    let aggregation: Aggregation = 'agree';
    if (aggText !== '') {
      const a = AGGREGATIONS[aggText];
      if (a) aggregation = a;
      else bad(row, 'aggregation', { kind: 'one-of', words: ['一致', '求和'] });
    }
    const parentName = text(row, 'parent');
    const relText = toMatchKey(text(row, 'relation'));
    let relation: Relation | null = parentName ? 'of-which' : null;
    if (relText !== '') {
      const r = RELATIONS[relText];
      if (r) relation = parentName ? r : null;
      else bad(row, 'relation', { kind: 'one-of', words: ['分项', '其中'] });
    }
    const roundText = toMatchKey(text(row, 'rounding'));
    let rounding: RoundingMode = defaults.defaultRounding ?? 'half-up';
    if (roundText !== '') {
      const r = ROUNDINGS[roundText];
      if (r) rounding = r;
      else bad(row, 'rounding', { kind: 'one-of', words: ['四舍五入', '截尾', '五成双'] });
    }
    let yoyThreshold: Decimal | null = defaults.defaultYoyThreshold ?? null;
    if (text(row, 'yoyThreshold') !== '') {
      yoyThreshold = readNumber(sheet, table, row, 'yoyThreshold');
      if (!yoyThreshold || yoyThreshold.lt(0)) {
        yoyThreshold = null;
        bad(row, 'yoyThreshold', { kind: 'percent' });
      }
    }
    let publishedPrevious: Decimal | null = null;
    if (text(row, 'publishedPrevious') !== '') {
      publishedPrevious = readNumber(sheet, table, row, 'publishedPrevious');
      if (!publishedPrevious) bad(row, 'publishedPrevious', { kind: 'number' });
    }
    let rateRange = RATE_RANGE;
    if (text(row, 'range') !== '') {
      const parsed = parseRange(text(row, 'range'));
      if (parsed) rateRange = parsed;
      else bad(row, 'range', { kind: 'range' });
    }
    const cells: Partial<Record<CatalogColumn, CellRef>> = {};
    for (const col of table.columns.keys()) cells[col] = ref(row, col);
    indicators.push({
      key,
      name: name.trim(),
      code: text(row, 'code') || null,
      unit,
      kind,
      decimals,
      reporters: splitUnits(text(row, 'reporters')),
      aggregation,
      totalReporter: text(row, 'totalReporter') || null,
      parent: parentName ? toIndicatorKey(parentName) : null,
      relation,
      formula: text(row, 'formula') || null,
      rounding,
      yoyThreshold,
      publishedPrevious,
      rateRange,
      section: text(row, 'section') || null,
      definition: text(row, 'definition') || null,
      order: indicators.length,
      source: ref(row, 'name') ?? null,
      cells,
    });
    if (parentName) parentTexts.set(indicators[indicators.length - 1], parentName);
  }
  const catalog = resolveParents(buildCatalog(sheet.name, indicators), parentTexts);
  for (const ind of catalog.indicators) {
    if (ind.parent && !catalog.byKey.has(ind.parent)) {
      findings.push(makeFinding('parse', 'error', { key: 'catalog.unknown-parent', params: { indicator: ind.name, parent: parentTexts.get(ind) ?? ind.parent } }, { refs: ind.cells.parent ? [ind.cells.parent] : [] }));
    } else if (ind.parent && hasParentCycle(catalog, ind)) {
      findings.push(makeFinding('parse', 'error', { key: 'catalog.cycle', params: { indicator: ind.name } }, { refs: ind.cells.parent ? [ind.cells.parent] : [] }));
    }
  }
  return { catalog: withoutBrokenParents(catalog), findings };
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
  if (u === '%' || u === '百分比' || u === '‰') return 'rate';
  return COUNT_UNITS.has(u) ? 'count' : 'amount';
}

export function splitUnits(text: string): string[] {
  return text.split(/[、,，;；\s]+/).map((s) => s.trim()).filter((s) => s !== '');
}

function readNumber<R extends string>(sheet: SheetGrid, table: HeaderTable<R>, row: number, role: R): Decimal | null {
  const c = table.columns.get(role);
  if (c === undefined) return null;
  const r = parseCellValue(cellAt(sheet, row, c), formatAt(sheet, row, c));
  return r.kind === 'number' && r.approx === null ? r.value : null;
}

function parseRange(text: string): { min: Decimal; max: Decimal } | null {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*[-~～至到—]\s*(-?\d+(?:\.\d+)?)\s*%?\s*$/.exec(text);
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
