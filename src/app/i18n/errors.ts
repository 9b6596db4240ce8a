import type { Language } from '../../core';

/**
 * The one line of an input Huibian cannot use, per language: the file, the sheet and cell where
 * there are some, then the reason (already in that language).
 */
export function unusableLine(language: Language, reason: string, file: string, sheet?: string, cell?: string): string {
  if (language === 'en') return `${file}${sheet ? `, sheet "${sheet}"` : ''}${cell ? `, cell ${cell}` : ''}: ${reason}`;
  return `${file}${sheet ? `，工作表“${sheet}”` : ''}${cell ? `，单元格${cell}` : ''}：${reason}`;
}

/**
 * The hidden sheet a learned 文字模板 keeps the old one under: 文字模板（旧）, then 文字模板（旧2）,
 * 文字模板（旧3）… A sheet name of the clerk's workbook, so Chinese in either language.
 */
export function retiredTemplatesName(n: number): string {
  return n === 1 ? '文字模板（旧）' : `文字模板（旧${n}）`;
}
