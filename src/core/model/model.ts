import { shift } from '../decimal';
import type { Figure } from '../submission/types';
import { toMatchKey } from '../text/fold';
import type { Reading } from '../values/reading';
import type { Compilation } from '../workbook/types';
import { toConversion, unitScale } from './units';
import type { Term } from './rounding';
import type { FigureValue, Model, Stated, Whole } from './types';
import { toWhole } from './whole';

export type { FigureValue, Model, Stated, ThisAndLast } from './types';

export function buildModel(compilation: Compilation): Model {
  const values = new Map<number, FigureValue>();
  const byIndicator = new Map<string, FigureValue[]>();
  const otherPeriod = new Map<string, FigureValue[]>();
  for (const f of compilation.figures) {
    const fv = toFigureValue(f);
    values.set(f.id, fv);
    // A long table's 合计 rows and a wide table's 小计 rows are checked by balance; they are no
    // unit's figure of the indicator.
    if (f.role === 'total' && (f.layout === 'long' || f.totalOf === 'block')) continue;
    const into = f.otherPeriod ? otherPeriod : byIndicator;
    const list = into.get(f.key);
    if (list) list.push(fv);
    else into.set(f.key, [fv]);
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
      const r = f.reporterKey;
      if (!m.has(r)) m.set(r, f);
      const near = sheetReporterKey(key, f.figure.sheet, r);
      if (!bySheetReporter.has(near)) bySheetReporter.set(near, f);
    }
    byReporter.set(key, m);
  }
  for (const [key, list] of otherPeriod) {
    for (const f of list) {
      if (f.figure.role === 'total' && f.figure.layout === 'wide') continue;
      const near = sheetReporterKey(key, f.figure.sheet, f.reporterKey);
      if (!bySheetReporter.has(near)) bySheetReporter.set(near, f);
    }
  }
  return { compilation, values, byIndicator, wholes, byReporter, bySheetReporter, otherPeriod };
}

function toFigureValue(f: Figure): FigureValue {
  const unit = f.indicator?.unit ?? null;
  const written = writtenUnit(f);
  const conversion = written === null || unit === null ? 0 : toConversion(written, unit, f.indicator?.kind === 'rate');
  const power = conversion ?? 0;
  return {
    figure: f,
    reporterKey: toMatchKey(f.reporter),
    current: stated(f.current, power),
    previous: f.previous ? stated(f.previous, power) : null,
    unitWritten: conversion === 0 ? null : written,
    conversion,
  };
}

/** A reading as a stated number in the catalogue unit, `power` powers of ten away; null when no number. */
function stated(r: Reading, power: number): Stated | null {
  if (r.kind !== 'number') return null;
  return { value: shift(r.value, power), decimals: r.decimals - power, approx: r.approx !== null, written: r.approx?.written ?? null };
}

/** The unit a figure was written in: its unit column, else the words after its number. */
function writtenUnit(f: Figure): string | null {
  if (f.current.kind === 'number') {
    if (f.current.percent) return '%';
    if (f.current.unitText) return f.current.unitText;
  }
  return f.unit;
}

/** The first figure `reporter` gave for an indicator, or null. */
export function figureOf(model: Model, key: string, reporter: string): FigureValue | null {
  return model.byReporter.get(key)?.get(toMatchKey(reporter)) ?? null;
}

/**
 * The figure `reporter` gave for an indicator in `sheet`, else anywhere this period (a unit may
 * report twice); a sheet of another period looks only within itself.
 */
export function figureNear(model: Model, key: string, reporter: string, sheet: string, sameSheetOnly = false): FigureValue | null {
  return model.bySheetReporter.get(sheetReporterKey(key, sheet, toMatchKey(reporter))) ?? (sameSheetOnly ? null : figureOf(model, key, reporter));
}

const sheetReporterKey = (key: string, sheet: string, reporterKey: string): string => `${key}\u0001${sheet}\u0001${reporterKey}`;

/** A figure with a number as the rounding policy sees it: counts exact, others stated to their decimals. */
export function toTerm(f: FigureValue): Term {
  const ind = f.figure.indicator;
  return { stated: f.current!, exact: ind?.kind === 'count' && unitScale(ind.unit) === 0 };
}
