/**
 * The Chinese of the Word document: the fonts of the official style (GB/T 9704-2012) by their
 * Chinese names, the document's author, and the summary table's header and 注 line.
 */

/** Each role's font as Word names it, and the font it falls back to. */
export const FONT_NAMES = {
  title: { name: '方正小标宋简体', altName: '宋体' },
  body: { name: '仿宋_GB2312', altName: '仿宋' },
  heading1: { name: '黑体', altName: 'SimHei' },
  heading2: { name: '楷体_GB2312', altName: '楷体' },
  pageNumber: { name: '宋体', altName: 'SimSun' },
} as const;

/** The document's author (its core properties). */
export const DOCUMENT_CREATOR = '汇编助手';

/** The summary table's header row, as on the 汇总表 sheet. */
export const TABLE_HEADER: readonly string[] = ['序号', '指标', '单位', '本年', '上年', '增减', '增减率(%)', '报送单位', '备注'];

/** A 注 line under the table. */
export const tableNote = (note: string): string => `注：${note}`;
