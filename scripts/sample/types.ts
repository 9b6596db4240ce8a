/** The shapes the sample's readable source is written in (see baoan-2023.source.ts). */

/** A value as a department would type it: a number, text ("150余", "26.3万"), or a number with a format. */
export type CellSpec = number | string | { readonly n: number; readonly fmt: string };

type LongRow =
  | {
      readonly name: string;
      readonly unit: string;
      readonly value: CellSpec;
      readonly previous?: CellSpec;
      readonly note?: string;
      /** Indentation of the name (其中 rows), in full-width spaces. */
      readonly indent?: number;
    }
  | { readonly heading: string }
  | { readonly blank: true; readonly hidden?: boolean };

export interface LongSheet {
  readonly layout: 'long';
  readonly name: string;
  readonly title: string;
  readonly reporter: string;
  readonly preparer: string;
  readonly phone: string;
  readonly rows: readonly LongRow[];
  /** Blank rows under the title before the header block, so the header lands lower. */
  readonly spacer?: number;
}

export interface WideSheet {
  readonly layout: 'wide';
  readonly name: string;
  readonly title: string;
  readonly reporter: string;
  readonly preparer: string;
  readonly phone: string;
  readonly firstLabel: string;
  readonly columns: readonly string[];
  readonly rows: readonly { readonly unit: string; readonly values: readonly number[] }[];
  readonly totalLabel: string;
}

export interface LedgerSheet {
  readonly layout: 'ledger';
  readonly name: string;
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

type DepartmentSheet = LongSheet | WideSheet | LedgerSheet;

export interface CatalogRow {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly kind: '计数' | '数值' | '比率' | '文本';
  readonly decimals?: number;
  readonly reporters?: string;
  readonly aggregation?: '一致' | '求和';
  readonly totalReporter?: string;
  readonly parent?: string;
  readonly relation?: '分项' | '其中';
  readonly formula?: string;
  readonly rounding?: '四舍五入' | '截尾' | '五成双';
  readonly yoyThreshold?: number;
  readonly publishedPrevious?: number;
  readonly section: string;
  readonly definition?: string;
}

export interface RuleRow {
  readonly id: string;
  readonly description: string;
  readonly expression: string;
  readonly severity: '错误' | '警告' | '提示';
  readonly tolerance?: number;
}

export interface TemplateRow {
  readonly section: string;
  readonly order: number;
  readonly template: string;
}

export interface SampleSource {
  readonly file: string;
  readonly period: string;
  readonly catalog: readonly CatalogRow[];
  readonly sheets: readonly DepartmentSheet[];
  readonly rules: readonly RuleRow[];
  readonly templates: readonly TemplateRow[];
}
