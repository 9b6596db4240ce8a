import type { Figure } from '../submission/types';
import type { Reading } from '../values/reading';

/**
 * One figure that differs between two versions of a unit's sheet, by reporting unit, indicator
 * and period. Values are exact decimal text as read (a percentage in percent, 26.3万 as 263000,
 * an approximate figure as written, 150余); null when the figure is absent or blank.
 */
export interface FigureChange {
  readonly reporter: string;
  readonly indicator: string;
  /** The sheet's 报告期 as written (2023年, 1-6月), or null when it states none. */
  readonly period: string | null;
  /** True for last year's value (上年数), false for this year's. */
  readonly previous: boolean;
  /** Where the figure is now (the old sheet for a removed one). */
  readonly sheet: string;
  readonly cell: string | null;
  readonly old: string | null;
  readonly new: string | null;
}

/** Every figure that changed, was added or was removed between two versions of a submission. */
export interface SubmissionDiff {
  readonly changed: readonly FigureChange[];
  readonly added: readonly FigureChange[];
  readonly removed: readonly FigureChange[];
}

/** One side of a diff: figures with the period of the sheet they are in. */
export interface DiffSide {
  readonly figures: readonly Figure[];
  readonly periodOf: (sheet: string) => string | null;
}

/** A figure of one version: where a change would point, its value, and the key it is matched by. */
interface Entry extends Omit<FigureChange, 'old' | 'new'> {
  readonly key: string;
  readonly value: string | null;
}

/**
 * The figure-level diff of two versions (SPEC §1 step 3, §7 diff): figures are matched by unit,
 * indicator (the catalogue's name, else the label), period and year column; a figure written
 * twice in one version is matched by its order. Values compare exactly, as decimal text.
 */
export function diffFigures(before: DiffSide, after: DiffSide): SubmissionDiff {
  const old = entriesOf(before);
  const now = entriesOf(after);
  const changed: FigureChange[] = [];
  const added: FigureChange[] = [];
  const removed: FigureChange[] = [];
  for (const [key, e] of now) {
    const o = old.get(key);
    const was = o?.value ?? null;
    if (was === e.value) continue;
    if (was === null) added.push(toChange(e, null, e.value));
    else if (e.value === null) removed.push(toChange(o ?? e, was, null, e));
    else changed.push(toChange(e, was, e.value));
  }
  for (const [key, o] of old) if (!now.has(key) && o.value !== null) removed.push(toChange(o, o.value, null));
  return { changed, added, removed };
}

/** Every figure of one version as a change from nothing (a new unit's sheet: all added). */
export function allAdded(side: DiffSide): SubmissionDiff {
  return diffFigures({ figures: [], periodOf: side.periodOf }, side);
}

/** The number of figures a diff touches. */
export function diffSize(diff: SubmissionDiff): number {
  return diff.changed.length + diff.added.length + diff.removed.length;
}

function toChange(e: Entry, old: string | null, next: string | null, at: Entry = e): FigureChange {
  return { reporter: e.reporter, indicator: e.indicator, period: e.period, previous: e.previous, sheet: at.sheet, cell: at.cell, old, new: next };
}

function entriesOf(side: DiffSide): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const add = (f: Figure, previous: boolean, value: string | null, cell: string | null): void => {
    const indicator = f.indicator?.name ?? f.label;
    const period = side.periodOf(f.sheet);
    const base = JSON.stringify([f.reporter, f.indicator?.key ?? f.key, period, previous]);
    let key = base;
    for (let n = 2; out.has(key); n++) key = `${base}#${n}`;
    out.set(key, { key, reporter: f.reporter, indicator, period, previous, sheet: f.sheet, cell, value });
  };
  for (const f of side.figures) {
    add(f, false, readingText(f.current), f.currentCell.cell);
    if (f.previous) add(f, true, readingText(f.previous), f.previousCell?.cell ?? null);
  }
  return out;
}

/** A reading as exact text: a number's decimal value (an approximate one as written), else what the cell says. */
function readingText(r: Reading): string | null {
  switch (r.kind) {
    case 'number':
      return r.approx ? r.approx.written : r.value.toFixed();
    case 'na':
    case 'invalid':
      return r.raw;
    case 'missing':
      return null;
  }
}
