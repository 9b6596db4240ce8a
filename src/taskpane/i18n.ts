import type { Language } from '../core';
import { YEAR_UI, type YearUiStrings } from './i18n/year';

/** Every string of the pane, per language: a key without a translation fails to compile. */
export interface UiStrings extends YearUiStrings {
  readonly product: string;
  readonly tagline: string;
  readonly tabs: { readonly submissions: string; readonly checks: string; readonly outputs: string; readonly draft: string; readonly year: string; readonly settings: string };
  readonly severity: { readonly error: string; readonly warning: string; readonly info: string };
  readonly runCheck: string;
  readonly rerunCheck: string;
  readonly notChecked: string;
  /** `accepted`: errors marked 已核实/已说明, no longer counted as open. */
  readonly summaryLine: (e: number, w: number, i: number, accepted?: number) => string;
  readonly filterCheck: string;
  /** A finding's check by its name (SPEC §4's 中文名), after its cells. */
  readonly checkLabel: (name: string) => string;
  readonly noFindings: string;
  readonly filterAll: string;
  readonly filterSheet: string;
  readonly filterSearch: string;
  readonly hint: string;
  readonly expectedActual: (expected: string, actual: string) => string;
  readonly highlight: string;
  readonly clearHighlight: string;
  readonly highlighted: (n: number) => string;
  readonly cleared: (n: number) => string;
  /** Sheets a highlight or its clearing passed over (protected, deleted), as a clause after highlighted/cleared; empty when none. */
  /** Added to the notice after marking cells: protected sheets left alone, deleted sheets whose fills were dropped. */
  readonly passedOver: { readonly protected: (sheets: readonly string[]) => string; readonly deleted: (sheets: readonly string[]) => string };
  readonly revealSheet: string;
  readonly units: string;
  readonly unitLine: (sheets: string, figures: number) => string;
  readonly absentReporters: string;
  readonly skippedSheets: string;
  readonly skipReason: { readonly empty: string; readonly 'no-table': string; readonly generated: string; readonly meta: string };
  readonly noCatalog: string;
  readonly catalogLine: (indicators: number, figures: number) => string;
  readonly ledgers: string;
  readonly writeSheets: string;
  readonly written: (names: readonly string[]) => string;
  /** The Word document's file name when the narrative has no title. */
  readonly docxName: string;
  /** Appended to a downloaded workbook's name: 报表-汇编.xlsx. */
  readonly compiledSuffix: string;
  readonly liveMode: string;
  readonly liveHint: string;
  readonly previewNarrative: string;
  readonly downloadDocx: string;
  readonly downloadXlsx: string;
  readonly draftPlaceholder: string;
  readonly checkDraft: string;
  readonly draftLine: (figures: number, matched: number, errors: number) => string;
  readonly unmatchedFigure: string;
  readonly settingsCompiler: string;
  readonly settingsCompilerHint: string;
  readonly settingsRounding: string;
  readonly rounding: { readonly 'half-up': string; readonly truncate: string; readonly 'half-even': string };
  readonly settingsThreshold: string;
  readonly settingsThresholdHint: string;
  readonly settingsSheetNames: string;
  readonly sheetNameLabels: { readonly summary: string; readonly findings: string; readonly narrative: string };
  readonly draftMarked: string;
  readonly sheetPlaceholder: string;
  readonly language: string;
  readonly busy: {
    readonly read: string; readonly check: string; readonly compile: string; readonly write: string; readonly draft: string; readonly docx: string; readonly open: string;
    readonly import: string; readonly forms: string; readonly learn: string; readonly rollover: string;
  };
  readonly openFile: string;
  readonly loadSample: string;
  readonly dropHere: string;
  readonly noWorkbook: string;
  readonly privacy: string;
  readonly sheetTabs: string;
  readonly errorPrefix: string;
  /** What a refusal names when the text was pasted, not opened from a file. */
  readonly pastedText: string;
}


