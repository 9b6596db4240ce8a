import type { GeneratedKind } from '../grid/types';
import type { Language } from '../i18n/messages';
import type { OutSheet } from './sheetModel';
import { SHEET_NAME_TEXT } from './sheetNameLexicon';

/** Excel's sheet names: at most 31 characters (Excel specifications and limits; FIELD-NOTES.md). */
const MAX_SHEET_NAME_LENGTH = 31;

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

/** The clerk's sentence for a sheet name Excel would refuse. */
export function sheetNameProblemText(name: string, problem: SheetNameProblem, language: Language): string {
  return SHEET_NAME_TEXT[language](name, problem, MAX_SHEET_NAME_LENGTH);
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
