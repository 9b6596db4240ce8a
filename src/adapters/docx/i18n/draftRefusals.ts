/**
 * Why a draft file (核稿, 滚动沿用) cannot be read, as facts, and the sentence each gives in
 * Chinese and in English: one table per language, so a missing translation fails to compile
 * (STYLE.md habit 14).
 */
import { megabytes } from '../../unreadableFile';

export type DraftRefusal =
  | { readonly key: 'empty' }
  | { readonly key: 'file-too-large'; readonly bytes: number; readonly limit: number }
  | { readonly key: 'too-long'; readonly chars: number; readonly limit: number }
  | { readonly key: 'old-word' }
  | { readonly key: 'pdf' }
  | { readonly key: 'rtf' }
  | { readonly key: 'not-text' }
  | { readonly key: 'bad-zip' }
  | { readonly key: 'workbook' }
  | { readonly key: 'no-document' }
  | { readonly key: 'damaged' }
  | { readonly key: 'inflated-too-large'; readonly limit: number };

type Sentences = { readonly [K in DraftRefusal['key']]: (r: Extract<DraftRefusal, { key: K }>) => string };

const mb = megabytes;

const ZH: Sentences = {
  empty: () => '文件是空的。',
  'file-too-large': (r) => `文件大小${mb(r.bytes)}，超过文稿上限${mb(r.limit)}。`,
  'too-long': (r) => `文稿有${r.chars}个字符，超过上限${r.limit}个字符。`,
  'old-word': () => '这是旧版Word（.doc）或加密的文件，请在Word或WPS中“另存为”.docx或.txt后再试。',
  pdf: () => '这是PDF文件，请另存为.docx或.txt后再试。',
  rtf: () => '这是RTF文件，请在Word或WPS中“另存为”.docx或.txt后再试。',
  'not-text': () => '不是文本文件，也不是Word文档（.docx），无法读取文稿。',
  'bad-zip': () => '压缩包已损坏或不完整，不是可读取的Word文档（.docx）。',
  workbook: () => '这是Excel工作簿，不是文稿；核稿请提供.docx或.txt文稿。',
  'no-document': () => '压缩包里没有Word文档内容（word/document.xml），不是.docx文件。',
  damaged: () => 'Word文档内容已损坏，无法读取。',
  'inflated-too-large': (r) => `文档内容解压后超过上限${mb(r.limit)}，疑似异常文件。`,
};

const EN: Sentences = {
  empty: () => 'the file is empty.',
  'file-too-large': (r) => `the file is ${mb(r.bytes)}, over the ${mb(r.limit)} limit for a draft.`,
  'too-long': (r) => `the draft has ${r.chars} characters, over the limit of ${r.limit}.`,
  'old-word': () => 'this is an old Word file (.doc) or an encrypted one; use "Save As" .docx or .txt in Word or WPS and try again.',
  pdf: () => 'this is a PDF file; save it as .docx or .txt and try again.',
  rtf: () => 'this is an RTF file; use "Save As" .docx or .txt in Word or WPS and try again.',
  'not-text': () => 'neither a text file nor a Word document (.docx); the draft cannot be read.',
  'bad-zip': () => 'the zip package is damaged or incomplete; it is no readable Word document (.docx).',
  workbook: () => 'this is an Excel workbook, not a draft; give a .docx or .txt draft to check.',
  'no-document': () => 'the zip package holds no Word document (word/document.xml); it is not a .docx file.',
  damaged: () => 'the Word document is damaged and cannot be read.',
  'inflated-too-large': (r) => `the document unpacks to more than ${mb(r.limit)}; the file looks abnormal.`,
};

/** The sentence for a refusal in the clerk's language. */
export function draftRefusalText(refusal: DraftRefusal, language: 'zh' | 'en'): string {
  return ((language === 'zh' ? ZH : EN)[refusal.key] as (r: DraftRefusal) => string)(refusal);
}
