import type { FindingCounts, Language, SkippedSheet } from '../core';
import type { FigureChange, FindingStatus, PlacedSheet } from '../app/ports';
import type { CopyNotice } from '../adapters/xlsx/copyNotice';
import { renderCopyNotice } from '../adapters/xlsx/i18n/copyNotices';

/**
 * Every sentence the command line prints of its own, per language (the findings' sentences come
 * from core's renderer). A key added without a translation fails to compile.
 */
export interface CliText {
  readonly description: string;
  readonly checkHeading: (file: string, s: FindingCounts, accepted: FindingCounts) => string;
  /** Said when every error is accepted: the check passes. */
  readonly allAccepted: (n: number) => string;
  readonly acceptedMark: (status: FindingStatus, note: string) => string;
  readonly readSummary: (sheets: number, figures: number, ledgers: number, catalog: number | null) => string;
  readonly other: string;
  readonly skipped: (items: readonly string[]) => string;
  readonly skipReason: Record<SkippedSheet['reason'], string>;
  readonly noProblems: string;
  readonly hint: string;
  /** A notice about a copy the command wrote, under 注意/Note. */
  readonly notice: (notice: CopyNotice) => string;
  readonly wroteFindings: (file: string, sheet: string, renamed: boolean) => string;
  readonly compileHeading: (file: string, s: FindingCounts, accepted: FindingCounts) => string;
  readonly wroteSheets: (file: string, sheets: readonly string[], live: boolean, renamed: boolean) => string;
  readonly wroteDocx: (file: string) => string;
  readonly verifyHeading: (draft: string, book: string, figures: number, matched: number, s: FindingCounts) => string;
  readonly paragraph: (n: number) => string;
  readonly learned: (report: string, count: number, output: string, sheet: string, kept: readonly (readonly [string, string])[]) => string;
  readonly unbound: (count: number, shown: readonly string[], more: boolean) => string;
  readonly unusable: (reason: string) => string;
  readonly internal: (detail: string) => string;
  readonly year: YearText;
  readonly files: FileText;
  readonly help: Record<HelpKey, string>;
  /** `learn` found no figure of the report in the workbook. */
  readonly nothingLearned: (report: string) => string;
  /** `learn`'s copy, read back, would not give compile the learned 文字模板. */
  readonly learnedUnused: (sheet: string) => string;
  readonly catalogExists: string;
  readonly starterCatalog: (sheets: number, indicators: number, output: string, sheet: string) => string;
  /** The heading of a sheet's findings in `check`'s report. */
  readonly sheetHeading: (sheet: string) => string;
}

/** Why a file named on the command line cannot be read or written. */
interface FileText {
  readonly directory: string;
  readonly notFound: string;
  readonly noReadPermission: string;
  readonly unreadable: (code: string) => string;
  readonly noWritePermission: string;
  readonly diskFull: string;
  readonly tooBig: string;
  readonly unwritable: (code: string) => string;
  readonly outputIsInput: (input: string) => string;
  readonly sameOutput: (other: string) => string;
}

/** The help texts of the commands and options (the year's commands have theirs in YearText). */
type HelpKey =
  | 'lang' | 'rounding' | 'yoyThreshold' | 'check' | 'book' | 'json' | 'checkOutput' | 'compile' | 'output' | 'docx' | 'live' | 'compiler'
  | 'verifyText' | 'draft' | 'learn' | 'lastReport' | 'lastBook' | 'learnOutput' | 'initCatalog' | 'initBook';

