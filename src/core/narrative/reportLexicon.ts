/**
 * The words of report Chinese the narrative writes (GB/T 15835-2011 and 统计公报 phrasing): how a
 * change on last year reads, how headings are numbered, how a default template is put together,
 * and the 文字模板 sheet's column headers. The narrative is the clerk's document, in Chinese
 * whatever the pane's language.
 */
import { ZH_SECTION_WORDS } from '../i18n/messages';

/** The phrases of a change on last year: 增加120件, 同比增长6.7%, 提高0.5个百分点, 持平. */
export const CHANGE_WORDS = {
  /** An absolute change of zero. */
  same: '持平',
  /** A rate or a change in points of zero. */
  sameAsLastYear: '与上年持平',
  more: '增加',
  less: '减少',
  yoyUp: '同比增长',
  yoyDown: '同比下降',
  pointsUp: '提高',
  pointsDown: '下降',
  /** The unit of a change in a rate. */
  points: '个百分点',
} as const;

/** Chinese numerals 0-10, for heading numbers (一、, （二）). */
export const CHINESE_DIGITS: readonly string[] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** An outline number put before a heading: 一、 at level 1, （一） at level 2. */
export const HEADING_NUMBER: Readonly<Record<1 | 2, (numeral: string, title: string) => string>> = {
  1: (numeral, title) => `${numeral}、${title}`,
  2: (numeral, title) => `（${numeral}）${title}`,
};

/** The indent at the start of a paragraph: two ideographic spaces. */
export const PARAGRAPH_INDENT = '\u3000\u3000';

/** Splits text after each sentence-ending mark, keeping the mark. */
export const AFTER_SENTENCE_END = /(?<=[。！？；])/;

/** The default templates' words (narrative/defaults.ts). */
export const DEFAULT_TEMPLATE_WORDS = {
  /** The 章节 of indicators the catalogue gives none. */
  section: ZH_SECTION_WORDS.default,
  /** The change clause after a figure: a rate changes in points, anything else year on year. */
  change: (name: string, isRate: boolean): string => (isRate ? `，比上年{${name}:百分点}` : `，{${name}:同比}`),
  /** Between one indicator's clause and the next. */
  clauseSeparator: '；',
  /** At the end of the sentence. */
  sentenceEnd: '。',
} as const;

/** The 文字模板 sheet's column headers (SPEC §2.6). */
export const TEMPLATE_LABELS = {
  section: ['章节', 'section'],
  order: ['序号', 'order'],
  template: ['模板', '文字模板', 'template'],
} as const;

/** The 章节 of sentences that stand under no heading. */
export const DEFAULT_SECTION = ZH_SECTION_WORDS.blank;

/** A 章节 path's levels are separated by a slash in either width: 一、总体情况/（一）信访. */
export const SECTION_PATH_SEPARATOR = /[/／]/;

/** What the narrative writes where a placeholder has no value: 【缺：指标】. */
export const MISSING_MARK = (what: string): string => `【缺：${what}】`;
