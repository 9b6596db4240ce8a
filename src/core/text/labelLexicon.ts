import { toMatchKey } from './fold';

/** Column roles of a long submission table (SPEC §2.1), matched on toMatchKey. */
export type LongColumnRole = 'name' | 'value' | 'previous' | 'code' | 'unit' | 'note' | 'seq';

const LONG_LABELS: Record<LongColumnRole, readonly string[]> = {
  name: ['指标名称', '指标', '项目', 'name', '指标项目', '项目名称'],
  value: ['本年数', '本期数', '本年', '数值', '本年实际', 'value', '本年实际数', '本期'],
  previous: ['上年数', '上年同期', '上年同期数', '上年', 'previous', '上期数', '上年实际'],
  code: ['编码', '代码', '指标编码', 'code', '指标代码'],
  unit: ['单位', '计量单位', 'unit'],
  note: ['备注', '说明', 'note'],
  seq: ['序号', '行次', 'no', 'no.'],
};

const LONG_BY_KEY = new Map<string, LongColumnRole>();
for (const [role, labels] of Object.entries(LONG_LABELS) as [LongColumnRole, readonly string[]][]) {
  for (const label of labels) LONG_BY_KEY.set(toMatchKey(label), role);
}

const YEAR_LABEL = /^((?:19|20)\d{2})(?:年)?(?:度)?(?:数|实际|实际数|完成|完成数)?$/;

/** The role a header cell gives its column, or a year (2023年) whose role depends on the others. */
export function toLongColumnRole(label: string): LongColumnRole | { year: number } | null {
  const key = toMatchKey(label);
  if (key === '') return null;
  const role = LONG_BY_KEY.get(key);
  if (role) return role;
  const year = YEAR_LABEL.exec(key);
  if (year) return { year: Number(year[1]) };
  return null;
}

/** First labels that make a row the header of a wide table (one unit per row). */
const WIDE_FIRST_LABELS = new Set(['街道', '单位名称', '部门', '地区', '社区', '单位', '街道名称', '部门名称', '区域'].map(toMatchKey));

export function isWideFirstLabel(label: string): boolean {
  return WIDE_FIRST_LABELS.has(toMatchKey(label));
}

/** Rows that total the rows above them: 合计 | 总计 | 小计 (wide tables also 全区). */
const TOTAL_NAMES = new Set(['合计', '总计', '小计'].map(toMatchKey));
const WIDE_TOTAL_NAMES = new Set(['合计', '总计', '全区', '小计', '全区合计', '总体'].map(toMatchKey));

export function isTotalName(label: string): boolean {
  return TOTAL_NAMES.has(toMatchKey(label));
}

export function isWideTotalName(label: string): boolean {
  return WIDE_TOTAL_NAMES.has(toMatchKey(stripEnumerator(label)));
}

/** 小计 (a block's total), as against 合计/总计 (the table's). */
export function isSubtotalName(label: string): boolean {
  return toMatchKey(stripEnumerator(label)).endsWith(toMatchKey('小计'));
}

const NOTE_ROW = /^[\s\u3000]*(注|说明|备注|附注)[\s\u3000]*\d*[:：]/;

/** A note row between blocks (注：…, 说明：…): neither a figure nor the end of the table (SPEC §2.1). */
export function isNoteRow(label: string): boolean {
  return NOTE_ROW.test(label);
}

const OF_WHICH = /^[\s\u3000]*其中[\s\u3000]*[:：]?[\s\u3000]*/;

/** "其中：胜诉" → { ofWhich: true, rest: "胜诉" }. */
export function splitOfWhich(label: string): { ofWhich: boolean; rest: string } {
  const m = OF_WHICH.exec(label);
  if (!m) return { ofWhich: false, rest: label };
  const rest = label.slice(m[0].length);
  // "其中" alone heads the rows below it; it is not a figure's name.
  return { ofWhich: true, rest };
}

/** Keys of the header block above a table (填报单位：X …). */
export type HeaderKey = 'reporter' | 'period' | 'preparer' | 'phone' | 'date';

const HEADER_KEYS: readonly [string, HeaderKey][] = [
  ['填报单位', 'reporter'],
  ['报送单位', 'reporter'],
  ['报告期', 'period'],
  ['统计期', 'period'],
  ['填报人', 'preparer'],
  ['填表人', 'preparer'],
  ['联系电话', 'phone'],
  ['填报日期', 'date'],
];

export function toHeaderKey(text: string): HeaderKey | null {
  const key = toMatchKey(text).replace(/[:：]$/, '');
  for (const [label, role] of HEADER_KEYS) if (key === label) return role;
  return null;
}

/** Splits "填报单位：法规科" into key and value; several pairs may share a cell. */
export function splitHeaderPairs(text: string): { key: HeaderKey; value: string }[] {
  const out: { key: HeaderKey; value: string }[] = [];
  // A key may carry a remark in brackets: 填报单位（盖章）：信访科.
  const pattern = new RegExp(`(${HEADER_KEYS.map(([l]) => l).join('|')})[\\s\\u3000]*(?:[（(][^）)]{0,8}[)）])?[\\s\\u3000]*[:：][\\s\\u3000]*`, 'g');
  const matches = [...text.matchAll(pattern)];
  matches.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < matches.length ? matches[i + 1].index ?? text.length : text.length;
    const key = toHeaderKey(m[1]);
    if (key) out.push({ key, value: text.slice(start, end).trim() });
  });
  return out;
}

/** Footer lines end a table: 单位负责人：… 填表人：… 注：… */
const FOOTER = /^[\s\u3000]*(单位负责人|负责人|统计负责人|填表人|填报人|制表人|审核人|复核人|联系电话|填报日期|报出日期)[\s\u3000]*[:：]/;

export function isFooterText(text: string): boolean {
  return FOOTER.test(text);
}

/**
 * Leading enumerators of a row name (SPEC §2.1): 1. 1、 （1） (1) ⑴ ① ⒈ 一、 （一） Ⅰ. IV、 a) (a) a.
 * A letter or Roman numeral counts only with its bracket or mark, so "A类企业数" keeps its A.
 */
const ENUMERATOR = new RegExp(
  '^[\\s\\u3000]*(?:' +
    [
      '[（(][一二三四五六七八九十\\d]{1,3}[)）]',
      '[一二三四五六七八九十]{1,3}[、.．]',
      '\\d{1,3}[、.．](?!\\d)',
      '[\\u2460-\\u249b]', // ① … ⑳, ⑴ … ⒇, ⒈ … ⒛
      '[\\u2160-\\u217f]{1,4}[、.．]?', // Ⅰ Ⅱ … ⅰ ⅱ
      '(?:I|II|III|IV|V|VI|VII|VIII|IX|X)[、.．]',
      '[（(][a-zA-Z][)）]',
      '[a-zA-Z][)）.．、](?![\\d.])',
    ].join('|') +
    ')[\\s\\u3000]*',
);

export function stripEnumerator(label: string): string {
  return label.replace(ENUMERATOR, '');
}

/** "来信件数（宗）" → name 来信件数, unit 宗. */
export function splitUnitSuffix(label: string): { name: string; unit: string | null } {
  const m = /^(.*?)[\s\u3000]*[（(]([^（）()]{1,6})[)）][\s\u3000]*$/.exec(label);
  if (!m || m[1].trim() === '') return { name: label.trim(), unit: null };
  return { name: m[1].trim(), unit: m[2].trim() };
}
