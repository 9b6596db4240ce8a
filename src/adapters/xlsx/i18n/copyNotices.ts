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

interface Words {
  /** How the clerk knows each format, for the line saying the copy is a new .xlsx. */
  readonly format: Record<RewrittenFormat, string>;
  readonly range: Record<ClippedRange, string>;
  readonly part: Record<DroppedPart, string>;
  readonly list: (items: readonly string[]) => string;
}

type Sentences = { readonly [K in CopyNotice['kind']]: (n: Extract<CopyNotice, { kind: K }>, w: Words) => string };

const ZH_WORDS: Words = {
  format: {
    xlsb: 'Excel二进制工作簿（.xlsb）',
    xls: 'Excel 97-2003或WPS（.xls/.et）',
    ods: 'OpenDocument（.ods）',
    csv: '文本（.csv）',
    html: '网页表格',
    xml: 'Excel 2003 XML表格',
  },
  range: { merge: '合并区域', hyperlink: '超链接区域', validation: '数据有效性区域' },
  part: {
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
  },
  list: (items) => items.join('、'),
};

const EN_WORDS: Words = {
  format: {
    xlsb: 'an Excel binary workbook (.xlsb)',
    xls: 'an Excel 97-2003 or WPS workbook (.xls/.et)',
    ods: 'an OpenDocument spreadsheet (.ods)',
    csv: 'a text file (.csv)',
    html: 'a web page table',
    xml: 'an Excel 2003 XML spreadsheet',
  },
  range: { merge: 'merged area', hyperlink: 'hyperlink area', validation: 'data validation area' },
  part: {
    charts: 'charts',
    pivots: 'pivot tables',
    macros: 'macros (VBA)',
    'threaded-comments': 'threaded comments',
    slicers: 'slicers and timelines',
    controls: 'form controls',
    embeddings: 'embedded objects',
    'external-links': 'external links',
    connections: 'data connections and queries',
    'custom-xml': 'custom XML',
  },
  list: (items) => items.join(', '),
};

const ZH: Sentences = {
  newXlsx: (n, w) => `${n.file}是${w.format[n.format]}格式，写出的是新的.xlsx工作簿（不按原格式写回）：各表的数值、数字格式、合并单元格和隐藏行已带入，字体、边框、列宽等版式未带入；原文件不受影响。`,
  rangeClipped: (n, w) => `工作表“${n.sheet}”的${w.range[n.range]}${n.from}超出数据所在范围，副本中改为${n.to || '删去'}（原文件不受影响）。`,
  nameClipped: (n) => `名称“${n.name}”的区域${n.from}超出数据所在范围，副本中改为${n.to}（原文件不受影响）。`,
  validationsDropped: (n) => `原文件的数据有效性（下拉列表）覆盖${n.cells}个单元格，超过${n.limit}，副本中未保留；原文件不受影响。`,
  partsDropped: (n, w) => `源文件中的${w.list(n.parts.map((p) => w.part[p]))}无法带入汇编结果副本（副本中没有这些内容；原文件不受影响）。`,
  controlChars: (n) => `工作表“${n.sheet}”单元格${n.cell}含有不可见的控制字符，写出副本时ExcelJS会删去它们（原文件不受影响）。`,
  sheetPlan: (n) => n.text,
};

const EN: Sentences = {
  newXlsx: (n, w) =>
    `${n.file} is ${w.format[n.format]}; the copy is a new .xlsx workbook (not written back in the original format): the values, number formats, merged cells and hidden rows of every sheet are carried over, fonts, borders, column widths and other layout are not; the original file is untouched.`,
  rangeClipped: (n, w) => `the ${w.range[n.range]} ${n.from} of sheet "${n.sheet}" reaches beyond the data; the copy ${n.to ? `has ${n.to} instead` : 'leaves it out'} (the original file is untouched).`,
  nameClipped: (n) => `the range ${n.from} of the name "${n.name}" reaches beyond the data; the copy has ${n.to} instead (the original file is untouched).`,
  validationsDropped: (n) => `the data validations (drop-down lists) of the original cover ${n.cells} cells, more than ${n.limit}; the copy does not keep them (the original file is untouched).`,
  partsDropped: (n, w) => `the ${w.list(n.parts.map((p) => w.part[p]))} of the source file cannot be carried into the compiled copy (the copy has none of them; the original file is untouched).`,
  controlChars: (n) => `cell ${n.cell} of sheet "${n.sheet}" holds invisible control characters, which ExcelJS removes when it writes the copy (the original file is untouched).`,
  sheetPlan: (n) => n.text,
};

const TABLES: Readonly<Record<Language, readonly [Sentences, Words]>> = { zh: [ZH, ZH_WORDS], en: [EN, EN_WORDS] };

/** The sentence of a copy notice in the clerk's language. */
export function renderCopyNotice(notice: CopyNotice, language: Language): string {
  const [sentences, words] = TABLES[language];
  return (sentences[notice.kind] as (n: CopyNotice, w: Words) => string)(notice, words);
}
