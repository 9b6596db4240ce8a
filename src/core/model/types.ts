import type { Indicator } from '../catalog/types';
import type { Decimal } from '../decimal';
import type { CellRef } from '../grid/refs';
import type { Figure } from '../submission/types';
import type { Compilation } from '../workbook/types';

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
