import type { Language } from '../core';

/** Every string of the pane, per language: a key without a translation fails to compile. */
export interface UiStrings {
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
  readonly accept: AcceptStrings;
  readonly imports: ImportStrings;
  readonly forms: FormsStrings;
  readonly learn: LearnStrings;
  readonly rollover: RolloverStrings;
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
  readonly fillPassedOver: (protectedSheets: readonly string[], missingSheets: readonly string[]) => string;
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
}

/** 处理意见 on a finding (SPEC §5.3). */
interface AcceptStrings {
  readonly open: string;
  readonly edit: string;
  readonly status: { readonly verified: string; readonly explained: string };
  readonly note: string;
  readonly notePlaceholder: string;
  readonly save: string;
  readonly cancel: string;
  readonly withdraw: string;
  readonly saved: string;
  readonly withdrawn: string;
}

/** 导入报送: several department files at once, a resubmission's diff, confirm. */
interface ImportStrings {
  readonly title: string;
  readonly pick: string;
  readonly drop: string;
  readonly review: (files: number) => string;
  readonly resubmission: string;
  readonly newUnit: string;
  readonly unknownUnit: string;
  readonly sheetAs: (from: string, as: string) => string;
  readonly changed: (n: number) => string;
  readonly added: (n: number) => string;
  readonly removed: (n: number) => string;
  readonly noChange: string;
  readonly absent: string;
  /** Marks last year's figure (上年数) in the diff. */
  readonly previous: string;
  readonly refused: string;
  readonly confirm: string;
  readonly cancel: string;
  readonly done: (units: readonly string[], changed: number) => string;
  readonly nothing: string;
  /** Figures of one kind shown before "and n more". */
  readonly more: (n: number) => string;
}

/** 报送模板: the blank forms for a year. */
interface FormsStrings {
  readonly title: string;
  readonly hint: string;
  readonly year: string;
  readonly zip: string;
  readonly make: string;
  readonly list: string;
  readonly one: (unit: string) => string;
  readonly opened: (name: string) => string;
  readonly zipName: (year: number) => string;
  readonly badYear: string;
}

/** 滚动沿用: learn last year's wording (SPEC §6.1). */
interface LearnStrings {
  readonly title: string;
  readonly hint: string;
  readonly placeholder: string;
  readonly openFile: string;
  readonly run: string;
  readonly line: (templates: number, unbound: number) => string;
  readonly unbound: string;
  readonly confirm: string;
  readonly cancel: string;
}

