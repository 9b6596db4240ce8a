import type { Language } from '../../core';

/** The pane's strings for the clerk's year (issue 14): 处理意见, 导入报送, 报送模板, 滚动沿用, 下一年度. */
export interface YearUiStrings {
  readonly accept: AcceptStrings;
  readonly imports: ImportStrings;
  readonly forms: FormsStrings;
  readonly learn: LearnStrings;
  readonly rollover: RolloverStrings;
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

const ZH: YearUiStrings = {
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
};

const EN: YearUiStrings = {
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
};

export const YEAR_UI: Record<Language, YearUiStrings> = { zh: ZH, en: EN };
