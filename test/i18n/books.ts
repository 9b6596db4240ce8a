/**
 * Small compilation workbooks that, between them, make every message key, every hint key and
 * every check id appear, for the English-output tests. Each book says what it is for; the
 * coverage test in englishOutput.test.ts fails when a key appears in none of them.
 */
import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/core';
import { book, catalogSheet, longSheet, sheet, type IndicatorRow } from '../helpers/grid';

export interface EnglishBook {
  /** What the book is meant to make appear. */
  readonly purpose: string;
  readonly grid: WorkbookGrid;
  /** A draft to check against the book (核稿), for the text-* checks. */
  readonly drafts?: readonly string[];
}

type Row = readonly CellValue[];
const dept = (name: string, rows: readonly Row[]): SheetGrid => longSheet(name, name, rows);
const named = (name: string, ...sheets: SheetGrid[]): WorkbookGrid => ({ ...book(...sheets), name: `${name}.xlsx` });

const LETTERS: IndicatorRow[] = [
  { name: '来信件数', unit: '宗', kind: '计数', reporters: '信访科', section: '信访' },
  { name: '办结件数', unit: '宗', kind: '计数', reporters: '信访科', parent: '来信件数', relation: '其中', section: '信访' },
  { name: '培训人次', unit: '人次', kind: '计数', reporters: '信访科', section: '信访' },
  { name: '满意率', unit: '%', kind: '比率', decimals: 2, reporters: '信访科', section: '信访' },
  { name: '经费', unit: '万元', kind: '数值', decimals: 1, reporters: '信访科', section: '信访' },
];

/** Cells that cannot be read, or are read with a note (parse.*). */
const readings = named(
  'readings',
  catalogSheet([...LETTERS, { name: '调解件数', unit: '宗', kind: '计数', reporters: '信访科' }, { name: '协调件数', unit: '宗', kind: '计数', reporters: '信访科' }, { name: '受理件数', unit: '宗', kind: '计数', reporters: '信访科' }]),
  dept('信访科', [
    ['来信件数', '宗', { kind: 'error', code: '#DIV/0!' }, { kind: 'date', iso: '2023-02-15' }],
    ['办结件数', '宗', true, '1,23,4'],
    ['培训人次', '人次', '见附表', { kind: 'uncached', formula: 'SUM(C1:C3)' }],
    ['满意率', '%', '96.46%', null],
    ['经费', '万元', '12.5', null],
    ['调解件数', '宗', '150余', '约120'],
    ['协调件数', '宗', '1,234', null],
    ['受理件数', '宗', 5, null],
  ]),
);

/** A catalogue with a bad kind, a bad decimals cell, an unknown parent, a duplicate and a cycle (catalog.*). */
const badCatalogue = named(
  'bad-catalogue',
  sheet('指标目录', [
    ['指标名称', '单位', '类型', '小数位', '汇总方式', '上级指标', '关系', '报送单位', '取舍'],
    ['来信件数', '宗', '计量', null, null, null, null, '信访科', '随意'],
    ['办结件数', '宗', '计数', '两位', null, '不存在的指标', null, '信访科'],
    ['来信件数', '宗', '计数', null, null, null, null, '信访科'],
    ['甲类件数', '宗', '计数', null, '累加', '乙类件数', '包含', '信访科'],
    ['乙类件数', '宗', '计数', null, null, '甲类件数', null, '信访科'],
  ]),
  dept('信访科', [['来信件数', '宗', 3], ['办结件数', '宗', 2], ['甲类件数', '宗', 1], ['乙类件数', '宗', 1]]),
);

/** An English-labelled catalogue with a bad kind: the column is named as the clerk wrote it. */
const englishCatalogue = named(
  'english-catalogue',
  sheet('catalog', [['name', 'unit', 'kind', 'reporters'], ['Letters', 'pcs', 'quantity', 'Office']]),
  sheet('Office', [['name', 'value'], ['Letters', 4]]),
);

/** Units that did not report, blanks, unknown rows and columns, duplicates, units, types (foundation checks). */
const foundation = named(
  'foundation',
  catalogSheet([
    { name: '来信件数', unit: '宗', kind: '计数', reporters: '信访科、办公室、法制科' },
    { name: '满意率', unit: '%', kind: '比率', decimals: 2, reporters: '信访科' },
    { name: '培训人次', unit: '人次', kind: '计数', reporters: '信访科' },
    { name: '走访户数', unit: '户', kind: '计数', reporters: '信访科' },
    { name: '办结件数', unit: '宗', kind: '计数', reporters: '办公室' },
    { name: '回访件数', unit: '宗', kind: '计数', reporters: '办公室' },
    { name: '排查企业数', unit: '家', kind: '计数', reporters: '街道办' },
  ]),
  dept('信访科', [
    ['来信件数', '件', 3],
    ['来信件数', '件', 4],
    ['满意率', '%', '100.5%'],
    ['培训人次', '万人次', 26.3],
    ['走访户数', '户', -3],
    ['网上信访件数', '件', 9],
    [null, null, 7],
  ]),
  dept('办公室', [['来信件数', '宗', 2.5], ['办结件数', '宗', null]]),
  sheet('街道表', [['填报单位：街道办'], ['街道', '排查企业数', '走访企业数'], ['新安', 5, 1], ['西乡', 7, 2]]),
  sheet('填表说明', [['本表由各科室于1月10日前报送。']]),
);

