/**
 * What the .xlsx copy tells the clerk, in each language: the sentence for every CopyNotice (a
 * fact made where the copy is written), rendered once at the edge (the CLI under 注意/Note, the
 * page), and the name the copy gives as its creator. One table per language, so a notice kind
 * added without a sentence fails to compile (STYLE.md habits 14 and 15).
 */
import type { Language } from '../../../core';
import type { ClippedRange, CopyNotice, DroppedPart, RewrittenFormat } from '../copyNotice';

/** The creator written into the copy's document properties (document metadata, not a sentence). */
export const BOOK_CREATOR = '汇编助手';

/** A word in both languages, side by side: a key added without either fails to compile. */
type Said = Readonly<Record<Language, string>>;

/** How the clerk knows each format, for the line saying the copy is a new .xlsx. */
const FORMAT: Record<RewrittenFormat, Said> = {
  xlsb: { zh: 'Excel二进制工作簿（.xlsb）', en: 'an Excel binary workbook (.xlsb)' },
  xls: { zh: 'Excel 97-2003或WPS（.xls/.et）', en: 'an Excel 97-2003 or WPS workbook (.xls/.et)' },
  ods: { zh: 'OpenDocument（.ods）', en: 'an OpenDocument spreadsheet (.ods)' },
  csv: { zh: '文本（.csv）', en: 'a text file (.csv)' },
  html: { zh: '网页表格', en: 'a web page table' },
  xml: { zh: 'Excel 2003 XML表格', en: 'an Excel 2003 XML spreadsheet' },
};

const RANGE: Record<ClippedRange, Said> = {
  merge: { zh: '合并区域', en: 'merged area' },
  hyperlink: { zh: '超链接区域', en: 'hyperlink area' },
  validation: { zh: '数据有效性区域', en: 'data validation area' },
};

const PART: Record<DroppedPart, Said> = {
  charts: { zh: '图表', en: 'charts' },
  pivots: { zh: '数据透视表', en: 'pivot tables' },
  macros: { zh: '宏（VBA）', en: 'macros (VBA)' },
  'threaded-comments': { zh: '新式批注（会话）', en: 'threaded comments' },
  slicers: { zh: '切片器和日程表', en: 'slicers and timelines' },
  controls: { zh: '表单控件', en: 'form controls' },
  embeddings: { zh: '嵌入的对象', en: 'embedded objects' },
  'external-links': { zh: '外部链接', en: 'external links' },
  connections: { zh: '数据连接和查询', en: 'data connections and queries' },
  'custom-xml': { zh: '自定义XML', en: 'custom XML' },
};

type Sentences = { readonly [K in CopyNotice['kind']]: (n: Extract<CopyNotice, { kind: K }>) => string };

const ZH: Sentences = {
  newXlsx: (n) => `${n.file}是${FORMAT[n.format].zh}格式，写出的是新的.xlsx工作簿（不按原格式写回）：各表的数值、数字格式、合并单元格和隐藏行已带入，字体、边框、列宽等版式未带入；原文件不受影响。`,
  rangeClipped: (n) => `工作表“${n.sheet}”的${RANGE[n.range].zh}${n.from}超出数据所在范围，副本中改为${n.to || '删去'}（原文件不受影响）。`,
  nameClipped: (n) => `名称“${n.name}”的区域${n.from}超出数据所在范围，副本中改为${n.to}（原文件不受影响）。`,
  validationsDropped: (n) => `原文件的数据有效性（下拉列表）覆盖${n.cells}个单元格，超过${n.limit}，副本中未保留；原文件不受影响。`,
  partsDropped: (n) => `源文件中的${n.parts.map((p) => PART[p].zh).join('、')}无法带入汇编结果副本（副本中没有这些内容；原文件不受影响）。`,
  controlChars: (n) => `工作表“${n.sheet}”单元格${n.cell}含有不可见的控制字符，写出副本时ExcelJS会删去它们（原文件不受影响）。`,
  formulaDropped: (n) => `工作表“${n.sheet}”单元格${n.cell}的公式超出了Excel的限制（255个参数或8192个字符），已写入计算结果。`,
};

const EN: Sentences = {
  newXlsx: (n) =>
    `${n.file} is ${FORMAT[n.format].en}; the copy is a new .xlsx workbook (not written back in the original format): the values, number formats, merged cells and hidden rows of every sheet are carried over, fonts, borders, column widths and other layout are not; the original file is untouched.`,
  rangeClipped: (n) => `the ${RANGE[n.range].en} ${n.from} of sheet "${n.sheet}" reaches beyond the data; the copy ${n.to ? `has ${n.to} instead` : 'leaves it out'} (the original file is untouched).`,
  nameClipped: (n) => `the range ${n.from} of the name "${n.name}" reaches beyond the data; the copy has ${n.to} instead (the original file is untouched).`,
  validationsDropped: (n) => `the data validations (drop-down lists) of the original cover ${n.cells} cells, more than ${n.limit}; the copy does not keep them (the original file is untouched).`,
  partsDropped: (n) => `the ${n.parts.map((p) => PART[p].en).join(', ')} of the source file cannot be carried into the compiled copy (the copy has none of them; the original file is untouched).`,
  controlChars: (n) => `cell ${n.cell} of sheet "${n.sheet}" holds invisible control characters, which ExcelJS removes when it writes the copy (the original file is untouched).`,
  formulaDropped: (n) => `the formula of cell ${n.cell} in sheet "${n.sheet}" is beyond Excel's limits (255 arguments or 8,192 characters); the cell holds its computed value.`,
};

const TABLES: Readonly<Record<Language, Sentences>> = { zh: ZH, en: EN };

/** The sentence of a copy notice in the clerk's language. */
export function renderCopyNotice(notice: CopyNotice, language: Language): string {
  return (TABLES[language][notice.kind] as (n: CopyNotice) => string)(notice);
}
