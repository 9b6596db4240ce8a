/**
 * The words of the 文字模板 language (SPEC §5.2, docs/使用说明.md): the year placeholders and the
 * forms a placeholder may take after its colon, in Chinese and in English. template.ts parses
 * with them, render.ts fills them in and draft/learn.ts writes them.
 */

/** What a placeholder asks for: the value, in 万, last year's, the change, the growth rate, the change in points. */
export type PlaceholderForm = 'value' | 'wan' | 'previous' | 'change' | 'yoy' | 'points';

/** `{年度}` the compilation's year and `{上年度}` the year before (SPEC §5.2). */
export const YEAR_PLACEHOLDER = '年度';
export const PREVIOUS_YEAR_PLACEHOLDER = '上年度';

/** Either year placeholder inside a 章节 title. */
export const YEAR_PLACEHOLDERS = new RegExp(`\\{(${YEAR_PLACEHOLDER}|${PREVIOUS_YEAR_PLACEHOLDER})\\}`, 'g');

/** The Chinese word of each form but the plain value, as a clerk writes it after the colon. */
export const FORM_WORDS = { wan: '万', previous: '上年', change: '增减', yoy: '同比', points: '百分点' } as const;

/** Every spelling of a form after the colon (`{指标:同比}`, `{指标:yoy}`): the Chinese word and the English one. */
export const PLACEHOLDER_FORMS: ReadonlyMap<string, PlaceholderForm> = new Map([
  ['', 'value'],
  ['万', 'wan'],
  ['wan', 'wan'],
  ['上年', 'previous'],
  ['previous', 'previous'],
  ['增减', 'change'],
  ['change', 'change'],
  ['同比', 'yoy'],
  ['yoy', 'yoy'],
  ['百分点', 'points'],
  ['points', 'points'],
]);

/** The colon between a placeholder's indicator and its form, in either width. */
export const FORM_COLON = /[:：]/;
