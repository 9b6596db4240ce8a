/**
 * What a finding says, as facts: numbers already cut to the decimals they are stated at, names
 * of indicators, units and sheets as data. No sentence is written here; src/core/i18n renders
 * a finding in the clerk's language at the edge (STYLE.md habit 15), so English output never
 * carries a Chinese fragment and a message can change without touching a check.
 * Everything is plain data: findings cross to the pane's Web Worker and back.
 */

/** A figure as a sentence shows it: the digits at its decimals and its unit (catalogue data). */
export interface Shown {
  readonly digits: string;
  /** The catalogue unit ('%' for a rate); empty when none. */
  readonly unit: string;
}

/** One term of a sum the clerk should see: "胜诉数 5宗". */
export interface NamedValue {
  readonly name: string;
  /** Null when the cell holds no number. */
  readonly value: Shown | null;
}

/** One unit's figure, in a list of disagreeing figures. */
export interface ReporterValue {
  readonly reporter: string;
  /** The sheet, when the same unit reports in several. */
  readonly sheet: string | null;
  readonly value: Shown;
}

/**
 * The 章节 a 文字模板 row stands in: the clerk's (or the catalogue's) name, none (a blank 章节),
 * or the section Huibian's default templates give indicators without one.
 */
export type TemplateSection = { readonly kind: 'named'; readonly name: string } | { readonly kind: 'blank' } | { readonly kind: 'default' };

/** What a 文字模板 placeholder lacks: its indicator's value, last year's, or a last year's that is 0 under a growth rate. */
export type MissingValue = 'value' | 'previous' | 'zero-previous';

/** The catalogue columns that take one of a fixed set of words (类型, 汇总方式, 关系, 取舍). */
export type WordColumn = 'kind' | 'aggregation' | 'relation' | 'rounding';

/** What a catalogue column accepts, for a value it could not read; each language lists its own words. */
export type Accepted =
  | { readonly kind: 'one-of'; readonly column: WordColumn }
  | { readonly kind: 'integer'; readonly min: number; readonly max: number }
  | { readonly kind: 'percent' }
  | { readonly kind: 'number' }
  | { readonly kind: 'range' };

/** Why a rule or formula could not be decided. */
export type Reason =
  | { readonly kind: 'missing'; readonly indicator: string; readonly reporter: string | null; readonly previous: boolean }
  | { readonly kind: 'division-by-zero' }
  | { readonly kind: 'approximate' }
  | { readonly kind: 'unknown-name'; readonly name: string };

/** A value a rule compared, as the clerk should read it. */
export type ValueFact =
  | { readonly kind: 'number'; readonly digits: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'column'; readonly label: string }
  | { readonly kind: 'unknown' };

/** A whole numerator over a base and the rate it gives: 108/113 = 95.58%. */
export interface GrimNeighbour {
  readonly k: number;
  readonly n: number;
  readonly rate: Shown;
}

/**
 * What went wrong in an expression (a rule, a 计算公式, a template placeholder), by kind; the
 * renderer words it. `text` is the piece of the expression involved, as written.
 */
export type ExpressionProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'extra'; readonly text: string }
  | { readonly kind: 'chained-comparison' }
  | { readonly kind: 'too-deep'; readonly limit?: number }
  | { readonly kind: 'too-long'; readonly length: number; readonly limit: number }
  | { readonly kind: 'percent-sign' }
  | { readonly kind: 'missing-before'; readonly text: string }
  | { readonly kind: 'empty-brackets' }
  | { readonly kind: 'unbalanced-parens' }
  | { readonly kind: 'incomplete' }
  | { readonly kind: 'empty-name' }
  | { readonly kind: 'empty-placeholder' }
  | { readonly kind: 'column-expected'; readonly text: string }
  | { readonly kind: 'column-missing' }
  | { readonly kind: 'function-unclosed'; readonly name: string }
  | { readonly kind: 'comma-expected'; readonly name: string }
  | { readonly kind: 'unclosed-quote' }
  | { readonly kind: 'unclosed-bracket' }
  | { readonly kind: 'unclosed-single-quote' }
  | { readonly kind: 'bad-character'; readonly text: string }
  | { readonly kind: 'no-function'; readonly name: string }
  | { readonly kind: 'arity'; readonly name: string; readonly min: number; readonly max: number | null; readonly given: number }
  | { readonly kind: 'prev-argument' }
  | { readonly kind: 'unrecognised'; readonly name: string }
  | { readonly kind: 'number-expected'; readonly where: string; readonly got: ValueFact }
  | { readonly kind: 'bool-expected'; readonly got: ValueFact }
  | { readonly kind: 'result-not-bool'; readonly got: ValueFact }
  | { readonly kind: 'incomparable'; readonly left: ValueFact; readonly right: ValueFact }
  | { readonly kind: 'text-comparison' }
  | { readonly kind: 'bool-comparison' }
  | { readonly kind: 'argument-type' }
  | { readonly kind: 'digits-argument' }
  | { readonly kind: 'criteria-pairs' }
  | { readonly kind: 'range-column'; readonly name: string }
  | { readonly kind: 'criterion-type'; readonly name: string }
  | { readonly kind: 'ragged-ranges' }
  | { readonly kind: 'stray-close' }
  | { readonly kind: 'not-an-indicator'; readonly name: string }
  | { readonly kind: 'unclosed-placeholder' }
  | { readonly kind: 'unknown-format'; readonly text: string };