/** The sentences of template, merge, diff and rollover (the clerk's year, SPEC §1 steps 2–3, §7). */
export interface YearText {
  readonly help: Record<'template' | 'templateBook' | 'templateOutput' | 'templateYear' | 'merge' | 'mergeBooks' | 'mergeOutput' | 'diff' | 'diffOld' | 'diffNew' | 'json' | 'rollover' | 'rolloverBook' | 'rolloverYear' | 'rolloverOutput', string>;
  readonly badYear: (text: string) => string;
  readonly noCatalog: string;
  readonly formsWritten: (dir: string, year: number, units: readonly string[]) => string;
  readonly imported: (file: string, unit: string | null, sheets: readonly PlacedSheet[], figures: number) => string;
  readonly resubmitted: (file: string, unit: string | null, sheets: readonly PlacedSheet[], changes: number) => string;
  readonly change: (c: FigureChange) => string;
  readonly added: (c: FigureChange) => string;
  readonly removed: (c: FigureChange) => string;
  readonly sameFigures: string;
  readonly refused: (file: string, reason: string) => string;
  readonly skippedSheet: (file: string, text: string) => string;
  readonly merged: (files: number, sheets: number, output: string, log: string) => string;
  readonly diffHeading: (before: string, after: string, changed: number, added: number, removed: number) => string;
  readonly rolledOver: (output: string, year: number, published: number, sheets: number, ledgers: number, dropped: readonly string[]) => string;
}

const ZH_YEAR: YearText = {
  help: {
    template: '按指标目录为每个报送单位生成空白报送表',
    templateBook: '含指标目录的工作簿 .xlsx',
    templateOutput: '输出文件夹',
    templateYear: '报表年度（默认为工作簿的年度）',
    merge: '把各单位报送的工作簿汇入汇编工作簿；重新报送的单位替换原表并列出改动',
    mergeBooks: '汇编工作簿 .xlsx，然后是各单位的工作簿',
    mergeOutput: '写出的汇编工作簿 .xlsx',
    diff: '比较同一报送表或汇编工作簿的两个版本：按单位、指标列出改动的数据',
    diffOld: '原来的版本',
    diffNew: '新的版本',
    json: '以JSON输出',
    rollover: '生成下一年度的汇编工作簿：本年数据转为上年公布数，清空数据，保留目录、规则和模板',
    rolloverBook: '本年度的汇编工作簿 .xlsx',
    rolloverYear: '下一年度，如 2025',
    rolloverOutput: '写出的下一年度工作簿 .xlsx',
  },
  badYear: (text) => `--year ${text}：请写四位年份，如 2025`,
  noCatalog: '没有“指标目录”工作表，无法生成报送模板（可先用 huibian init-catalog 生成目录）。',
  formsWritten: (dir, year, units) => `已在 ${dir} 生成 ${units.length} 份 ${year}年 报送模板：${units.join('、')}`,
  imported: (file, unit, sheets, figures) => `  首次报送 ${file}（${unit ?? '未识别单位'}）：${sheets.map(sheetMove).join('、')}，${figures} 个数据`,
  resubmitted: (file, unit, sheets, changes) => `  重新报送 ${file}（${unit ?? '未识别单位'}）：${sheets.map((s) => (s.replaces ? `替换“${s.replaces}”` : sheetMove(s))).join('、')}，改动 ${changes} 个数据`,
  change: (c) => `    ${where(c)} ${c.reporter} ${c.indicator}${c.previous ? '（上年数）' : ''}：${c.old ?? '空'} → ${c.new ?? '空'}`,
  added: (c) => `    ${where(c)} ${c.reporter} ${c.indicator}${c.previous ? '（上年数）' : ''}：新增 ${c.new ?? '空'}`,
  removed: (c) => `    ${where(c)} ${c.reporter} ${c.indicator}${c.previous ? '（上年数）' : ''}：删去 ${c.old ?? '空'}`,
  sameFigures: '    数据与原表相同',
  refused: (file, reason) => `  未导入 ${file}：${reason}`,
  skippedSheet: (file, text) => `  ${file}：${text}`,
  merged: (files, sheets, output, log) => `已把 ${files} 个工作簿的 ${sheets} 张工作表汇入 ${output}，导入记录见“${log}”工作表`,
  diffHeading: (before, after, changed, added, removed) => `比较 ${before} → ${after}：改动 ${changed} 个数据，新增 ${added} 个，删去 ${removed} 个`,
  rolledOver: (output, year, published, sheets, ledgers, dropped) =>
    `已写出 ${year}年 的汇编工作簿 ${output}：${published} 项指标的上年公布数取自本年数据，${sheets} 张报送表已清空本年数（上年数列为本年数据）${ledgers > 0 ? `，${ledgers} 张台账已清空记录` : ''}；指标目录、校验规则和文字模板保留${dropped.length > 0 ? `；未带入本年生成的${dropped.map((d) => `“${d}”`).join('、')}` : ''}。`,
};

