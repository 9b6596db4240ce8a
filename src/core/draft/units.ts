import type { Indicator } from '../catalog/types';
import { toMatchKey } from '../text/fold';

/**
 * Measure words in prose (SPEC §6): open-ended, so a figure's unit is read as the longest
 * catalogue unit standing after the number, else the longest common measure word below, else
 * (for Arabic numerals) any single Chinese character that is not a function word.
 */
export const MEASURE_WORDS: readonly string[] = [
  '个百分点', '百分点', '平方公里', '平方千米', '平方米', '立方米', '千瓦时', '人次', '家次', '场次', '件次', '户次', '车次', '架次', '艘次', '班次', '批次', '台次', '诊次', '床日',
  '公里', '千米', '厘米', '毫米', '公顷', '千克', '公斤', '千瓦', '兆瓦', '小时', '分钟', '个月', '周岁', '美元', '港元', '欧元',
  '元', '米', '亩', '吨', '克', '斤', '度', '天', '日', '周', '年', '岁', '倍', '成', '宗', '件', '家', '个', '场', '份', '次', '期', '名', '人', '户', '项', '所', '起',
  '条', '批', '套', '台', '座', '篇', '本', '部', '支', '处', '张', '床', '辆', '株', '头', '只', '匹', '棵', '间', '栋', '幢', '层', '册', '卷', '块', '片', '把', '枚',
  '颗', '粒', '封', '单', '笔', '例', '位', '班', '届', '轮', '类', '种', '门', '组', '对', '双', '副', '艘', '架', '列', '根', '口', '眼', '盏', '杆', '课', '节', '章',
];

/**
 * Characters that follow a number without being its measure word (12个和, 1至3, 第3): the
 * open-ended fallback never takes them.
 */
const NOT_MEASURE = new Set([...'的和与及或至到以之为是在了其中上下内外左右前后多余年月日号时分秒比并且而但等都也又将已被把让给对向从自由于即就才还再共约近超第每各该此这那同增减降达占及较'].filter(Boolean));

/** Multipliers a unit may carry, longest first: 万元 is 10⁴ 元, 千克 10³ 克. 百分点 is not 10² 分点. */
const MULTIPLIERS: readonly (readonly [string, number])[] = [
  ['万亿', 12],
  ['百万', 6],
  ['千万', 7],
  ['十', 1],
  ['百', 2],
  ['千', 3],
  ['万', 4],
  ['亿', 8],
];

export interface UnitParts {
  /** Power of ten the unit carries (万元: 4). */
  readonly power: number;
  /** The unit without its multiplier (万元: 元; 万 alone: the empty string). */
  readonly base: string;
}

const partsCache = new Map<string, UnitParts>();

/** 万元 → 10⁴ × 元; 人次 → 10⁰ × 人次. */
export function toUnitParts(unit: string): UnitParts {
  let hit = partsCache.get(unit);
  if (hit) return hit;
  const key = toMatchKey(unit).replace(/^[(（]|[)）]$/g, '');
  const multiplier = key.startsWith('百分') ? undefined : MULTIPLIERS.find(([prefix]) => key.startsWith(prefix));
  hit = multiplier ? { power: multiplier[1], base: key.slice(multiplier[0].length) } : { power: 0, base: key };
  if (partsCache.size > 10_000) partsCache.clear();
  partsCache.set(unit, hit);
  return hit;
}

/**
 * Measure words that count the same things, so prose may use either (床位12680张 / 12680床,
 * 医院56家 / 56个). 个 counts things and places, never people.
 */
const SAME_COUNT: readonly (readonly string[])[] = [
  ['件', '宗', '起', '例'],
  ['人', '名', '位'],
  ['个', '家', '所', '座', '处', '项', '类', '种', '批', '套', '台', '间', '栋', '条', '支', '张', '床', '辆', '只', '株', '块'],
  ['张', '床'],
  ['场', '场次'],
  ['次', '场次', '件次'],
  ['%', '百分比', '百分率'],
  ['百分点', '个百分点'],
];

/** Units that measure an amount, not a count: a figure in them is never a GRIM base. */
const AMOUNT_BASES = new Set(['元', '美元', '港元', '欧元', '米', '公里', '千米', '厘米', '毫米', '平方米', '平方公里', '平方千米', '立方米', '亩', '公顷', '吨', '克', '千克', '公斤', '斤', '千瓦时', '千瓦', '兆瓦', '度', '天', '日', '周', '年', '个月', '小时', '分钟', '岁', '周岁', '倍', '成', '百分点', '个百分点', '床日']);

export function isAmountUnit(unit: string | null): boolean {
  return unit !== null && AMOUNT_BASES.has(toUnitParts(unit).base);
}

/**
 * Powers of ten that turn a prose figure in `written` into the indicator's unit, or null when
 * the units do not measure the same thing. The figure's own multiplier is already applied
 * (86.57亿元 arrives as 8657000000 元). A bare number is taken in the indicator's unit.
 */
export function conversionTo(written: string | null, ind: Indicator): number | null {
  if (written === null) return 0;
  const w = toUnitParts(written);
  if (ind.unit === null) return isAmountUnit(written) ? null : w.power;
  const target = toUnitParts(ind.unit);
  if (w.base === target.base) return w.power - target.power;
  if (isAmountUnit(written) || isAmountUnit(ind.unit)) return null;
  if (SAME_COUNT.some((g) => g.includes(w.base) && g.includes(target.base))) return w.power - target.power;
  return null;
}

/** Whether two measure words count the same things (家 and 个, 件 and 宗), multipliers aside. */
export function isSameCount(a: string, b: string): boolean {
  const x = toUnitParts(a).base;
  const y = toUnitParts(b).base;
  if (x === y) return true;
  return !isAmountUnit(a) && !isAmountUnit(b) && SAME_COUNT.some((g) => g.includes(x) && g.includes(y));
}

/** Whether `ch` may serve as an open-ended measure word after an Arabic number. */
export function isOpenMeasureWord(ch: string): boolean {
  return /[\u4e00-\u9fff]/.test(ch) && !NOT_MEASURE.has(ch);
}