const LAWSUITS: IndicatorRow[] = [
  { name: '诉讼案件数', unit: '宗', kind: '计数', reporters: '法规科', section: '法治' },
  { name: '胜诉数', unit: '宗', kind: '计数', reporters: '法规科', parent: '诉讼案件数', relation: '分项', section: '法治' },
  { name: '败诉数', unit: '宗', kind: '计数', reporters: '法规科', parent: '诉讼案件数', relation: '分项', section: '法治' },
  { name: '复议案件数', unit: '宗', kind: '计数', reporters: '法规科', section: '法治' },
  { name: '纠正件数', unit: '宗', kind: '计数', reporters: '法规科', parent: '复议案件数', relation: '其中', section: '法治' },
];

/** Totals against parts: catalogue 分项, a 合计 row, a wide table's 合计 line (balance, part-of). */
const balances = named(
  'balances',
  catalogSheet([...LAWSUITS, { name: '来信件数', unit: '宗', kind: '计数' }, { name: '办结件数', unit: '宗', kind: '计数' }]),
  dept('法规科', [['诉讼案件数', '宗', 31], ['胜诉数', '宗', 8], ['败诉数', '宗', 5], ['复议案件数', '宗', 10], ['纠正件数', '宗', 11]]),
  sheet('分类表', [['项目', '数值'], ['甲', 1], ['乙', 2], ['合计', -3]]),
  sheet('街道', [['街道', '来信件数', '办结件数'], ['新安', 5, 4], ['西乡', 7, 6], ['合计', 120000, 10]]),
);

const RATES: IndicatorRow[] = [
  { name: '发现隐患数', unit: '宗', kind: '计数', reporters: '甲所、乙所、丙所、丁所' },
  { name: '已化解隐患数', unit: '宗', kind: '计数', reporters: '甲所、乙所、丙所、丁所' },
  { name: '化解率', unit: '%', kind: '比率', decimals: 2, reporters: '甲所、乙所、丙所、丁所', formula: '[已化解隐患数]/[发现隐患数]*100' },
  { name: '国满件数', unit: '宗', kind: '计数', reporters: '信访科' },
  { name: '满意件数', unit: '宗', kind: '计数' },
  { name: '满意率', unit: '%', kind: '比率', decimals: 2, reporters: '信访科', formula: '[满意件数]/[国满件数]*100' },
  { name: '结案率', unit: '%', kind: '比率', decimals: 2, reporters: '信访科', formula: '[结案数]/[国满件数]*100' },
  { name: '办理率', unit: '%', kind: '比率', decimals: 2, reporters: '信访科', formula: '[满意件数]/(' },
];

/** Rates recomputed from their formulas: wrong, truncated, undecided, impossible (ratio, ratio-truncated, granularity). */
const rates = named(
  'rates',
  catalogSheet(RATES),
  dept('甲所', [['发现隐患数', '宗', 4434], ['已化解隐患数', '宗', 4418], ['化解率', '%', '99.46%']]),
  dept('乙所', [['发现隐患数', '宗', 4434], ['已化解隐患数', '宗', 4418], ['化解率', '%', '99.63%']]),
  dept('丙所', [['发现隐患数', '宗', null], ['已化解隐患数', '宗', 4418], ['化解率', '%', '99.63%']]),
  dept('丁所', [['发现隐患数', '宗', 4434], ['已化解隐患数', '宗', 4418], ['化解率', '%', 0.9964]]),
  dept('信访科', [['国满件数', '宗', 113], ['满意率', '%', '96.23%'], ['结案率', '%', '90%'], ['办理率', '%', '90%']]),
);

/** Units against each other, the whole, last year and the published figure (cross-source, aggregate, yoy, prev-year). */
const sources = named(
  'sources',
  catalogSheet([
    { name: '诉讼案件数', unit: '宗', kind: '计数', reporters: '法规科、办公室' },
    { name: '调解案件数', unit: '宗', kind: '计数', reporters: '法规科、办公室' },
    { name: '仲裁案件数', unit: '宗', kind: '计数', reporters: '法规科、办公室' },
    { name: '排查企业数', unit: '家', kind: '计数', reporters: '新安街道、西乡街道', aggregation: '求和', totalReporter: '监察大队' },
    { name: '民诉件数', unit: '宗', kind: '计数', reporters: '信访科', yoy: 30 },
    { name: '复议件数', unit: '宗', kind: '计数', reporters: '信访科', published: 2987 },
  ]),
  dept('法规科', [['诉讼案件数', '宗', 13], ['调解案件数', '宗', 13, 10], ['仲裁案件数', '宗', 13]]),
  dept('办公室', [['诉讼案件数', '宗', 31], ['调解案件数', '宗', 10, 10], ['仲裁案件数', '宗', 130000]]),
  dept('新安街道', [['排查企业数', '家', 1862]]),
  dept('西乡街道', [['排查企业数', '家', 3015]]),
  dept('监察大队', [['排查企业数', '家', 48770]]),
  dept('信访科', [['民诉件数', '宗', 18520, 12873], ['复议件数', '宗', 3180, 2978]]),
);

