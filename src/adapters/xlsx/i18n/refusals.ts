/**
 * Why a file cannot be read at all, as facts; the sentences are written below, one table per
 * language, so a missing translation fails to compile (STYLE.md habit 14).
 */
import { megabytes } from '../../unreadableFile';

export type Refusal =
  | { readonly key: 'empty' }
  | { readonly key: 'directory' }
  | { readonly key: 'file-too-large'; readonly bytes: number; readonly limit: number }
  | { readonly key: 'inflated-too-large'; readonly limit: number }
  | { readonly key: 'part-too-large'; readonly part: string; readonly limit: number }
  | { readonly key: 'too-many-parts'; readonly count: number; readonly limit: number }
  | { readonly key: 'too-many-cells'; readonly sheet?: string; readonly cells: number; readonly limit: number }
  | { readonly key: 'too-many-merges'; readonly sheet?: string; readonly count: number; readonly limit: number }
  | { readonly key: 'encrypted' }
  | { readonly key: 'truncated' }
  | { readonly key: 'damaged'; readonly detail: string }
  | { readonly key: 'size-lie'; readonly part: string }
  | { readonly key: 'not-a-workbook' }
  | { readonly key: 'zip-not-a-workbook'; readonly kind: 'word' | 'powerpoint' | 'other' }
  | { readonly key: 'ole-not-a-workbook'; readonly kind: 'word' | 'powerpoint' | 'other' }
  | { readonly key: 'unsupported'; readonly what: string }
  | { readonly key: 'no-sheet' }
  | { readonly key: 'sheet-name-too-long'; readonly sheet: string }
  | { readonly key: 'sheet-unreadable'; readonly sheet: string }
  | { readonly key: 'sheet-beyond-excel'; readonly sheet: string }
  | { readonly key: 'sheet-name-invalid'; readonly sheet: string }
  | { readonly key: 'sheet-name-twice'; readonly sheet: string };

type Sentences = { readonly [K in Refusal['key']]: (r: Extract<Refusal, { key: K }>) => string };

const mb = megabytes;
const KIND_ZH = { word: 'Word文档', powerpoint: 'PowerPoint演示文稿', other: '其他类型的文件' } as const;
const KIND_EN = { word: 'a Word document', powerpoint: 'a PowerPoint presentation', other: 'another kind of file' } as const;

const ZH: Sentences = {
  empty: () => '文件是空的。',
  directory: () => '这是一个文件夹，不是文件。',
  'file-too-large': (r) => `文件大小${mb(r.bytes)}，超过上限${mb(r.limit)}。`,
  'inflated-too-large': (r) => `解压后大小超过上限${mb(r.limit)}，疑似异常文件。`,
  'part-too-large': (r) => `部件${r.part}解压后超过上限${mb(r.limit)}，疑似异常文件。`,
  'too-many-parts': (r) => `文件内有${r.count}个部件，超过上限${r.limit}。`,
  'too-many-cells': (r) => `${r.sheet ? `工作表“${r.sheet}”` : '工作簿'}有${r.cells}个以上单元格，超过上限${r.limit}，请拆分后再试。`,
  'too-many-merges': (r) => `${r.sheet ? `工作表“${r.sheet}”` : '表格'}有${r.count}个合并单元格，超过上限${r.limit}，疑似异常文件。`,
  encrypted: () => '文件设置了打开密码（已加密），请在Excel或WPS中取消密码后另存再试。',
  truncated: () => '文件不完整或已损坏（内容被截断），请重新获取原文件。',
  damaged: (r) => `文件已损坏，无法读取（${r.detail}），请重新获取原文件。`,
  'size-lie': (r) => `文件不完整或已损坏（部件${r.part}的实际大小与声明不符），请重新获取原文件。`,
  'not-a-workbook': () => '不是Excel或WPS表格文件（支持.xlsx、.xlsm、.xlsb、.xls、.et、.ods、.csv和另存为.xls的网页表格）。',
  'zip-not-a-workbook': (r) => `这是压缩包（${KIND_ZH[r.kind]}），里面没有表格内容，不是Excel工作簿。`,
  'ole-not-a-workbook': (r) => `这是旧版Office文件（${KIND_ZH[r.kind]}），里面没有表格内容，不是Excel工作簿。`,
  unsupported: (r) => `不支持的表格格式（${r.what}），请在Excel或WPS中另存为.xlsx后再试。`,
  'no-sheet': () => '没有读到任何工作表（文件可能已损坏或内容为空），未作核对。',
  'sheet-name-too-long': (r) => `工作表名“${r.sheet}”超过31个字符，Excel不允许这样的名称，写出副本前请在Excel或WPS中把它改短。`,
  'sheet-unreadable': (r) => `文件已损坏，无法读取（工作表“${r.sheet}”），请重新获取原文件。`,
  'sheet-beyond-excel': (r) => `文件已损坏，无法读取（工作表“${r.sheet}”有单元格超出Excel的范围（1048576行、XFD列）），请重新获取原文件。`,
  'sheet-name-invalid': (r) => `文件已损坏，无法读取（工作表名“${r.sheet}”含Excel不允许的字符），请重新获取原文件。`,
  'sheet-name-twice': (r) => `文件已损坏，无法读取（两张工作表同名“${r.sheet}”），请重新获取原文件。`,
};

