/**
 * What the .xlsx copy tells the clerk (Chinese: the notices travel as lines of text, which the
 * CLI prints under 注意): how a workbook from another format was carried over, what was clipped
 * or left out, and the name the copy gives as its creator.
 */
import type { SourceFormat } from '../readWorkbook';

/** The creator written into the copy's document properties. */
export const BOOK_CREATOR = '汇编助手';

/** How the clerk knows each format, for the line saying the copy is a new .xlsx. */
const FORMAT_NAMES: Record<Exclude<SourceFormat, 'xlsx' | 'xlsm'>, string> = {
  xlsb: 'Excel二进制工作簿（.xlsb）',
  xls: 'Excel 97-2003或WPS（.xls/.et）',
  ods: 'OpenDocument（.ods）',
  csv: '文本（.csv）',
  html: '网页表格',
  xml: 'Excel 2003 XML表格',
};

/** A range in a sheet that the copy clips to the data. */
export type ClippedRange = 'merge' | 'hyperlink' | 'validation';
const CLIPPED_RANGE: Record<ClippedRange, string> = { merge: '合并区域', hyperlink: '超链接区域', validation: '数据有效性区域' };

/** Kinds of part ExcelJS does not write back. */
export type DroppedPart = 'charts' | 'pivots' | 'macros' | 'threaded-comments' | 'slicers' | 'controls' | 'embeddings' | 'external-links' | 'connections' | 'custom-xml';
const DROPPED_PART: Record<DroppedPart, string> = {
  charts: '图表',
  pivots: '数据透视表',
  macros: '宏（VBA）',
  'threaded-comments': '新式批注（会话）',
  slicers: '切片器和日程表',
  controls: '表单控件',
  embeddings: '嵌入的对象',
  'external-links': '外部链接',
  connections: '数据连接和查询',
  'custom-xml': '自定义XML',
};

export const COPY_NOTICES = {
  newXlsx: (file: string, format: Exclude<SourceFormat, 'xlsx' | 'xlsm'>): string =>
    `${file}是${FORMAT_NAMES[format]}格式，写出的是新的.xlsx工作簿（不按原格式写回）：各表的数值、数字格式、合并单元格和隐藏行已带入，字体、边框、列宽等版式未带入；原文件不受影响。`,
  rangeClipped: (sheet: string, range: ClippedRange, from: string, to: string): string =>
    `工作表“${sheet}”的${CLIPPED_RANGE[range]}${from}超出数据所在范围，副本中改为${to || '删去'}（原文件不受影响）。`,
  nameClipped: (name: string, from: string, to: string): string => `名称“${name}”的区域${from}超出数据所在范围，副本中改为${to}（原文件不受影响）。`,
  validationsDropped: (cells: number, limit: number): string => `原文件的数据有效性（下拉列表）覆盖${cells}个单元格，超过${limit}，副本中未保留；原文件不受影响。`,
  partsDropped: (parts: readonly DroppedPart[]): string => `源文件中的${parts.map((p) => DROPPED_PART[p]).join('、')}无法带入汇编结果副本（副本中没有这些内容；原文件不受影响）。`,
  controlChars: (sheet: string, cell: string): string => `工作表“${sheet}”单元格${cell}含有不可见的控制字符，写出副本时ExcelJS会删去它们（原文件不受影响）。`,
} as const;
