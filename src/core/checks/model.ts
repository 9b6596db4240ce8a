import { isSameUnit, normalizeUnit } from '../catalog/lookup';
import type { Indicator } from '../catalog/types';
import { shift, sum, type Decimal } from '../decimal';
import type { CellRef } from '../grid/refs';
import type { Figure } from '../submission/types';
import { toMatchKey } from '../text/fold';
import type { Reading } from '../values/reading';
import type { Compilation } from '../workbook/types';

/** Unit prefixes a figure may carry over the catalogue unit: 万人次 is 10⁴ 人次. */
const UNIT_PREFIX_POWER: ReadonlyMap<string, number> = new Map([
  ['十', 1], ['百', 2], ['千', 3], ['万', 4], ['十万', 5], ['百万', 6], ['千万', 7], ['亿', 8],
]);

/** A figure's value in its indicator's catalogue unit, ready for every check. */
export interface FigureValue {
  readonly figure: Figure;
  /** Null when the cell holds no number (missing, not applicable, unreadable). */
  readonly value: Decimal | null;
  readonly decimals: number;
  readonly approx: boolean;
  readonly previous: Decimal | null;
  readonly previousDecimals: number;
  readonly previousApprox: boolean;
  /** The unit the figure was written in when it differs from the catalogue's. */
  readonly unitWritten: string | null;
  /** Powers of ten applied to reach the catalogue unit (万人次 → 人次: 4), or null when inconvertible. */
  readonly conversion: number | null;
}

/** The whole of an indicator: the agreed figure of an 一致 indicator, the sum of a 求和 one. */
export interface Whole {
  readonly indicator: Indicator;
  readonly value: Decimal | null;
  readonly decimals: number;
  readonly approx: boolean;
  /** The figure as written when approximate (150余), for the narrative. */
  readonly written: string | null;
  readonly previous: Decimal | null;
  readonly previousDecimals: number;
  /** Cells the value comes from (one for 一致, every unit's for 求和). */
  readonly refs: readonly CellRef[];
  readonly previousRefs: readonly CellRef[];
  /** The figures behind the whole. */
  readonly figures: readonly FigureValue[];
  /** The figures last year's value comes from (none when it is the catalogue's 上年公布数). */
  readonly previousFigures: readonly FigureValue[];
  /** Reporting units of a 求和 indicator whose figure is missing. */
  readonly missingUnits: readonly string[];
}

export interface Model {
  readonly compilation: Compilation;
  readonly values: ReadonlyMap<number, FigureValue>;
  /** Figures of each indicator key (合计 rows of long tables excluded), in sheet order. */
  readonly byIndicator: ReadonlyMap<string, readonly FigureValue[]>;
  readonly wholes: ReadonlyMap<string, Whole>;
  readonly figureById: ReadonlyMap<number, Figure>;
  /** The first figure of each indicator key and reporter match key (wide 合计 rows excluded). */
  readonly byReporter: ReadonlyMap<string, ReadonlyMap<string, FigureValue>>;
  /** The same, by indicator key, sheet and reporter match key (see `figureNear`). */
  readonly bySheetReporter: ReadonlyMap<string, FigureValue>;
}

export function buildModel(compilation: Compilation): Model {
  const values = new Map<number, FigureValue>();
  const byIndicator = new Map<string, FigureValue[]>();
  const figureById = new Map<number, Figure>();
  for (const f of compilation.figures) {
    figureById.set(f.id, f);
    const fv = toFigureValue(f);
    values.set(f.id, fv);
    if (f.role === 'total' && f.layout === 'long') continue;
    const list = byIndicator.get(f.key);
    if (list) list.push(fv);
    else byIndicator.set(f.key, [fv]);
  }
  const wholes = new Map<string, Whole>();
  for (const ind of compilation.catalog.indicators) {
    const whole = toWhole(ind, byIndicator.get(ind.key) ?? []);
    if (whole) wholes.set(ind.key, whole);
  }
  const byReporter = new Map<string, Map<string, FigureValue>>();
  const bySheetReporter = new Map<string, FigureValue>();
  for (const [key, list] of byIndicator) {
    const m = new Map<string, FigureValue>();
    for (const f of list) {
      if (f.figure.role === 'total' && f.figure.layout === 'wide') continue;
      const r = toMatchKey(f.figure.reporter);
      if (!m.has(r)) m.set(r, f);
      const near = sheetReporterKey(key, f.figure.sheet, r);
      if (!bySheetReporter.has(near)) bySheetReporter.set(near, f);
    }
    byReporter.set(key, m);
  }
  return { compilation, values, byIndicator, wholes, figureById, byReporter, bySheetReporter };
}