const ZH: UiStrings = {
  product: '汇编助手',
  tagline: '核对各单位报送数据，生成汇总表和文字说明',
  tabs: { submissions: '报送', checks: '校验', outputs: '生成', draft: '核稿', year: '年度', settings: '设置' },
  severity: { error: '错误', warning: '警告', info: '提示' },
  runCheck: '开始核对',
  rerunCheck: '重新核对',
  notChecked: '尚未核对。点击“开始核对”读取全部工作表。',
  summaryLine: (e, w, i, a = 0) => `错误 ${e} 项${a > 0 ? `（另有 ${a} 项已说明）` : ''}，警告 ${w} 项，提示 ${i} 项`,
  filterCheck: '检查',
  checkLabel: (name) => `（${name}）`,
  ...YEAR_UI.zh,
  noFindings: '未发现问题。',
  filterAll: '全部',
  filterSheet: '工作表',
  filterSearch: '搜索说明、指标或单位',
  hint: '提示',
  expectedActual: (e, a) => `应为 ${e}，实为 ${a}`,
  highlight: '标出问题单元格',
  clearHighlight: '取消标出',
  highlighted: (n) => `已标出 ${n} 个单元格`,
  cleared: (n) => `已恢复 ${n} 个单元格的原有底色`,
  passedOver: { protected: (p) => `；受保护的工作表未改动：${p.join('、')}（撤销保护后可再次操作）`, deleted: (m) => `；已删除的工作表无法恢复，其底色记录已清除：${m.join('、')}` },
  revealSheet: '显示该工作表',
  units: '已报送的单位',
  unitLine: (sheets, figures) => `${sheets} · ${figures} 个数据`,
  absentReporters: '未报送的单位',
  skippedSheets: '跳过的工作表',
  skipReason: { empty: '空白', 'no-table': '没有可识别的数据表', generated: '汇编助手生成', meta: '标记' },
  noCatalog: '没有“指标目录”工作表，指标按各表推断。',
  catalogLine: (i, f) => `指标目录 ${i} 项，读取数据 ${f} 个`,
  ledgers: '台账',
  writeSheets: '写入汇总表、核对结果和文字说明',
  written: (names) => `已写入：${names.join('、')}`,
  docxName: '文字说明',
  compiledSuffix: '-汇编',
  liveMode: '汇总表使用公式（随源数据更新）',
  liveHint: '本年、上年写成指向源单元格的公式',
  previewNarrative: '文字说明预览',
  downloadDocx: '下载Word文档',
  downloadXlsx: '下载汇编后的工作簿',
  draftPlaceholder: '把文稿粘贴到这里，汇编助手会逐个核对其中的数字。',
  checkDraft: '核对文稿',
  draftLine: (f, m, e) => `共 ${f} 个数字，对上 ${m} 个，错误 ${e} 项`,
  unmatchedFigure: '未能对应到指标',
  settingsCompiler: '编制单位',
  settingsCompilerHint: '留空则按各表的填报单位推断',
  settingsRounding: '未注明取舍时的修约方式',
  rounding: { 'half-up': '四舍五入', truncate: '截尾', 'half-even': '四舍六入五成双（GB/T 8170）' },
  settingsThreshold: '未注明同比阈值时的阈值（%）',
  settingsThresholdHint: '留空：按指标目录（没有目录时为50%）',
  settingsSheetNames: '生成的工作表名称',
  sheetNameLabels: { summary: '汇总表', findings: '核对结果', narrative: '文字说明' },
  draftMarked: '文稿中的数字',
  sheetPlaceholder: '打开工作簿后，这里显示它的工作表。',
  language: 'English',
  busy: {
    read: '正在读取工作表…', check: '正在核对…', compile: '正在汇编…', write: '正在写入工作表…', draft: '正在核对文稿…', docx: '正在生成Word文档…', open: '正在打开文件…',
    import: '正在导入报送…', forms: '正在生成报送模板…', learn: '正在学习上年措辞…', rollover: '正在生成下一年度工作簿…',
  },
  openFile: '打开工作簿',
  loadSample: '载入示例工作簿',
  dropHere: '或把工作簿（.xlsx、.xls、.et、.ods、.csv）拖到这里',
  noWorkbook: '请先打开一个 .xlsx 工作簿，或载入示例。',
  privacy: '所有数据只在本机浏览器中处理，不会上传。',
  sheetTabs: '工作表',
  errorPrefix: '无法处理：',
  pastedText: '粘贴的文字',
};