export interface MessageParams {
  'parse.error': { value: string };
  'parse.date': { raw: string };
  'parse.boolean': { raw: string };
  'parse.text': { raw: string };
  'parse.grouping': { raw: string };
  'parse.uncached': { raw: string };
  'parse.stored-as-text': { raw: string; value: Shown };
  'parse.approx': { raw: string; value: Shown };
  'catalog.bad-value': { column: string; raw: string; accepted: Accepted };
  'catalog.unknown-parent': { indicator: string; parent: string };
  'catalog.duplicate': { indicator: string };
  'catalog.cycle': { indicator: string };
  'missing.absent': { indicator: string; reporter: string };
  'missing.blank': { indicator: string; reporter: string };
  'missing.reporter': { reporter: string; indicators: readonly string[] };
  'unknown.indicator': { label: string; reporter: string };
  'unknown.no-name': { value: string };
  'unknown.column': { label: string };
  'duplicate.values': { indicator: string; reporter: string; values: readonly string[] };
  'unit.mismatch': { indicator: string; reporter: string; unit: string; expected: string };
  'unit.converted': { indicator: string; reporter: string; unit: string; value: Shown };
  'type.negative': { indicator: string; reporter: string; value: Shown };
  'type.fractional': { indicator: string; reporter: string; value: Shown };
  'type.rate-range': { indicator: string; reporter: string; value: Shown; min: string; max: string };
  'balance.parts': { indicator: string; reporter: string; total: Shown; sum: Shown; parts: readonly NamedValue[] };
  'balance.total-row': { label: string; reporter: string; total: Shown; sum: Shown; parts: readonly NamedValue[] };
  'balance.wide': { indicator: string; reporter: string; label: string; total: Shown; sum: Shown; count: number };
  'part-of': { indicator: string; reporter: string; value: Shown; parent: string; parentValue: Shown };
  'ratio.mismatch': { indicator: string; reporter: string; value: Shown; expected: Shown; computation: string };
  'ratio.truncated': { indicator: string; reporter: string; value: Shown; expected: Shown; computation: string };
  'ratio.undecided': { indicator: string; reasons: readonly Reason[] };
  granularity: { indicator: string; reporter: string; value: Shown; base: number; baseIndicator: string; below: GrimNeighbour | null; above: GrimNeighbour | null };
  'cross-source': { indicator: string; values: readonly ReporterValue[]; used: ReporterValue };
  aggregate: { indicator: string; totalReporter: string; total: Shown; sum: Shown; count: number };
  yoy: { indicator: string; reporter: string; value: Shown; previous: Shown; up: boolean; percent: string; threshold: string };
  'prev-year': { indicator: string; reporter: string; value: Shown; published: Shown };
  'rule.failed': { description: string; left: ValueFact; op: string; right: ValueFact };
  'rule.failed-plain': { description: string };
  /** `id`: the rule's 编号, or null when it has none (it is then named by its row). */
  'rule.syntax': { id: string | null; row: number; position: number; problem: ExpressionProblem };
  'rule.unknown-name': { id: string | null; row: number; position: number; name: string };
  'rule.type': { id: string | null; row: number; problem: ExpressionProblem };
  'rule.undecided': { description: string; reasons: readonly Reason[] };
  'rule.bad-severity': { raw: string };
  /** `missing`: the value itself, last year's, or last year's when it is 0 and a growth rate needs it. */
  'narrative.missing-value': { indicator: string; missing: MissingValue; section: TemplateSection; order: string };
  'narrative.syntax': { section: TemplateSection; order: string; position: number; problem: ExpressionProblem };
  /** `asWritten`: the workbook's value in the draft's own unit, when the two differ (32.65亿元 for 326543.0万元). */
  'text.mismatch': { text: string; indicator: string; value: Shown; asWritten: Shown | null };
  'text.mismatch-previous': { text: string; indicator: string; value: Shown };
  /** `change`: the workbook's change on last year, signed. */
  'text.mismatch-change': { text: string; indicator: string; change: Shown };
  'text.ratio': { text: string; expected: Shown; computation: string };
  'text.truncated': { text: string; expected: Shown; computation: string };
  'narrative.year-missing': { placeholder: string };
  'text.unmatched': { text: string };
  'text.repeat': { indicator: string; first: string; second: string };
  'text.granularity': { text: string; base: string; below: GrimNeighbour | null; above: GrimNeighbour | null };
  'text.balance': { total: string; parts: readonly string[]; sum: string };
}

export interface HintParams {
  transposed: { suggested: Shown };
  'unit-slip': { suggested: Shown };
  'last-year': { previous: Shown };
  truncated: { rounded: Shown };
  sign: { suggested: Shown };
  'percent-scale': { suggested: Shown };
}

export type MessageKey = keyof MessageParams;
export type HintKey = keyof HintParams;

export type MessageDetail = { [K in MessageKey]: { readonly key: K; readonly params: MessageParams[K] } }[MessageKey];
export type HintDetail = { [K in HintKey]: { readonly key: K; readonly params: HintParams[K] } }[HintKey];
