import type { Indicator } from '../catalog/types';
import type { Decimal } from '../decimal';
import type { CellRef } from '../grid/refs';
import type { Figure } from '../submission/types';
import type { Compilation } from '../workbook/types';

/**
 * A number as its source states it, in its indicator's catalogue unit: the value, the decimals it
 * is stated to (negative when written in a larger unit: 1.2万 read in 人 is stated to −3), whether
 * it was approximate (150余), and the words as written when it was.
 */
export interface Stated {
  readonly value: Decimal;
  readonly decimals: number;
  readonly approx: boolean;
  /** As written when approximate (150余), for the narrative; null otherwise. */
  readonly written: string | null;
}

/** The same thing this year and last year: every value, cell list and figure list comes as a pair. */
export interface ThisAndLast<T> {
  readonly current: T;
  readonly previous: T;
}

/** A figure's numbers in its indicator's catalogue unit, ready for every check. */
export interface FigureValue extends ThisAndLast<Stated | null> {
  readonly figure: Figure;
  /** The reporter's match key (toMatchKey), computed once: every index and check compares by it. */
  readonly reporterKey: string;
  /** The unit the figure was written in when it differs from the catalogue's. */
  readonly unitWritten: string | null;
  /** Powers of ten applied to reach the catalogue unit (万人次 → 人次: 4), or null when inconvertible. */
  readonly conversion: number | null;
}

/**
 * The whole of an indicator: the agreed figure of an 一致 indicator, the sum of a 求和 one.
 * `current` and `previous` are null when no number stands for them.
 */
export interface Whole extends ThisAndLast<Stated | null> {
  readonly indicator: Indicator;
  /** Cells each value comes from (one for 一致, every unit's for 求和). */
  readonly refs: ThisAndLast<readonly CellRef[]>;
  /** The figures behind each value (last year's: none when it is the catalogue's 上年公布数). */
  readonly figures: ThisAndLast<readonly FigureValue[]>;
  /** Reporting units of a 求和 indicator whose figure is missing. */
  readonly missingReporters: readonly string[];
}

export interface Model {
  readonly compilation: Compilation;
  readonly values: ReadonlyMap<number, FigureValue>;
  /** Figures of each indicator key (合计 rows of long tables excluded), in sheet order. */
  readonly byIndicator: ReadonlyMap<string, readonly FigureValue[]>;
  readonly wholes: ReadonlyMap<string, Whole>;
  /** The first figure of each indicator key and reporter match key (wide 合计 rows excluded). */
  readonly byReporter: ReadonlyMap<string, ReadonlyMap<string, FigureValue>>;
  /** The same, by indicator key, sheet and reporter match key (see `figureNear`). */
  readonly bySheetReporter: ReadonlyMap<string, FigureValue>;
  /** Figures of sheets of another period (SPEC §2.1), by indicator key: checked within their sheet only. */
  readonly otherPeriod: ReadonlyMap<string, readonly FigureValue[]>;
}
