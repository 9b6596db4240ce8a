import type { GeneratedKind } from '../grid/types';
import type { Language } from '../i18n/messages';
import type { OutSheet } from './sheetModel';

/** Excel's sheet names: at most 31 characters (Excel specifications and limits; FIELD-NOTES.md). */
export const MAX_SHEET_NAME_LENGTH = 31;

/** Why Excel would refuse a sheet name ("Rename a worksheet", support.microsoft.com). */
export type SheetNameProblem = 'blank' | 'too-long' | 'forbidden-character' | 'apostrophe' | 'reserved';

/**
 * What is wrong with a sheet name for Excel, or null when Excel takes it: not blank, at most 31
 * characters, none of : \ / ? * [ ], not beginning or ending with an apostrophe, not "History".
 */
export function sheetNameProblem(name: string): SheetNameProblem | null {
  if (name.trim() === '') return 'blank';
  if ([...name].length > MAX_SHEET_NAME_LENGTH) return 'too-long';
  if (/[:\\/?*[\]]/.test(name)) return 'forbidden-character';
  if (name.startsWith("'") || name.endsWith("'")) return 'apostrophe';
  if (name.toLowerCase() === 'history') return 'reserved';
  return null;
}

const PROBLEM_TEXT: Readonly<Record<Language, Readonly<Record<SheetNameProblem, string>>>> = {
  zh: {
    blank: '不能为空',
    'too-long': `不能超过${MAX_SHEET_NAME_LENGTH}个字符`,
    'forbidden-character': '不能含有 : \\ / ? * [ ] 这些字符',
    apostrophe: '不能以单引号开头或结尾',
    reserved: '“History”是Excel保留的名称',
  },
  en: {
    blank: 'must not be blank',
    'too-long': `must be at most ${MAX_SHEET_NAME_LENGTH} characters`,
    'forbidden-character': 'must not contain : \\ / ? * [ ]',
    apostrophe: 'must not begin or end with an apostrophe',
    reserved: '"History" is reserved by Excel',
  },
};

/** The clerk's sentence for a sheet name Excel would refuse. */
export function sheetNameProblemText(name: string, problem: SheetNameProblem, language: Language): string {
  return language === 'zh' ? `工作表名称“${name}”${PROBLEM_TEXT.zh[problem]}，请在“设置”中修改。` : `The sheet name "${name}" ${PROBLEM_TEXT.en[problem]}; change it in Settings.`;
}

/** A sheet name typed in 设置 that Excel would refuse: thrown before anything is written. */
export class InvalidSheetNameError extends Error {
  readonly en: string;

  constructor(
    readonly sheetName: string,
    readonly problem: SheetNameProblem,
  ) {
    super(sheetNameProblemText(sheetName, problem, 'zh'));
    this.name = 'InvalidSheetNameError';
    this.en = sheetNameProblemText(sheetName, problem, 'en');
  }
}

/**
 * The name a generated sheet is written under (SPEC §2.7): Huibian's own sheet of that kind if
 * there is one, else the first free of 汇总表, 汇总表 (2), … — a user's sheet is never taken over.
 * An untagged sheet (a starter catalogue) only ever takes a free name.
 */
export function chooseSheetName(sheet: OutSheet, existing: readonly string[], tags: ReadonlyMap<string, GeneratedKind>): string {
  for (let i = 1; i < 100; i++) {
    const candidate = i === 1 ? sheet.name : `${[...sheet.name].slice(0, MAX_SHEET_NAME_LENGTH - 5).join('')} (${i})`;
    const taken = existing.find((n) => n.toLowerCase() === candidate.toLowerCase());
    if (!taken) return candidate;
    if (sheet.kind && tags.get(taken) === sheet.kind) return taken;
  }
  throw new Error(`no free sheet name for ${sheet.name}`);
}