const EN_YEAR: YearText = {
  help: {
    template: 'A blank submission form for each reporting unit of the catalogue',
    templateBook: 'workbook with a catalogue, .xlsx',
    templateOutput: 'output folder',
    templateYear: "the forms' year (default: the workbook's)",
    merge: "Collect the units' workbooks into the compilation workbook; a resubmission replaces the unit's sheet and its changes are listed",
    mergeBooks: "the compilation workbook .xlsx, then the units' workbooks",
    mergeOutput: 'compilation workbook to write, .xlsx',
    diff: 'Compare two versions of a submission or a compilation: the figures that changed, by unit and indicator',
    diffOld: 'the earlier version',
    diffNew: 'the later version',
    json: 'print JSON',
    rollover: "Next year's compilation workbook: this year's figures become 上年公布数, figures cleared, catalogue, rules and templates kept",
    rolloverBook: "this year's compilation workbook .xlsx",
    rolloverYear: 'the next year, e.g. 2025',
    rolloverOutput: "next year's workbook to write, .xlsx",
  },
  badYear: (text) => `--year ${text}: a four-digit year such as 2025`,
  noCatalog: 'The workbook has no catalogue sheet (指标目录), so no forms can be made (huibian init-catalog writes a starter one).',
  formsWritten: (dir, year, units) => `Wrote ${units.length} blank forms for ${year} to ${dir}: ${units.join(', ')}`,
  imported: (file, unit, sheets, figures) => `  new        ${file} (${unit ?? 'unit not recognised'}): ${sheets.map((s) => (s.as === s.from ? s.as : `${s.from} → ${s.as}`)).join(', ')}, ${figures} figures`,
  resubmitted: (file, unit, sheets, changes) => `  resubmitted ${file} (${unit ?? 'unit not recognised'}): ${sheets.map((s) => (s.replaces ? `replaces "${s.replaces}"` : s.as)).join(', ')}, ${changes} figures changed`,
  change: (c) => `    ${where(c)} ${c.reporter} ${c.indicator}${c.previous ? ' (last year)' : ''}: ${c.old ?? 'blank'} → ${c.new ?? 'blank'}`,
  added: (c) => `    ${where(c)} ${c.reporter} ${c.indicator}${c.previous ? ' (last year)' : ''}: added ${c.new ?? 'blank'}`,
  removed: (c) => `    ${where(c)} ${c.reporter} ${c.indicator}${c.previous ? ' (last year)' : ''}: removed ${c.old ?? 'blank'}`,
  sameFigures: '    the figures are the same as before',
  refused: (file, reason) => `  not imported ${file}: ${reason}`,
  skippedSheet: (file, text) => `  ${file}: ${text}`,
  merged: (files, sheets, output, log) => `Collected ${sheets} sheets of ${files} workbooks into ${output}; the imports are logged in sheet "${log}"`,
  diffHeading: (before, after, changed, added, removed) => `Compared ${before} → ${after}: ${changed} figures changed, ${added} added, ${removed} removed`,
  rolledOver: (output, year, published, sheets, ledgers, dropped) =>
    `Wrote the ${year} compilation workbook ${output}: ${published} indicators' 上年公布数 from this year's figures, this year's figures cleared in ${sheets} sheets (last year's column holds them)${ledgers > 0 ? `, ${ledgers} ledgers emptied` : ''}; catalogue, rules and templates kept${dropped.length > 0 ? `; this year's ${dropped.map((d) => `"${d}"`).join(', ')} left out` : ''}.`,
};

function sheetMove(s: { readonly from: string; readonly as: string }): string {
  return s.as === s.from ? s.as : `${s.from} → ${s.as}`;
}

function where(c: FigureChange): string {
  return c.cell ? `${c.sheet}!${c.cell}` : c.sheet;
}

