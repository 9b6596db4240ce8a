/**
 * GB/T 9704-2012 (党政机关公文格式), the layout the narrative is exported in: A4, margins
 * 37/35/28/26 mm, body 仿宋_GB2312 三号 at 22 lines a page, title 方正小标宋简体 二号, first-level
 * headings 黑体 三号, second-level 楷体_GB2312 三号, page numbers 宋体 四号 "— 1 —".
 */
import { FONT_NAMES } from './docxLexicon';

export const PAGE_MM = { width: 210, height: 297 } as const;
export const MARGIN_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;

/** Font sizes in points: 二号 22, 三号 16, 四号 14, 小四 12. */
export const SIZE_PT = { erHao: 22, sanHao: 16, siHao: 14, xiaoSi: 12 } as const;

/** The type area (版心) is 225 mm high and holds 22 lines: 28.95 pt a line. */
export const BODY_LINE_PT = 28.95;

export interface OfficialFont {
  /** The name the standard uses. */
  readonly name: string;
  /** Declared in the font table for machines without it (Word honours w:altName). */
  readonly altName: string;
  /** PANOSE of a font of the same design class, for Word's substitution. */
  readonly panose: string;
  readonly family: 'roman' | 'modern' | 'swiss' | 'script';
}

export const FONTS = {
  title: { ...FONT_NAMES.title, panose: '02010600030101010101', family: 'roman' },
  body: { ...FONT_NAMES.body, panose: '02010609030101010101', family: 'modern' },
  heading1: { ...FONT_NAMES.heading1, panose: '02010609060101010101', family: 'modern' },
  heading2: { ...FONT_NAMES.heading2, panose: '02010609030101010101', family: 'modern' },
  pageNumber: { ...FONT_NAMES.pageNumber, panose: '02010600030101010101', family: 'roman' },
} as const satisfies Record<string, OfficialFont>;
