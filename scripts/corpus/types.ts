/**
 * The readable source of one corpus book (test/corpus/sources/*.ts → test/corpus/books/*.xlsx).
 *
 * A book is a list of sheets; a sheet is a grid of cells written row by row, exactly as a clerk's
 * office would have typed it. The catalogue (指标目录), rules (校验规则) and templates (文字模板)
 * are ordinary sheets in the same format (scripts/corpus/helpers.ts builds them from row objects).
 * `expect` is what the specification (shared/SPEC.md) says Huibian must report about the book;
 * `verify` lists the arithmetic behind it, recomputed by scripts/corpus/verify.ts.
 */

/** A cell as the department left it. */
export type CellSpec =
  /** a number (General format) */
  | number
  /** text, as typed: "1,234", "150余", "—", "注：…" */
  | string
  /** a number with a number format: { n: 0.9963, fmt: '0.00%' } */
  | { readonly n: number; readonly fmt: string }
  /** a formula with the result Excel cached when it last saved the file */
  | { readonly f: string; readonly result: number | string | { readonly error: string }; readonly fmt?: string }
  /** an Excel error value */
  | { readonly error: '#DIV/0!' | '#REF!' | '#N/A' | '#VALUE!' | '#NAME?' | '#NUM!' | '#NULL!' }
  /** a date (Excel turned the clerk's "3-15" into one); yyyy-mm-dd */
  | { readonly date: string; readonly fmt?: string }
  /** TRUE / FALSE */
  | { readonly bool: boolean }
  /** text stored in a cell formatted as text (@), e.g. a code "101" or a number typed into a text cell */
  | { readonly text: string };

export type Row = readonly (CellSpec | null)[];

export interface SheetSource {
  readonly name: string;
  /** Row 1 first; `null` is an empty cell, an empty array an empty row. */
  readonly rows: readonly Row[];
  /** A1 ranges, e.g. 'A1:G1'. */
  readonly merges?: readonly string[];
  /** 1-based row numbers. */
  readonly hiddenRows?: readonly number[];
  /** column letters. */
  readonly hiddenCols?: readonly string[];
  /** column widths from column A. */
  readonly widths?: readonly number[];
  readonly state?: 'visible' | 'hidden';
  /** Presentation only (not compared by the drift test): header rows to shade, A1 range to border. */
  readonly headerRows?: readonly number[];
  readonly table?: string;
  readonly boldRows?: readonly number[];
}

/** Check ids of SPEC §4. */
type CheckId =
  | 'parse' | 'missing' | 'unknown' | 'duplicate' | 'unit' | 'type' | 'balance' | 'part-of' | 'ratio'
  | 'ratio-truncated' | 'granularity' | 'cross-source' | 'aggregate' | 'yoy' | 'prev-year' | 'rule' | 'ledger';

export interface Problem {
  readonly check: CheckId;
  /** The severity SPEC §4 gives it (default of the check, or the rule's 级别). */
  readonly severity: 'error' | 'warning' | 'info';
  readonly sheet: string;
  /** The cell the finding must point at (its refs include it); '' when the finding has no cell (a unit that sent nothing). */
  readonly cell: string;
  /** Other cells the refs should include. */
  readonly also?: readonly string[];
  readonly indicator?: string;
  readonly reporter?: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly note: string;
}

interface Trap {
  readonly sheet: string;
  readonly cell: string;
  /** Why no error or warning may point here (an info finding is allowed only where `info` names it). */
  readonly why: string;
  /** The info finding the spec does require here, if any (text storage, unit conversion, approximation). */
  readonly info?: CheckId;
}

interface SummaryExpectation {
  readonly indicator: string;
  /** 本年 as the summary shows it at the indicator's decimals; '' when blank. */
  readonly value: string;
  /** 备注 or 报送单位 content that must appear (e.g. 未报送：民政局); several parts separated by ' | '. */
  readonly remark?: string;
}

interface Expectations {
  readonly problems: readonly Problem[];
  readonly traps: readonly Trap[];
  readonly summary?: readonly SummaryExpectation[];
  /** Sentences that must appear in 文字说明, exactly. */
  readonly narrative?: readonly string[];
  /** Other statements the spec makes about this book (periods, sheets read, …). */
  readonly notes?: readonly string[];
}

/** A cell reference 'Sheet!D7', optionally scaled (a figure in 亿元 against a 万元 indicator: factor 10000). */
export type Ref = string | { readonly cell: string; readonly factor: number };

/** Arithmetic that scripts/corpus/verify.ts recomputes from the cells, independently of the product. */
export type Verify =
  /** total vs parts, XBRL-interval aware: consistent iff |total − Σparts| ≤ ½·10^−d(total) + Σ ½·10^−d(part) */
  | { readonly kind: 'sum'; readonly total: Ref | number; readonly parts: readonly Ref[]; readonly decimals?: number; readonly ok: boolean; readonly what: string }
  /** part ≤ whole */
  | { readonly kind: 'le'; readonly part: Ref; readonly whole: Ref; readonly ok: boolean; readonly what: string }
  /** a rate vs num/den×100 at decimals under a rounding mode; 'truncated' = matches only when truncated */
  | { readonly kind: 'rate'; readonly rate: Ref; readonly num: Ref | number; readonly den: Ref | number; readonly decimals: number; readonly mode: '四舍五入' | '截尾' | '五成双'; readonly ok: boolean | 'truncated'; readonly what: string }
  /** GRIM: does some whole k ≤ n give the rate at its decimals (四舍五入)? */
  | { readonly kind: 'grim'; readonly rate: Ref; readonly den: Ref | number; readonly decimals: number; readonly possible: boolean; readonly what: string }
  /** the same figure in several places */
  | { readonly kind: 'equal'; readonly cells: readonly Ref[]; readonly ok: boolean; readonly what: string }
  /** a figure equals a constant (catalogue 上年公布数, a rule's right side, …) */
  | { readonly kind: 'value'; readonly cell: Ref; readonly equals: number; readonly ok: boolean; readonly what: string }
  /** |cur/prev − 1|×100 ≤ threshold */
  | { readonly kind: 'yoy'; readonly cur: Ref; readonly prev: Ref | number; readonly threshold: number; readonly ok: boolean; readonly what: string }
  /** COUNTIF / SUMIF over a ledger column (header name in the given header row) */
  | { readonly kind: 'ledger'; readonly sheet: string; readonly headerRow: number; readonly fn: 'COUNTA' | 'COUNTIF' | 'SUMIF'; readonly column: string; readonly criterion?: string; readonly sumColumn?: string; readonly equals: Ref | number; readonly tolerance?: number; readonly ok: boolean; readonly what: string };

export interface BookSource {
  /** file name without .xlsx */
  readonly file: string;
  /** one line: which real-world style this book represents */
  readonly style: string;
  /** the compilation's period as most sheets state it */
  readonly period: string;
  /** who wrote the file last: ExcelJS (default), LibreOffice (soffice --convert-to), WPS (post-processed XML) */
  readonly producer?: 'exceljs' | 'libreoffice' | 'wps';
  readonly creator?: string;
  readonly sheets: readonly SheetSource[];
  readonly expect: Expectations;
  readonly verify?: readonly Verify[];
}
