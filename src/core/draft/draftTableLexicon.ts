/**
 * The words of a table in a draft (SPEC §6) that 核稿 reads: the column headers and the role
 * each gives its column, the cells that hold no figure, and how a label or a header names its
 * unit. table.ts reads them.
 */

/** What a column of a draft's table holds. */
export type DraftColumnRole = 'index' | 'label' | 'unit' | 'ignore' | 'level' | 'previous' | 'change' | 'yoy';

/** Header words and the role they give their column. */
export const COLUMN_LABELS: readonly (readonly [RegExp, DraftColumnRole])[] = [
  [/^(序号|编号|行次|栏次|代码|编码)$/, 'index'],
  [/^(指标|指标名称|项目|名称|内容|类别|类型|科目)$/, 'label'],
  [/^(单位|计量单位)$/, 'unit'],
  [/^(报送单位|填报单位|责任单位|备注|说明|来源|数据来源|附注)$/, 'ignore'],
  [/^(增减率|增长率|增幅|同比|同比增长|同比增减|比上年增长|同比增长率|增减幅度)/, 'yoy'],
  [/^(增减|增减量|增减数|比上年增减|比上年增加|增加|同比增减量)/, 'change'],
  [/^(上年|上年数|上年同期|上年同期数|去年|上年度|上期)/, 'previous'],
  [/^(本年|本年数|本期|本期数|本年实际|本年度|今年|数值|数量|实际|完成|合计|总计|全年)/, 'level'],
];
/** A cell that states no figure: a dash, 无, 不适用. */
export const NOT_A_FIGURE = /^(—+|－+|-+|–|\/|…+|无|不适用|空|\.\.\.)$/;

/** 单位：万元 on the line above a table. */
export const CAPTION_UNIT = /单位[:：]\s*([^\s，,。；;）)]{1,6})/;
/** A row that is a note under the table (注：…, 说明：…). */
export const NOTE_ROW = /^(注|说明)[:：]/;
/** A unit in brackets at the end of a header or a label: 金额（万元）. */
export const BRACKETED_UNIT = /[(（]([^)）]{1,6})[)）]$/;
/** 单位： written inside those brackets. */
export const UNIT_PREFIX = /^单位[:：]/;
/** A word a header may write for %. */
export const PERCENT_WORD = '百分比';
/** A year as a column header: 2023年, 2023年度数, 2023实际. */
export const YEAR_HEADER = /^((?:19|20)\d{2})年?(?:度)?(数|实际|完成)?$/;
/** An enumerator before a row label: （一） 一、 1、 1. ①. */
export const LABEL_ENUMERATOR = /^([（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[、.．]|[①-⑳])\s*/;
/** 其中 before a row label. */
export const OF_WHICH_LABEL = /^其中[:：]?/;
/** Words before a number that make a table's figure approximate. */
export const CELL_APPROX = /^(约|近|超过|超|逾|大约|将近|接近)/;
/** A character a figure in a cell starts with. */
export const FIGURE_START = /[\d零〇一二两三四五六七八九十]/;
