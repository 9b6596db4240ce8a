/**
 * The words of the 指标目录 sheet (SPEC §2.3): its column headers, the words its 类型, 汇总方式,
 * 关系 and 取舍 cells may hold, and the units that make a blank 类型 a count. The catalogue
 * reader matches cells against these; nothing here is shown to the clerk as a sentence.
 */
import type { RoundingMode } from '../decimal';
import type { Aggregation, CatalogColumn, IndicatorKind, Relation } from './types';

/** Each column's accepted headers, the Chinese one the findings name first. */
export const CATALOG_LABELS: Record<CatalogColumn, readonly string[]> = {
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

/** 类型 cell words (match keys) → kind. */
export const KIND_WORDS: Readonly<Record<string, IndicatorKind>> = {
  计数: 'count', count: 'count', 数量: 'count',
  数值: 'amount', 金额: 'amount', amount: 'amount', 数额: 'amount',
  比率: 'rate', 比例: 'rate', 百分比: 'rate', rate: 'rate',
  文本: 'text', text: 'text',
};

/** 汇总方式 cell words → aggregation. */
export const AGGREGATION_WORDS: Readonly<Record<string, Aggregation>> = { 一致: 'agree', agree: 'agree', 求和: 'sum', 合计: 'sum', sum: 'sum' };

/** 关系 cell words → relation. */
export const RELATION_WORDS: Readonly<Record<string, Relation>> = { 分项: 'parts', parts: 'parts', 构成: 'parts', 其中: 'of-which', 'of-which': 'of-which', ofwhich: 'of-which' };

/** 取舍 cell words → rounding mode. */
export const ROUNDING_WORDS: Readonly<Record<string, RoundingMode>> = {
  四舍五入: 'half-up', 'half-up': 'half-up',
  截尾: 'truncate', 舍去: 'truncate', truncate: 'truncate',
  五成双: 'half-even', 四舍六入五成双: 'half-even', 'half-even': 'half-even', 'gb/t8170': 'half-even',
};

/** Units that make an indicator with a blank 类型 a count. */
export const COUNT_UNITS: ReadonlySet<string> = new Set(['个', '件', '宗', '家', '人', '人次', '次', '场', '场次', '期', '份', '户', '项', '所', '名', '家次', '起', '条', '批', '套', '台', '座', '篇', '本', '部', '门']);

/** Units (match keys) that make an indicator with a blank 类型 a rate. */
export const RATE_UNITS: ReadonlySet<string> = new Set(['%', '百分比', '‰']);

/** What separates the reporters listed in one 报送单位 cell. */
export const REPORTER_SEPARATORS = /[、,，;；\s]+/;

/** A 取值范围 cell: "0-100", "0～100", "0至100", with an optional %. */
export const RANGE_PATTERN = /^\s*(-?\d+(?:\.\d+)?)\s*[-~～至到—]\s*(-?\d+(?:\.\d+)?)\s*%?\s*$/;

/** Unit words (match keys) that mean per cent, so 百分比 and % are the same unit. */
export const PERCENT_UNIT_WORDS: ReadonlySet<string> = new Set(['百分比', '百分率']);

/** The names the compilation workbook's input sheets go by, in either language. */
export const INPUT_SHEET_NAMES = {
  catalog: ['指标目录', 'catalog', 'catalogue'],
  rules: ['校验规则', 'rules'],
  templates: ['文字模板', 'templates'],
} as const;