const ZH: CliText = {
  description: '汇编助手：核对各单位报送的统计数据，生成汇总表和文字说明',
  checkHeading: (file, s, a) => `核对 ${file}：错误 ${s.errors} 项${zhMore(a.errors)}，警告 ${s.warnings} 项${zhMore(a.warnings)}，提示 ${s.infos} 项${zhMore(a.infos)}`,
  allAccepted: (n) => `全部 ${n} 项错误均已核实或说明，核对通过。`,
  acceptedMark: (status, note) => `（${status === 'verified' ? '已核实' : '已说明'}${note ? `：${note}` : ''}）`,
  readSummary: (sheets, figures, ledgers, catalog) =>
    `读取了 ${sheets} 张报送表（${figures} 个数据）、${ledgers} 张台账` + (catalog === null ? '；没有指标目录，指标按各表推断' : `；指标目录 ${catalog} 项`),
  other: '其他',
  skipped: (items) => `已跳过：${items.join('、')}`,
  skipReason: { empty: '空白工作表', 'no-table': '没有可识别的数据表', generated: '汇编助手生成的工作表', meta: '汇编助手的标记' },
  noProblems: '未发现问题。',
  hint: '提示',
  notice: (n) => `注意：${renderCopyNotice(n, 'zh')}`,
  wroteFindings: (file, sheet, renamed) => `已写出 ${file}（工作表“${sheet}”${renamed ? '；按.xlsx格式写出，扩展名改为.xlsx' : ''}）`,
  compileHeading: (file, s, a) => `汇编 ${file}：错误 ${s.errors} 项${zhMore(a.errors)}，警告 ${s.warnings} 项${zhMore(a.warnings)}，提示 ${s.infos} 项${zhMore(a.infos)}`,
  wroteSheets: (file, sheets, live, renamed) => `已写出 ${file}${renamed ? '（按.xlsx格式写出，扩展名改为.xlsx）' : ''}：${sheets.map((n) => `“${n}”`).join('、')}${live ? '（汇总表为公式，随源数据更新）' : ''}`,
  wroteDocx: (file) => `已写出 ${file}（GB/T 9704 公文格式的文字说明和汇总表）`,
  verifyHeading: (draft, book, figures, matched, s) => `核稿 ${draft}（对照 ${book}）：共 ${figures} 个数字，对上 ${matched} 个；错误 ${s.errors} 项，警告 ${s.warnings} 项，提示 ${s.infos} 项`,
  paragraph: (n) => `第${n}段`,
  learned: (report, count, output, sheet, kept) =>
    `从 ${report} 学得 ${count} 条文字模板，写入 ${output} 的“${sheet}”工作表${kept.length > 0 ? `（${kept.map(([from, to]) => `原“${from}”改名为“${to}”并隐藏`).join('，')}）` : ''}；汇编时使用这些模板。`,
  unbound: (count, shown, more) => `以下 ${count} 个数字未能对应到指标，保留为原文：${shown.join('、')}${more ? ' 等' : ''}`,
  unusable: (reason) => `无法处理：${reason}`,
  internal: (detail) => `内部错误：${detail}（请把文件和这行信息发给维护者）`,
  year: ZH_YEAR,
  files: {
    directory: '这是一个文件夹，不是文件。',
    notFound: '找不到该文件。',
    noReadPermission: '没有读取该文件的权限。',
    unreadable: (code) => `无法读取（${code}）。`,
    noWritePermission: '没有写入权限。',
    diskFull: '磁盘空间不足，未写出（原有文件未改动）。',
    tooBig: '文件超过系统允许的大小，未写出（原有文件未改动）。',
    unwritable: (code) => `无法写入（${code}），原有文件未改动。`,
    outputIsInput: (input) => `输出文件就是输入文件“${input}”，会覆盖原文件；请另选一个输出文件名。`,
    sameOutput: (other) => `两个输出是同一个文件（${other}）；请分别指定文件名。`,
  },
  help: {
    lang: 'language of messages / 提示语言 (default: from the locale, else zh)',
    rounding: 'rounding where the catalogue has no 取舍 / 目录未写取舍时的取舍方式',
    yoyThreshold: 'year-on-year threshold where the catalogue has none / 目录未写同比阈值时的阈值（%）',
    check: '核对工作簿中的全部报送数据',
    book: '汇编工作簿 .xlsx',
    json: '以JSON输出核对结果',
    checkOutput: '另存一份带“核对结果”工作表的副本',
    compile: '核对并生成汇总表、核对结果和文字说明',
    output: '写出的工作簿 .xlsx',
    docx: '另存文字说明和汇总表为 Word 文档（GB/T 9704 公文格式）',
    live: '汇总表的本年、上年写成指向源单元格的公式',
    compiler: '编制单位（默认按各表的填报单位推断）',
    verifyText: '核稿：把文稿中的每个数字与工作簿核对',
    draft: '文稿 .txt 或 .docx',
    learn: '从上年报告和上年工作簿学习文字模板',
    lastReport: '上年报告 .txt 或 .docx',
    lastBook: '上年的汇编工作簿 .xlsx',
    learnOutput: '写出的工作簿 .xlsx（带“文字模板”工作表）',
    initCatalog: '按报送表生成初始指标目录',
    initBook: '汇编工作簿 .xlsx（尚无指标目录）',
  },
  nothingLearned: (report) => `${report}中没有能对应到指标的数字，未学到文字模板，未写出文件。`,
  learnedUnused: (sheet) => `学得的文字模板写入“${sheet}”后不会被汇编使用，未写出文件。`,
  catalogExists: '工作簿已有“指标目录”，未改动。',
  starterCatalog: (sheets, indicators, output, sheet) => `按 ${sheets} 张报送表生成了 ${indicators} 项指标的初始目录，写入 ${output} 的“${sheet}”工作表，请补充计算公式、阈值等。`,
  sheetHeading: (sheet) => `【${sheet}】`,
};

