import { book, sheet } from '../helpers/grid';
import { check } from '../helpers/findings';
import type { Finding } from '../../src/core';

/**
 * Workbooks as other offices would write them following SPEC.md — different labels, layouts
 * and habits from the sample — with problems planted at known cells: each must be reported
 * with the right check id at the right cell, and nothing else as an error.
 */
const errorsOf = (findings: Finding[]) =>
  findings
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.check}@${'sheet' in f.refs[0] ? `${f.refs[0].sheet}!${f.refs[0].cell}` : ''}`)
    .sort();

describe('a clean workbook without a catalogue, in another office’s habits', () => {
  const workbook = book(
    sheet('社保科', [
      ['2023年社会保险工作情况统计表', null, null, null, null, null],
      ['填报单位', '区社会保险事业局', null, '报告期', '2023年度'],
      [],
      ['序号', '项目', '计量单位', '本期数', '上年同期数', '说明'],
      [1, '参保人数', '人', '1,204,500', 1150320, null],
      [2, '其中：城镇职工', '人', 980200, 951000, null],
      [3, '\u3000\u3000城乡居民', '人', 224300, 199320, null],
      ['一、', '基金收支', null, null, null, null],
      [4, '基金收入', '万元', 35620.5, 33010.2, null],
      [5, '基金支出', '万元', 31208.75, 29640, null],
      [6, '结余率', '%', '12.39%', '10.21%', '（收入-支出）/收入'],
      [],
      [7, '甲类业务件数', '件', 120, 110, null],
      [8, '乙类业务件数', '件', 80, 90, null],
      [9, '合计', '件', 200, 200, null],
      ['单位负责人：', null, '填表人：', null, '联系电话：'],
    ]),
    sheet('街道汇总', [
      ['各街道就业情况'],
      ['报送单位：区就业服务中心'],
      ['序号', '街道', '新增就业（人）', '失业再就业（人）', '备注'],
      [1, '东城街道', 1200, 310, null],
      [2, '西城街道', 980, 205, '含外来务工'],
      [3, '南城街道', 1105, 298, null],
      [null, '全区', 3285, 813, null],
    ]),
    sheet('投诉台账', [
      ['编号', '受理日期', '街道', '状态'],
      ['T001', '2023-01-05', '东城街道', '办结'],
      ['T002', '2023-02-11', '西城街道', '办结'],
      ['T003', '2023-03-20', '东城街道', '在办'],
    ]),
    sheet('说明', [['本表由各科室于12月10日前报送，数据截至11月底。']]),
  );

  it('reports no error', () => {
    expect(errorsOf(check(workbook))).toEqual([]);
  });
});

describe('a workbook with a catalogue, rules and planted problems', () => {
  const catalog = sheet('catalog', [
    ['code', 'name', 'unit', 'kind', 'decimals', 'reporters', 'aggregation', 'total unit', 'parent', 'relation', 'formula', 'rounding', 'yoy threshold', 'published previous', 'section'],
    ['A01', '受理投诉件数', '件', '计数', null, '投诉科', null, null, null, null, null, null, 20, 150, '投诉'],
    ['A02', '办结投诉件数', '件', '计数', null, '投诉科', null, null, '受理投诉件数', '其中', null, null, null, null, '投诉'],
    ['A03', '投诉办结率', '%', '比率', 2, '投诉科', null, null, null, null, '[办结投诉件数]/[受理投诉件数]*100', null, null, null, '投诉'],
    ['B01', '检查企业数', '家', '计数', null, '东城街道、西城街道', '求和', '监察科', null, null, null, null, null, null, '执法'],
    ['B02', '立案数', '宗', '计数', null, '监察科', null, null, null, null, null, null, null, null, '执法'],
    ['B03', '结案数', '宗', '计数', null, '监察科', null, null, '立案数', '分项', null, null, null, null, '执法'],
    ['B04', '在办案件数', '宗', '计数', null, '监察科', null, null, '立案数', '分项', null, null, null, null, '执法'],
    ['C01', '调查样本数', '人', '计数', null, '调查队', null, null, null, null, null, null, null, null, '调查'],
    ['C02', '满意人数', '人', '计数', null, null, null, null, null, null, null, null, null, null, '调查'],
    ['C03', '满意度', '%', '比率', 1, '调查队', null, null, null, null, '[满意人数]/[调查样本数]*100', null, null, null, '调查'],
    ['D01', '宣传场次', '场', '计数', null, '投诉科、监察科', null, null, null, null, null, null, 50, null, '宣传'],
  ]);
  const workbook = book(
    catalog,
    sheet('投诉科', [
      ['填报单位：区投诉科', null, null, '报告期：2023年'],
      ['指标', '单位', '2023年', '2022年'],
      ['受理投诉件数', '件', 180, 151],
      ['办结投诉件数', '件', 185, 140],
      ['投诉办结率', '%', '97.22%', '92.72%'],
      ['宣传场次', '场', 12, 10],
    ]),
    sheet('监察科', [
      ['填报单位：区监察科'],
      ['指标名称', '单位', '本年数', '上年数'],
      ['检查企业数', '家', 530, 500],
      ['立案数', '宗', 40, 35],
      ['结案数', '宗', 31, 30],
      ['在办案件数', '宗', 8, 5],
      ['宣传场次', '场', 21, 9],
    ]),
    // A wide table of one indicator column: the units are in its first column.
    sheet('街道', [
      ['填报单位：区监察科'],
      ['街道', '检查企业数（家）'],
      ['东城街道', 310],
      ['西城街道', 200],
    ]),
    sheet('调查队', [
      ['指标名称', '单位', '本年数'],
      ['调查样本数', '人', 37],
      ['满意度', '%', '92.0%'],
    ]),
    sheet('投诉台账', [
      ['编号', '状态'],
      ...Array.from({ length: 180 }, (_, i) => [`T${i}`, i < 176 ? '办结' : '在办']),
    ]),
    sheet('rules', [
      ['id', 'description', 'expression', 'severity', 'tolerance'],
      ['R1', '台账办结件数与报表一致', 'COUNTIF(投诉台账!状态, "办结") = [办结投诉件数]', '错误', null],
      ['R2', '宣传场次不少于20场', '[监察科!宣传场次] + [投诉科!宣传场次] >= 20', '错误', null],
    ]),
  );
  const findings = check(workbook);

  it('reports each planted problem with its check at its cell, and nothing else as an error', () => {
    expect(errorsOf(findings)).toEqual(
      [
        'part-of@投诉科!C4', // 185 handled of 180 received
        'ratio@投诉科!C5', // 97.22% for 185/180 (102.78%) — a rate that its formula does not give
        'prev-year@投诉科!D3', // 151 last year, 150 published
        'aggregate@监察科!C3', // 530 against 310 + 200
        'balance@监察科!C4', // 40 cases, 31 + 8 parts
        'cross-source@监察科!C7', // 宣传场次 21 and 12
        'granularity@调查队!C3', // 92.0% of 37 is no whole number (34/37 = 91.9%, 35/37 = 94.6%)
        'ledger@投诉台账!B2:B181', // 176 closed in the ledger, 185 reported
      ].sort(),
    );
  });

  it('does not add a year-on-year warning to a cell that already has an error (one problem, one finding)', () => {
    // 宣传场次 21 against 9 last year is beyond the 50% threshold, but C7 is already the
    // cross-source error (21 against 12): the clerk is sent to that cell once.
    expect(findings.filter((f) => f.check === 'yoy')).toEqual([]);
    expect(findings.filter((f) => f.check === 'cross-source').map((f) => f.refs[0])).toEqual([{ sheet: '监察科', cell: 'C7' }]);
  });
});