const EN: UiStrings = {
  product: 'Huibian',
  tagline: 'Check departmental statistics, write the summary and the narrative',
  tabs: { submissions: 'Sheets', checks: 'Check', outputs: 'Write', draft: 'Draft', year: 'Year', settings: 'Settings' },
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  runCheck: 'Run check',
  rerunCheck: 'Check again',
  notChecked: 'Not checked yet. Click "Run check" to read every sheet.',
  summaryLine: (e, w, i, a = 0) => `${e} error${e === 1 ? '' : 's'}${a > 0 ? ` (${a} more accepted)` : ''}, ${w} warning${w === 1 ? '' : 's'}, ${i} info${i === 1 ? '' : 's'}`,
  filterCheck: 'Check',
  checkLabel: (name) => `(${name})`,
  ...YEAR_UI.en,
  noFindings: 'No problems found.',
  filterAll: 'All',
  filterSheet: 'Sheet',
  filterSearch: 'Search messages, indicators, units',
  hint: 'Hint',
  expectedActual: (e, a) => `expected ${e}, found ${a}`,
  highlight: 'Highlight cells',
  clearHighlight: 'Remove highlights',
  highlighted: (n) => `${n} cells highlighted`,
  cleared: (n) => `${n} cells restored`,
  passedOver: { protected: (p) => `; protected sheets left alone: ${p.join(', ')} (try again once unprotected)`, deleted: (m) => `; deleted sheets cannot be restored, their saved fills were dropped: ${m.join(', ')}` },
  revealSheet: 'Show the sheet',
  units: 'Units that reported',
  unitLine: (sheets, figures) => `${sheets} · ${figures} figures`,
  absentReporters: 'Units that have not reported',
  skippedSheets: 'Skipped sheets',
  skipReason: { empty: 'empty', 'no-table': 'no recognisable table', generated: "Huibian's own", meta: 'tag' },
  noCatalog: 'No 指标目录 sheet: indicators are inferred from the sheets.',
  catalogLine: (i, f) => `${i} indicators in the catalogue, ${f} figures read`,
  ledgers: 'Ledgers',
  writeSheets: 'Write summary, findings and narrative',
  written: (names) => `Written: ${names.join(', ')}`,
  docxName: 'narrative',
  compiledSuffix: '-compiled',
  liveMode: 'Summary as formulas (follows the sources)',
  liveHint: 'This and last year point at the source cells',
  previewNarrative: 'Narrative preview',
  downloadDocx: 'Download Word document',
  downloadXlsx: 'Download compiled workbook',
  draftPlaceholder: 'Paste the draft here; every figure in it is checked against the workbook.',
  checkDraft: 'Check draft',
  draftLine: (f, m, e) => `${f} figures, ${m} matched, ${e} errors`,
  unmatchedFigure: 'matches no indicator',
  settingsCompiler: 'Compiling office',
  settingsCompilerHint: 'Empty: inferred from the submissions',
  settingsRounding: 'Rounding where the catalogue gives none',
  rounding: { 'half-up': 'Half away from zero', truncate: 'Truncate', 'half-even': 'Half to even (GB/T 8170)' },
  settingsThreshold: 'Year-on-year threshold (%) where the catalogue gives none',
  settingsThresholdHint: 'Empty: as the catalogue says (50% without one)',
  settingsSheetNames: 'Names of the generated sheets',
  sheetNameLabels: { summary: 'Summary table', findings: 'Findings', narrative: 'Narrative' },
  draftMarked: 'Figures in the draft',
  sheetPlaceholder: "The workbook's sheets show here once it is open.",
  language: '中文',
  busy: {
    read: 'Reading sheets…', check: 'Checking…', compile: 'Compiling…', write: 'Writing sheets…', draft: 'Checking the draft…', docx: 'Writing the Word document…', open: 'Opening the file…',
    import: 'Importing submissions…', forms: 'Writing the forms…', learn: "Learning last year's wording…", rollover: "Writing next year's workbook…",
  },
  openFile: 'Open workbook',
  loadSample: 'Load the sample',
  dropHere: 'or drop a workbook (.xlsx, .xls, .et, .ods, .csv) here',
  noWorkbook: 'Open an .xlsx workbook or load the sample first.',
  privacy: 'Everything stays in this browser; nothing is uploaded.',
  sheetTabs: 'Sheets',
  errorPrefix: 'Cannot use it: ',
  pastedText: 'the pasted text',
};

export const UI: Record<Language, UiStrings> = { zh: ZH, en: EN };

/**
 * The pane's punctuation and the two messages thrown at its edges, as they read today in both
 * languages (the full-width marks show in the English pane too; translating them is a change of
 * output left to its own issue).
 */
export const PANE_TEXT = {
  /** Between a label and its value: 提示：… */
  colon: '：',
  /** Between the items of a list: 街道A、街道B. */
  listSeparator: '、',
  openParen: '（',
  closeParen: '）',
  sampleFailed: (status: number): string => `示例工作簿下载失败（${status}）`,
  engineFailed: (message: string): string => `汇编引擎出错：${message}`,
} as const;