const EN: CliText = {
  description: 'Huibian: checks the statistics departments report and writes the summary table and narrative',
  checkHeading: (file, s, a) => `Checked ${file}: ${s.errors} errors${enMore(a.errors)}, ${s.warnings} warnings${enMore(a.warnings)}, ${s.infos} infos${enMore(a.infos)}`,
  allAccepted: (n) => `All ${n} errors are verified or explained: the check passes.`,
  acceptedMark: (status, note) => ` (${status}${note ? `: ${note}` : ''})`,
  readSummary: (sheets, figures, ledgers, catalog) =>
    `Read ${sheets} submission sheets (${figures} figures) and ${ledgers} ledgers` + (catalog === null ? '; no catalogue, indicators inferred from the sheets' : `; ${catalog} indicators in the catalogue`),
  other: 'Other',
  skipped: (items) => `Skipped: ${items.join(', ')}`,
  skipReason: { empty: 'empty sheet', 'no-table': 'no recognisable table', generated: "Huibian's own sheet", meta: "Huibian's tags" },
  noProblems: 'No problems found.',
  hint: 'Hint',
  notice: (n) => `Note: ${renderCopyNotice(n, 'en')}`,
  wroteFindings: (file, sheet, renamed) => `Wrote ${file} (sheet "${sheet}"${renamed ? '; written as .xlsx, so the name ends in .xlsx' : ''})`,
  compileHeading: (file, s, a) => `Compiled ${file}: ${s.errors} errors${enMore(a.errors)}, ${s.warnings} warnings${enMore(a.warnings)}, ${s.infos} infos${enMore(a.infos)}`,
  wroteSheets: (file, sheets, live, renamed) => `Wrote ${file}${renamed ? ' (as .xlsx)' : ''}: ${sheets.map((n) => `"${n}"`).join(', ')}${live ? ' (the summary as formulas that follow the sources)' : ''}`,
  wroteDocx: (file) => `Wrote ${file} (the narrative and summary table as a GB/T 9704 official document)`,
  verifyHeading: (draft, book, figures, matched, s) => `Checked the draft ${draft} against ${book}: ${figures} figures, ${matched} matched; ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos`,
  paragraph: (n) => `para. ${n}`,
  learned: (report, count, output, sheet, kept) =>
    `Learned ${count} templates from ${report} into sheet "${sheet}" of ${output}${kept.length > 0 ? ` (${kept.map(([from, to]) => `"${from}" renamed "${to}" and hidden`).join(', ')})` : ''}; compile uses them.`,
  unbound: (count, shown, more) => `${count} figures matched no indicator and stay as text: ${shown.join(', ')}${more ? ' …' : ''}`,
  unusable: (reason) => `Cannot use: ${reason}`,
  internal: (detail) => `Internal error: ${detail} (please send the file and this line to the maintainers)`,
  year: EN_YEAR,
  files: {
    directory: 'This is a folder, not a file.',
    notFound: 'No such file.',
    noReadPermission: 'No permission to read this file.',
    unreadable: (code) => `Cannot read it (${code}).`,
    noWritePermission: 'No permission to write here.',
    diskFull: 'The disk is full; nothing written (the existing file is unchanged).',
    tooBig: 'The file is larger than the system allows; nothing written (the existing file is unchanged).',
    unwritable: (code) => `Cannot write it (${code}); the existing file is unchanged.`,
    outputIsInput: (input) => `The output is the input file "${input}" and would replace it; choose another output name.`,
    sameOutput: (other) => `Two outputs are the same file (${other}); name each one.`,
  },
  help: {
    lang: 'language of messages: zh or en (default: from the locale, else zh)',
    rounding: 'rounding where the catalogue gives none (取舍)',
    yoyThreshold: 'year-on-year threshold in percent where the catalogue gives none',
    check: 'Check every figure the units reported in the workbook',
    book: 'compilation workbook .xlsx',
    json: 'print the findings as JSON',
    checkOutput: 'also write a copy with a findings sheet (核对结果)',
    compile: 'Check, then write the summary table, the findings and the narrative',
    output: 'workbook to write, .xlsx',
    docx: 'also write the narrative and summary table as a Word document (GB/T 9704 official format)',
    live: "write the summary's this-year and last-year figures as formulas pointing at the source cells",
    compiler: "the compiling office (default: inferred from the sheets' reporting units)",
    verifyText: 'Check every figure of a draft against the workbook',
    draft: 'draft .txt or .docx',
    learn: "Learn the narrative templates from last year's report and workbook",
    lastReport: "last year's report .txt or .docx",
    lastBook: "last year's compilation workbook .xlsx",
    learnOutput: 'workbook to write, .xlsx (with a templates sheet, 文字模板)',
    initCatalog: 'A starter indicator catalogue (指标目录) from the submission sheets',
    initBook: 'compilation workbook .xlsx (without a catalogue yet)',
  },
  nothingLearned: (report) => `No figure in ${report} matches an indicator: no templates learned, nothing written.`,
  learnedUnused: (sheet) => `Compile would not use the learned templates written into "${sheet}": nothing written.`,
  catalogExists: 'The workbook already has a catalogue (指标目录); left unchanged.',
  starterCatalog: (sheets, indicators, output, sheet) => `Wrote a starter catalogue of ${indicators} indicators from ${sheets} submission sheets into sheet "${sheet}" of ${output}; add the formulas, thresholds and the rest.`,
  sheetHeading: (sheet) => `[${sheet}]`,
};

/** 错误 3 项（另有 2 项已说明）: the accepted ones after the open ones. */
function zhMore(n: number): string {
  return n > 0 ? `（另有 ${n} 项已说明）` : '';
}

function enMore(n: number): string {
  return n > 0 ? ` (and ${n} accepted)` : '';
}

export const CLI_TEXT: Record<Language, CliText> = { zh: ZH, en: EN };

/** A sentence in both languages, for an error raised where the language is not known yet. */
export function inBoth(sentence: (t: CliText) => string): Record<Language, string> {
  return { zh: sentence(ZH), en: sentence(EN) };
}

/** The language of the environment's locale (LC_ALL, LC_MESSAGES, LANG): English when it says so, else Chinese. */
export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.-]|$)/i.test(locale) ? 'en' : 'zh';
}
