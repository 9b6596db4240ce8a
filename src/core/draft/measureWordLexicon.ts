/**
 * The measure words 核稿 recognises after a number in prose (SPEC §6), the multipliers they may
 * carry, and which of them count the same things; units.ts reads them.
 */

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
export const NOT_MEASURE_CHARS = '的和与及或至到以之为是在了其中上下内外左右前后多余年月日号时分秒比并且而但等都也又将已被把让给对向从自由于即就才还再共约近超第每各该此这那同增减降达占及较';

/** Multipliers a unit may carry, longest first: 万元 is 10⁴ 元, 千克 10³ 克. 百分点 is not 10² 分点. */
export const UNIT_MULTIPLIERS: readonly (readonly [string, number])[] = [
  ['万亿', 12],
  ['百万', 6],
  ['千万', 7],
  ['十', 1],
  ['百', 2],
  ['千', 3],
  ['万', 4],
  ['亿', 8],
];

/** Brackets around a unit written as （万元） or (万元). */
export const UNIT_BRACKETS = /^[(（]|[)）]$/g;

/** 百分点, 百分比, 百分率: 百 here is no multiplier. */
export const PER_HUNDRED = '百分';

/**
 * Measure words that count the same things, so prose may use either (床位12680张 / 12680床,
 * 医院56家 / 56个). 个 counts things and places, never people.
 */
export const SAME_COUNT: readonly (readonly string[])[] = [
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
export const AMOUNT_UNITS: readonly string[] = ['元', '美元', '港元', '欧元', '米', '公里', '千米', '厘米', '毫米', '平方米', '平方公里', '平方千米', '立方米', '亩', '公顷', '吨', '克', '千克', '公斤', '斤', '千瓦时', '千瓦', '兆瓦', '度', '天', '日', '周', '年', '个月', '小时', '分钟', '岁', '周岁', '倍', '成', '百分点', '个百分点', '床日'];