function toFigureValue(f: Figure): FigureValue {
  const unit = f.indicator?.unit ?? null;
  const written = writtenUnit(f);
  const conversion = written === null || unit === null ? 0 : toConversion(written, unit, f.indicator?.kind === 'rate');
  const power = conversion ?? 0;
  const cur = numberOf(f.current, power);
  const prev = f.previous ? numberOf(f.previous, power) : { value: null, decimals: 0, approx: false };
  return {
    figure: f,
    value: cur.value,
    decimals: cur.decimals,
    approx: cur.approx,
    previous: prev.value,
    previousDecimals: prev.decimals,
    previousApprox: prev.approx,
    unitWritten: conversion === 0 ? null : written,
    conversion,
  };
}

function numberOf(r: Reading, power: number): { value: Decimal | null; decimals: number; approx: boolean } {
  if (r.kind !== 'number') return { value: null, decimals: 0, approx: false };
  return { value: shift(r.value, power), decimals: r.decimals - power, approx: r.approx !== null };
}

/** The unit a figure was written in: its unit column, else the words after its number. */
function writtenUnit(f: Figure): string | null {
  if (f.current.kind === 'number') {
    if (f.current.percent) return '%';
    if (f.current.unitText) return f.current.unitText;
  }
  return f.unit;
}

/** 0 when the units agree, k when `written` is 10^k of `unit`, null when they cannot be converted. */
export function toConversion(written: string, unit: string, isRate: boolean): number | null {
  if (isSameUnit(written, unit)) return 0;
  const w = normalizeUnit(written);
  const u = normalizeUnit(unit);
  if (isRate && (w === '%' || u === '%')) return null;
  for (const [prefix, power] of UNIT_PREFIX_POWER) {
    if (w === prefix + u) return power;
    if (u === prefix + w) return -power;
  }
  return null;
}

const reporterOrders = new WeakMap<Indicator, ReadonlyMap<string, number>>();

/** Position of each of an indicator's 报送单位 (and its 合计单位, last), by match key. */
export function reporterOrder(ind: Indicator): ReadonlyMap<string, number> {
  let order = reporterOrders.get(ind);
  if (!order) {
    const m = new Map<string, number>();
    ind.reporters.forEach((r, i) => {
      if (!m.has(toMatchKey(r))) m.set(toMatchKey(r), i);
    });
    if (ind.totalReporter !== null && !m.has(toMatchKey(ind.totalReporter))) m.set(toMatchKey(ind.totalReporter), ind.reporters.length);
    order = m;
    reporterOrders.set(ind, order);
  }
  return order;
}

/** True when a figure comes from a unit the indicator lists (or the indicator lists none). */
export function isListedReporter(ind: Indicator, reporter: string): boolean {
  return ind.reporters.length === 0 || reporterOrder(ind).has(toMatchKey(reporter));
}

function toWhole(ind: Indicator, figures: readonly FigureValue[]): Whole | null {
  if (figures.length === 0) return null;
  return ind.aggregation === 'sum' ? toSumWhole(ind, figures) : toAgreedWhole(ind, figures);
}

/** 一致: the first listed unit's figure is the one used; else the first figure with a number. */
function toAgreedWhole(ind: Indicator, figures: readonly FigureValue[]): Whole {
  const candidates = figures.filter((f) => !(f.figure.layout === 'wide' && f.figure.role === 'item'));
  const pool = candidates.length > 0 ? candidates : figures;
  const positions = reporterOrder(ind);
  const order = (f: FigureValue): number => positions.get(toMatchKey(f.figure.reporter)) ?? ind.reporters.length;
  const withNumber = pool.filter((f) => f.value !== null);
  const used = [...withNumber].sort((a, b) => order(a) - order(b))[0] ?? pool[0];
  const withPrevious = pool.filter((f) => f.previous !== null).sort((a, b) => order(a) - order(b))[0];
  const written = used.approx && used.figure.current.kind === 'number' ? used.figure.current.approx?.written ?? null : null;
  return {
    indicator: ind,
    value: used.value,
    decimals: used.decimals,
    approx: used.approx,
    written,
    previous: withPrevious?.previous ?? ind.publishedPrevious,
    previousDecimals: withPrevious?.previousDecimals ?? ind.decimals ?? 0,
    refs: [used.figure.currentCell],
    previousRefs: withPrevious?.figure.previousCell ? [withPrevious.figure.previousCell] : [],
    figures: [used],
    previousFigures: withPrevious ? [withPrevious] : [],
    missingUnits: [],
  };
}

/**
 * 求和: the sum over the reporting units (each unit's first figure); when some unit has not
 * reported, the 合计单位's own figure stands in for the whole.
 */