const EN: Sentences = {
  empty: () => 'the file is empty.',
  directory: () => 'this is a folder, not a file.',
  'file-too-large': (r) => `the file is ${mb(r.bytes)}, over the ${mb(r.limit)} limit.`,
  'inflated-too-large': (r) => `it unpacks to more than ${mb(r.limit)}; the file looks abnormal.`,
  'part-too-large': (r) => `its part ${r.part} unpacks to more than ${mb(r.limit)}; the file looks abnormal.`,
  'too-many-parts': (r) => `it has ${r.count} parts, over the limit of ${r.limit}.`,
  'too-many-cells': (r) => `${r.sheet ? `sheet "${r.sheet}"` : 'the workbook'} has more than ${r.cells} cells, over the limit of ${r.limit}; split it and try again.`,
  'too-many-merges': (r) => `${r.sheet ? `sheet "${r.sheet}"` : 'the table'} has ${r.count} merged areas, over the limit of ${r.limit}; the file looks abnormal.`,
  encrypted: () => 'the file is password-protected (encrypted); remove the password in Excel or WPS, save it and try again.',
  truncated: () => 'the file is incomplete or damaged (cut short); get the original file again.',
  damaged: (r) => `the file is damaged and cannot be read (${r.detail}); get the original file again.`,
  'size-lie': (r) => `the file is damaged (part ${r.part} is not the size it declares); get the original file again.`,
  'not-a-workbook': () => 'not an Excel or WPS spreadsheet (.xlsx, .xlsm, .xlsb, .xls, .et, .ods, .csv and web tables saved as .xls are read).',
  'zip-not-a-workbook': (r) => `this is a zip package (${KIND_EN[r.kind]}) with no spreadsheet in it.`,
  'ole-not-a-workbook': (r) => `this is an old Office file (${KIND_EN[r.kind]}) with no spreadsheet in it.`,
  unsupported: (r) => `unsupported spreadsheet format (${r.what}); save it as .xlsx in Excel or WPS and try again.`,
  'no-sheet': () => 'no worksheet could be read (the file may be damaged or empty); nothing was checked.',
  'sheet-name-too-long': (r) => `sheet name "${r.sheet}" is longer than 31 characters, which Excel does not allow; shorten it in Excel or WPS before writing a copy.`,
  'sheet-unreadable': (r) => `the file is damaged and cannot be read (sheet "${r.sheet}"); get the original file again.`,
  'sheet-beyond-excel': (r) => `the file is damaged and cannot be read (sheet "${r.sheet}" has cells beyond Excel's grid of 1048576 rows and columns to XFD); get the original file again.`,
  'sheet-name-invalid': (r) => `the file is damaged and cannot be read (sheet name "${r.sheet}" has characters Excel does not allow); get the original file again.`,
  'sheet-name-twice': (r) => `the file is damaged and cannot be read (two sheets are both named "${r.sheet}"); get the original file again.`,
};

/** The sentence for a refusal in the clerk's language. */
export function refusalText(refusal: Refusal, language: 'zh' | 'en'): string {
  return ((language === 'zh' ? ZH : EN)[refusal.key] as (r: Refusal) => string)(refusal);
}
