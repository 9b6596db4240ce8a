import type { Decimal, RoundingMode } from '../decimal';
import type { CellRef } from '../grid/refs';

/** 计数 count | 数值 amount | 比率 rate | 文本 text (SPEC §2.3). */
export type IndicatorKind = 'count' | 'amount' | 'rate' | 'text';
/** 一致: all reporting units must agree; 求和: the whole is the sum over the units. */
export type Aggregation = 'agree' | 'sum';
/** 分项: children sum exactly to the parent; 其中: each child ≤ parent. */
export type Relation = 'parts' | 'of-which';

export interface Indicator {
  /** Match key of the name (toMatchKey), the indicator's identity everywhere. */
  readonly key: string;
  readonly name: string;
  readonly code: string | null;
  readonly unit: string | null;
  readonly kind: IndicatorKind;
  /** Decimals figures are stated to; null for an amount stated as written. */
  readonly decimals: number | null;
  /** 报送单位 in catalogue order; none means "never missing". */
  readonly reporters: readonly string[];
  readonly aggregation: Aggregation;
  /** 合计单位: for a 求和 indicator, the unit that also reports the whole. */
  readonly totalReporter: string | null;
  /** Key of 上级指标. */
  readonly parent: string | null;
  readonly relation: Relation | null;
  /** 计算公式 as written, in the rule language. */
  readonly formula: string | null;
  readonly rounding: RoundingMode;
  /** 同比阈值 in percent. */
  readonly yoyThreshold: Decimal | null;
  readonly publishedPrevious: Decimal | null;
  readonly rateRange: { readonly min: Decimal; readonly max: Decimal };
  readonly section: string | null;
  readonly definition: string | null;
  /** Position in the catalogue (or in detection order for an inferred one). */
  readonly order: number;
  /** The catalogue row; null when the indicator was inferred from the sheets. */
  readonly source: CellRef | null;
  /** The catalogue cell of each column, for findings about the catalogue itself. */
  readonly cells: Readonly<Partial<Record<CatalogColumn, CellRef>>>;
}

export type CatalogColumn =
  | 'code'
  | 'name'
  | 'unit'
  | 'kind'
  | 'decimals'
  | 'reporters'
  | 'aggregation'
  | 'totalReporter'
  | 'parent'
  | 'relation'
  | 'formula'
  | 'rounding'
  | 'yoyThreshold'
  | 'publishedPrevious'
  | 'range'
  | 'section'
  | 'definition';

export interface Catalog {
  /** The 指标目录 sheet, or null when the indicators were inferred from the sheets. */
  readonly sheet: string | null;
  readonly indicators: readonly Indicator[];
  readonly byKey: ReadonlyMap<string, Indicator>;
  readonly byCode: ReadonlyMap<string, Indicator>;
}
