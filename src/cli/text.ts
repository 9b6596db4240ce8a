import type { FindingCounts, Language, SkippedSheet } from '../core';

/**
 * Every sentence the command line prints of its own, per language (the findings' sentences come
 * from core's renderer). A key added without a translation fails to compile.
 */
export interface CliText {
  readonly description: string;
  readonly checkHeading: (file: string, s: FindingCounts) => string;
  readonly readSummary: (sheets: number, figures: number, ledgers: number, catalog: number | null) => string;
  readonly other: string;
  readonly skipped: (items: readonly string[]) => string;
  readonly skipReason: Record<SkippedSheet['reason'], string>;
  readonly noProblems: string;
  readonly hint: string;
  readonly notice: (text: string) => string;
  readonly wroteFindings: (file: string, sheet: string, renamed: boolean) => string;
  readonly compileHeading: (file: string, s: FindingCounts) => string;
  readonly wroteSheets: (file: string, sheets: readonly string[], live: boolean, renamed: boolean) => string;
  readonly wroteDocx: (file: string) => string;
  readonly verifyHeading: (draft: string, book: string, figures: number, matched: number, s: FindingCounts) => string;
  readonly paragraph: (n: number) => string;
  readonly learned: (report: string, count: number, output: string, sheet: string, kept: readonly (readonly [string, string])[]) => string;
  readonly unbound: (count: number, shown: readonly string[], more: boolean) => string;
  readonly unusable: (reason: string) => string;
  readonly internal: (detail: string) => string;
}

const ZH: CliText = {
  description: '汇编助手：核对各单位报送的统计数据，生成汇总表和文字说明',
  checkHeading: (file, s) => `核对 ${file}：错误 ${s.errors} 项，警告 ${s.warnings} 项，提示 ${s.infos} 项`,
  readSummary: (sheets, figures, ledgers, catalog) =>
    `读取了 ${sheets} 张报送表（${figures} 个数据）、${ledgers} 张台账` + (catalog === null ? '；没有指标目录，指标按各表推断' : `；指标目录 ${catalog} 项`),
  other: '其他',
  skipped: (items) => `已跳过：${items.join('、')}`,
  skipReason: { empty: '空白工作表', 'no-table': '没有可识别的数据表', generated: '汇编助手生成的工作表', meta: '汇编助手的标记' },
  noProblems: '未发现问题。',
  hint: '提示',
  notice: (text) => `注意：${text}`,
  wroteFindings: (file, sheet, renamed) => `已写出 ${file}（工作表“${sheet}”${renamed ? '；按.xlsx格式写出，扩展名改为.xlsx' : ''}）`,
  compileHeading: (file, s) => `汇编 ${file}：错误 ${s.errors} 项，警告 ${s.warnings} 项，提示 ${s.infos} 项`,
  wroteSheets: (file, sheets, live, renamed) => `已写出 ${file}${renamed ? '（按.xlsx格式写出，扩展名改为.xlsx）' : ''}：${sheets.map((n) => `“${n}”`).join('、')}${live ? '（汇总表为公式，随源数据更新）' : ''}`,
  wroteDocx: (file) => `已写出 ${file}（GB/T 9704 公文格式的文字说明和汇总表）`,
  verifyHeading: (draft, book, figures, matched, s) => `核稿 ${draft}（对照 ${book}）：共 ${figures} 个数字，对上 ${matched} 个；错误 ${s.errors} 项，警告 ${s.warnings} 项，提示 ${s.infos} 项`,
  paragraph: (n) => `第${n}段`,
  learned: (report, count, output, sheet, kept) =>
    `从 ${report} 学得 ${count} 条文字模板，写入 ${output} 的“${sheet}”工作表${kept.length > 0 ? `（${kept.map(([from, to]) => `原“${from}”改名为“${to}”并隐藏`).join('，')}）` : ''}；汇编时使用这些模板。`,
  unbound: (count, shown, more) => `以下 ${count} 个数字未能对应到指标，保留为原文：${shown.join('、')}${more ? ' 等' : ''}`,
  unusable: (reason) => `无法处理：${reason}`,
  internal: (detail) => `内部错误：${detail}（请把文件和这行信息发给维护者）`,
};

const EN: CliText = {
  description: 'Huibian: checks the statistics departments report and writes the summary table and narrative',
  checkHeading: (file, s) => `Checked ${file}: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos`,
  readSummary: (sheets, figures, ledgers, catalog) =>
    `Read ${sheets} submission sheets (${figures} figures) and ${ledgers} ledgers` + (catalog === null ? '; no catalogue, indicators inferred from the sheets' : `; ${catalog} indicators in the catalogue`),
  other: 'Other',
  skipped: (items) => `Skipped: ${items.join(', ')}`,
  skipReason: { empty: 'empty sheet', 'no-table': 'no recognisable table', generated: "Huibian's own sheet", meta: "Huibian's tags" },
  noProblems: 'No problems found.',
  hint: 'Hint',
  notice: (text) => `Note: ${text}`,
  wroteFindings: (file, sheet, renamed) => `Wrote ${file} (sheet "${sheet}"${renamed ? '; written as .xlsx, so the name ends in .xlsx' : ''})`,
  compileHeading: (file, s) => `Compiled ${file}: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos`,
  wroteSheets: (file, sheets, live, renamed) => `Wrote ${file}${renamed ? ' (as .xlsx)' : ''}: ${sheets.map((n) => `"${n}"`).join(', ')}${live ? ' (the summary as formulas that follow the sources)' : ''}`,
  wroteDocx: (file) => `Wrote ${file} (the narrative and summary table as a GB/T 9704 official document)`,
  verifyHeading: (draft, book, figures, matched, s) => `Checked the draft ${draft} against ${book}: ${figures} figures, ${matched} matched; ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos`,
  paragraph: (n) => `para. ${n}`,
  learned: (report, count, output, sheet, kept) =>
    `Learned ${count} templates from ${report} into sheet "${sheet}" of ${output}${kept.length > 0 ? ` (${kept.map(([from, to]) => `"${from}" renamed "${to}" and hidden`).join(', ')})` : ''}; compile uses them.`,
  unbound: (count, shown, more) => `${count} figures matched no indicator and stay as text: ${shown.join(', ')}${more ? ' …' : ''}`,
  unusable: (reason) => `Cannot use: ${reason}`,
  internal: (detail) => `Internal error: ${detail} (please send the file and this line to the maintainers)`,
};

export const CLI_TEXT: Record<Language, CliText> = { zh: ZH, en: EN };

/** The language of the environment's locale (LC_ALL, LC_MESSAGES, LANG): English when it says so, else Chinese. */
export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.-]|$)/i.test(locale) ? 'en' : 'zh';
}
