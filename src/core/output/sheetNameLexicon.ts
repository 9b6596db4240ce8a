/** The clerk's sentence, in each language, for a sheet name typed in 设置 that Excel would refuse. */
import type { Language } from '../i18n/messages';

/** Why Excel would refuse a sheet name (sheetNames.ts decides which). */
type SheetNameProblem = 'blank' | 'too-long' | 'forbidden-character' | 'apostrophe' | 'reserved';

type ProblemSentence = (name: string, problem: SheetNameProblem, maxLength: number) => string;

export const SHEET_NAME_TEXT: Readonly<Record<Language, ProblemSentence>> = {
  zh: (name, problem, maxLength) => {
    const why: Record<SheetNameProblem, string> = {
      blank: '不能为空',
      'too-long': `不能超过${maxLength}个字符`,
      'forbidden-character': '不能含有 : \\ / ? * [ ] 这些字符',
      apostrophe: '不能以单引号开头或结尾',
      reserved: '“History”是Excel保留的名称',
    };
    return `工作表名称“${name}”${why[problem]}，请在“设置”中修改。`;
  },
  en: (name, problem, maxLength) => {
    const why: Record<SheetNameProblem, string> = {
      blank: 'must not be blank',
      'too-long': `must be at most ${maxLength} characters`,
      'forbidden-character': 'must not contain : \\ / ? * [ ]',
      apostrophe: 'must not begin or end with an apostrophe',
      reserved: '"History" is reserved by Excel',
    };
    return `The sheet name "${name}" ${why[problem]}; change it in Settings.`;
  },
};