function toSumWhole(ind: Indicator, figures: readonly FigureValue[]): Whole {
  const total = ind.totalReporter ? toMatchKey(ind.totalReporter) : null;
  const isTotal = (f: FigureValue): boolean =>
    f.figure.role === 'total' || (total !== null && toMatchKey(f.figure.reporter) === total);
  const parts = unitFigures(ind, figures.filter((f) => !isTotal(f)));
  const totalFigure = figures.find((f) => isTotal(f) && f.value !== null) ?? null;
  const expected = ind.reporters.filter((r) => total === null || toMatchKey(r) !== total);
  const reported = new Set(parts.filter((p) => p.value !== null).map((p) => toMatchKey(p.figure.reporter)));
  const missingUnits = expected.filter((r) => !reported.has(toMatchKey(r)));
  const numbered = parts.filter((p) => p.value !== null);
  if ((missingUnits.length > 0 || numbered.length === 0) && totalFigure) {
    return {
      indicator: ind,
      value: totalFigure.value,
      decimals: totalFigure.decimals,
      approx: totalFigure.approx,
      written: null,
      previous: totalFigure.previous ?? ind.publishedPrevious,
      previousDecimals: totalFigure.previousDecimals,
      refs: [totalFigure.figure.currentCell],
      previousRefs: totalFigure.figure.previousCell ? [totalFigure.figure.previousCell] : [],
      figures: [totalFigure],
      previousFigures: totalFigure.previous !== null ? [totalFigure] : [],
      missingUnits,
    };
  }
  const prevParts = parts.filter((p) => p.previous !== null);
  const allPartsHavePrevious = prevParts.length === parts.length && parts.length > 0;
  const totalWithPrevious = figures.find((f) => isTotal(f) && f.previous !== null) ?? null;
  const previous = allPartsHavePrevious ? sum(prevParts.map((p) => p.previous!)) : totalWithPrevious?.previous ?? ind.publishedPrevious;
  const previousFigures = allPartsHavePrevious ? prevParts : totalWithPrevious ? [totalWithPrevious] : [];
  return {
    indicator: ind,
    value: numbered.length > 0 ? sum(numbered.map((p) => p.value!)) : null,
    decimals: numbered.reduce((m, p) => Math.min(m, p.decimals), ind.decimals ?? 0),
    approx: numbered.some((p) => p.approx),
    written: null,
    previous,
    previousDecimals: prevParts.reduce((m, p) => Math.min(m, p.previousDecimals), ind.decimals ?? 0),
    refs: numbered.map((p) => p.figure.currentCell),
    previousRefs: previousFigures.map((p) => p.figure.previousCell!).filter(Boolean),
    figures: numbered,
    previousFigures,
    missingUnits,
  };
}

/** One figure per reporting unit, the first in sheet order. */
export function unitFigures(ind: Indicator, figures: readonly FigureValue[]): FigureValue[] {
  const seen = new Set<string>();
  const out: FigureValue[] = [];
  for (const f of figures) {
    const key = toMatchKey(f.figure.reporter);
    if (seen.has(key) || !isListedReporter(ind, f.figure.reporter)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** The first figure `reporter` gave for an indicator, or null. */
export function figureOf(model: Model, key: string, reporter: string): FigureValue | null {
  return model.byReporter.get(key)?.get(toMatchKey(reporter)) ?? null;
}

/** The figure `reporter` gave for an indicator in `sheet`, else anywhere (a unit may report twice). */
export function figureNear(model: Model, key: string, reporter: string, sheet: string): FigureValue | null {
  return model.bySheetReporter.get(sheetReporterKey(key, sheet, toMatchKey(reporter))) ?? figureOf(model, key, reporter);
}

const sheetReporterKey = (key: string, sheet: string, reporterKey: string): string => `${key}\u0001${sheet}\u0001${reporterKey}`;

/** A figure as the rounding policy sees it: counts exact, others stated to their decimals. */
export function toStated(f: FigureValue): { value: Decimal; decimals: number; exact: boolean } {
  const ind = f.figure.indicator;
  return { value: f.value!, decimals: f.decimals, exact: ind?.kind === 'count' && unitScale(ind.unit) === 0 };
}

/** 万人次 counts in tens of thousands: a count in such a unit is whole only at 10^k. */
export function unitScale(unit: string | null): number {
  if (unit === null) return 0;
  let power = scaleOfUnit.get(unit);
  if (power === undefined) {
    const key = toMatchKey(unit);
    const prefix = PREFIXES_LONGEST_FIRST.find(([p]) => key.startsWith(p) && key.length > p.length);
    power = prefix?.[1] ?? 0;
    scaleOfUnit.set(unit, power);
  }
  return power;
}

/** Longest prefix first, so that 百万 wins over 百; units are few, so their scales are kept. */
const PREFIXES_LONGEST_FIRST = [...UNIT_PREFIX_POWER].sort((a, b) => b[0].length - a[0].length);
const scaleOfUnit = new Map<string, number>();