/** 下一年度: the rolled-over workbook. */
interface RolloverStrings {
  readonly title: string;
  readonly hint: string;
  readonly year: string;
  readonly run: string;
  readonly runExcel: string;
  readonly fileName: (year: number) => string;
  readonly opened: string;
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
  accept: {
    open: '处理意见…',
    edit: '修改处理意见',
    status: { verified: '已核实', explained: '已说明' },
    note: '处理意见',
    notePlaceholder: '例如：经与信访科核实，数据无误',
    save: '保存',
    cancel: '取消',
    withdraw: '撤销处理',
    saved: '处理意见已写入核对结果',
    withdrawn: '已撤销处理意见',
  },
  imports: {
    title: '导入报送',
    pick: '选择报送文件',
    drop: '可一次选择或拖入多个文件',
    review: (n) => `导入 ${n} 个文件前请核对以下变化`,
    resubmission: '重新报送',
    newUnit: '新单位',
    unknownUnit: '未识别单位',
    sheetAs: (from, as) => (from === as ? `工作表“${as}”` : `工作表“${from}”→“${as}”`),
    changed: (n) => `修改 ${n} 个数据`,
    added: (n) => `新增 ${n} 个数据`,
    removed: (n) => `删除 ${n} 个数据`,
    noChange: '数据没有变化',
    absent: '空',
    previous: '上年数',
    refused: '未能导入',
    confirm: '确认导入',
    cancel: '取消',
    done: (units, n) => `已导入：${units.join('、')}；修改 ${n} 个数据`,
    nothing: '没有可导入的文件',
    more: (n) => `……另有 ${n} 项`,
  },
  forms: {
    title: '报送模板',
    hint: '按指标目录为每个单位生成空白报送表',
    year: '年度',
    zip: '下载全部（.zip）',
    make: '逐个单位生成',
    list: '各单位的报送表',
    one: (unit) => `${unit}`,
    opened: (name) => `已在Excel中打开：${name}`,
    zipName: (year) => `${year}年报送模板.zip`,
    badYear: '请填写四位数的年度，例如 2024',
  },
  learn: {
    title: '滚动沿用',
    hint: '粘贴上年报告（或打开其.docx/.txt），按上年措辞生成文字模板',
    placeholder: '把上年报告粘贴到这里',
    openFile: '打开上年报告',
    run: '学习上年措辞',
    line: (t, u) => `学到 ${t} 条模板，${u} 个数字未能对应指标`,
    unbound: '未能对应的数字（保留为文字）',
    confirm: '替换文字模板',
    cancel: '取消',
  },
  rollover: {
    title: '下一年度',
    hint: '生成下一年度的汇编工作簿：本年数成为上年公布数，目录、规则和模板保留，数据清空',
    year: '下一年度',
    run: '下载下一年度工作簿',
    runExcel: '在Excel中新建下一年度工作簿',
    fileName: (year) => `${year}年汇编.xlsx`,
    opened: '已在Excel中新建下一年度工作簿',
  },
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
  fillPassedOver: (p, m) => [p.length > 0 && `；受保护的工作表未改动：${p.join('、')}（撤销保护后可再次操作）`, m.length > 0 && `；已删除的工作表无法恢复，其底色记录已清除：${m.join('、')}`].filter(Boolean).join(''),
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
  dropHere: '或把 .xlsx 文件拖到这里',
  noWorkbook: '请先打开一个 .xlsx 工作簿，或载入示例。',
  privacy: '所有数据只在本机浏览器中处理，不会上传。',
  sheetTabs: '工作表',
  errorPrefix: '无法处理：',
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
  accept: {
    open: 'Accept…',
    edit: 'Edit the note',
    status: { verified: 'Verified', explained: 'Explained' },
    note: 'Note',
    notePlaceholder: 'e.g. confirmed with the department, the figure stands',
    save: 'Save',
    cancel: 'Cancel',
    withdraw: 'Withdraw',
    saved: 'The note is written to the findings sheet',
    withdrawn: 'The acceptance is withdrawn',
  },
  imports: {
    title: 'Import submissions',
    pick: 'Choose department files',
    drop: 'Several files can be chosen or dropped at once',
    review: (n) => `Check what changes before importing ${n} file${n === 1 ? '' : 's'}`,
    resubmission: 'resubmission',
    newUnit: 'new unit',
    unknownUnit: 'unit not recognised',
    sheetAs: (from, as) => (from === as ? `sheet "${as}"` : `sheet "${from}" → "${as}"`),
    changed: (n) => `${n} figure${n === 1 ? '' : 's'} changed`,
    added: (n) => `${n} figure${n === 1 ? '' : 's'} added`,
    removed: (n) => `${n} figure${n === 1 ? '' : 's'} removed`,
    noChange: 'No figure changed',
    absent: 'none',
    previous: 'last year',
    refused: 'Not imported',
    confirm: 'Import',
    cancel: 'Cancel',
    done: (units, n) => `Imported: ${units.join(', ')}; ${n} figure${n === 1 ? '' : 's'} changed`,
    nothing: 'Nothing to import',
    more: (n) => `… and ${n} more`,
  },
  forms: {
    title: 'Blank forms',
    hint: 'One blank submission form per unit, from the catalogue',
    year: 'Year',
    zip: 'Download all (.zip)',
    make: 'One by one',
    list: 'Forms by unit',
    one: (unit) => `${unit}`,
    opened: (name) => `Opened in Excel: ${name}`,
    zipName: (year) => `forms-${year}.zip`,
    badYear: 'Enter a four-digit year, e.g. 2024',
  },
  learn: {
    title: "Last year's wording",
    hint: "Paste last year's report (or open its .docx/.txt) to turn its sentences into templates",
    placeholder: "Paste last year's report here",
    openFile: "Open last year's report",
    run: 'Learn the wording',
    line: (t, u) => `${t} template${t === 1 ? '' : 's'} learned, ${u} figure${u === 1 ? '' : 's'} not bound to an indicator`,
    unbound: 'Figures not bound (kept as text)',
    confirm: 'Replace the templates sheet',
    cancel: 'Cancel',
  },
  rollover: {
    title: 'Next year',
    hint: "Next year's workbook: this year's figures become last year's, catalogue, rules and templates kept, figures cleared",
    year: 'Next year',
    run: "Download next year's workbook",
    runExcel: "Create next year's workbook in Excel",
    fileName: (year) => `compilation-${year}.xlsx`,
    opened: "Next year's workbook is open in Excel",
  },
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
  fillPassedOver: (p, m) => [p.length > 0 && `; protected sheets left alone: ${p.join(', ')} (try again once unprotected)`, m.length > 0 && `; deleted sheets cannot be restored, their saved fills were dropped: ${m.join(', ')}`].filter(Boolean).join(''),
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
  dropHere: 'or drop an .xlsx file here',
  noWorkbook: 'Open an .xlsx workbook or load the sample first.',
  privacy: 'Everything stays in this browser; nothing is uploaded.',
  sheetTabs: 'Sheets',
  errorPrefix: 'Cannot use it: ',
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