/** The clerk's rules: failing, plain failing, undecided, unparsable, unknown names, type errors, a bad severity; a ledger. */
const rules = named(
  'rules',
  catalogSheet([
    { name: '来信件数', unit: '宗', kind: '计数', reporters: '信访科' },
    { name: '办结件数', unit: '宗', kind: '计数', reporters: '信访科' },
    { name: '满意件数', unit: '宗', kind: '计数' },
  ]),
  dept('信访科', [['来信件数', '宗', 10, 8], ['办结件数', '宗', 3]]),
  sheet('信访台账', [['编号', '状态', '金额'], ['X1', '办结', 1.5], ['X2', '办结', 2], ['X3', '在办', null]]),
  sheet('校验规则', [
    ['编号', '规则说明', '表达式', '级别', '容差'],
    ['R1', '办结不超过来信', '[办结件数] > [来信件数]', '错误'],
    ['R2', '来信有增有减', 'AND([来信件数] > 100, [办结件数] > 1)', '警告'],
    ['R3', '满意件数已填', '[满意件数] >= 0', '提示'],
    ['R4', '括号未配对', '([来信件数] + 1', '错误'],
    ['R5', '名称未识别', '[来访件数] = 1', '错误'],
    ['R6', '文字不能相加', '"办结" + 1 = 2', '错误'],
    ['R7', '级别写错', '[来信件数] = 10', '很严重'],
    ['R8', '台账办结数', 'COUNTIF(信访台账!状态, "办结") = [办结件数]', '错误'],
    ['R9', '结果不是真假', '[来信件数] + 1', '错误'],
    [null, null, '[来信件数] = ', '错误'],
  ]),
);

/** 文字模板 with a gap and two syntax errors (narrative). */
const templates = named(
  'templates',
  catalogSheet(LETTERS),
  dept('信访科', [['来信件数', '宗', 3180, 2987], ['办结件数', '宗', 3000, null], ['满意率', '%', '96.46%', null]]),
  sheet('文字模板', [
    ['章节', '序号', '模板'],
    ['信访', 1, '来信{来信件数}宗，{来信件数:同比}，满意率{满意率:百分点}。'],
    ['信访', 2, '共{来信件数宗'],
    ['信访', 3, '共{来信件数:环比}宗'],
    ['信访', 4, '共{信件数}宗'],
  ]),
);

/** A draft checked against a workbook (核稿): mismatch, unmatched, repeat, impossible rate, unbalanced total. */
const draft: EnglishBook = {
  purpose: 'text-* checks of 核稿',
  grid: named(
    'draft',
    catalogSheet([
      { name: '来信件数', unit: '宗', kind: '计数', reporters: '信访科' },
      { name: '国满件数', unit: '宗', kind: '计数', reporters: '信访科' },
      { name: '满意件数', unit: '宗', kind: '计数' },
      { name: '满意率', unit: '%', kind: '比率', decimals: 2, reporters: '信访科', formula: '[满意件数]/[国满件数]*100' },
      { name: '诉讼案件数', unit: '宗', kind: '计数', reporters: '信访科' },
      { name: '胜诉数', unit: '宗', kind: '计数', reporters: '信访科', parent: '诉讼案件数', relation: '分项' },
      { name: '败诉数', unit: '宗', kind: '计数', reporters: '信访科', parent: '诉讼案件数', relation: '分项' },
    ]),
    dept('信访科', [['来信件数', '宗', 3180, 2987], ['国满件数', '宗', 113], ['满意率', '%', '96.46%'], ['诉讼案件数', '宗', 13], ['胜诉数', '宗', 8], ['败诉数', '宗', 5]]),
  ),
  drafts: ['全年来信3180宗，来信件数3810宗。召开会议37次。', '来信3180宗，比上年增加300宗。', '国满件数113宗，满意率96.23%。', '诉讼案件13宗，其中胜诉8宗，败诉4宗。'],
};

export const ENGLISH_BOOKS: readonly EnglishBook[] = [
  { purpose: 'parse.*', grid: readings },
  { purpose: 'catalog.*', grid: badCatalogue },
  { purpose: 'catalog.bad-value under English labels', grid: englishCatalogue },
  { purpose: 'missing, unknown, duplicate, unit, type', grid: foundation },
  { purpose: 'balance, part-of', grid: balances },
  { purpose: 'ratio, ratio-truncated, granularity', grid: rates },
  { purpose: 'cross-source, aggregate, yoy, prev-year', grid: sources },
  { purpose: 'rule, ledger', grid: rules },
  { purpose: 'narrative', grid: templates },
  draft,
];
