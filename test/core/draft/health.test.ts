import { messageOf } from '../../helpers/findings';
import { verifyText, type Finding } from '../../../src/core';
import { healthBureau } from './healthBureau';

const book = healthBureau();
const check = (text: string): Finding[] => [...verifyText(text, book).findings];
const errors = (text: string): string[][] => check(text).filter((f) => f.severity !== 'info').map((f) => [f.check, ...f.refs.map((r) => ('offset' in r ? r.text : `${r.sheet}!${r.cell}`))]);
const matched = (text: string): [string, string | null][] => verifyText(text, book).figures.map((f) => [f.figure.text, f.match?.candidate.indicator.name ?? null]);

describe('核稿 of a health bureau’s draft (issue 12)', () => {
  it('reads 张 after a number as beds: a wrong figure is a mismatch, and a count a rate can be checked against', () => {
    expect(errors('全区医疗卫生机构实有床位12860张。')).toEqual([['text-mismatch', '12860张', '卫健局!C7']]);
    expect(errors('家庭病床240张，巡查合格率为96.23%。')).toEqual([['text-granularity', '96.23%', '240张']]);
  });

  it('converts 亿元 and 万元 in prose to the indicator’s unit before comparing', () => {
    expect(errors('卫生总费用86.57亿元，医疗救助资金3.2万元，医疗救助资金32000元。')).toEqual([]);
    const [f] = check('财政卫生支出35.26亿元。');
    expect([f.check, messageOf(f), f.expected?.toFixed(), f.actual?.toFixed()]).toEqual(['text-mismatch', '文稿中“35.26亿元”与报表数据不符：“财政卫生支出”为32.65亿元（326543.0万元）。', '326500', '352600']);
  });

  it('takes 签约61.2万人 as exact, so a different restatement is a repeat', () => {
    expect(errors('家庭医生签约61.2万人。全年家庭医生签约62.1万人。')).toEqual([
      ['text-mismatch', '62.1万人', '卫健局!C13'],
      ['text-repeat', '62.1万人', '61.2万人'],
    ]);
  });

  it('matches only the indicator the words name: 其他医疗卫生机构 is not 医疗卫生机构, the longest name wins', () => {
    expect(matched('全区共有医疗卫生机构1234个，基层医疗卫生机构1100个，其他医疗卫生机构963个，二级以上医院12家，每千人口床位数6.5张，新增床位500张。')).toEqual([
      ['1234个', '医疗卫生机构数'],
      ['1100个', '基层医疗卫生机构数'],
      ['963个', null],
      ['12家', null],
      ['6.5张', null],
      ['500张', null],
    ]);
    const findings = check('其他医疗卫生机构963个。');
    expect(findings.map((f) => [f.check, f.severity])).toEqual([['text-unmatched', 'info']]);
  });

  it('raises no error on figures that only look like an indicator’s', () => {
    const traps = '卫生技术人员中研究生学历2300人，占23.4%。全区卫生技术人员中，医生3620人，家庭医生团队320个。全区有市级示范医院35家，占比18.8%。各级各类医疗卫生机构1234个。';
    expect(errors(traps)).toEqual([]);
    expect(matched(traps).filter(([, name]) => name !== null)).toEqual([['1234个', '医疗卫生机构数']]);
  });

  it('does not take a 其中 part for its total, nor a list of notable parts for a partition', () => {
    expect(errors('全区医疗卫生机构床位12680张，其中医院床位10200张。卫生技术人员9850人，其中执业（助理）医师3620人、注册护士4230人。')).toEqual([]);
    expect(errors('全区共有医疗卫生机构1234个，其中医院56家，基层医疗卫生机构1100个，其他医疗卫生机构78个。')).toEqual([]);
    expect(errors('全区共有医疗卫生机构1234个，其中医院56家，基层医疗卫生机构1100个，其他医疗卫生机构87个。')).toEqual([['text-balance', '1234个', '56家', '1100个', '87个']]);
  });

  it('checks stated changes against last year: 比上年增加, 同比增长, 提高…个百分点', () => {
    expect(errors('床位12680张，比上年增加670张。总诊疗1523.6万人次，同比增长5.1%。签约率45.3%，比上年提高1.5个百分点。')).toEqual([]);
    const [f] = check('总诊疗1523.6万人次，同比增长8.2%。');
    expect([f.check, messageOf(f)]).toEqual(['text-mismatch', '文稿中“8.2%”与报表数据不符：“总诊疗人次”比上年变化+5.1%。']);
    expect(errors('床位12680张，比上年减少670张。').map((e) => e.slice(0, 2))).toEqual([['text-mismatch', '670张']]);
  });

  it('reads a table row by row: the label names the row, the header the column (本年, 上年, 增减率)', () => {
    const table = ['指标\t单位\t2023年\t2022年\t增减率(%)', '床位数\t张\t12680\t12100\t5.6', '家庭医生签约人数\t万人\t61.2\t58.7\t4.3', '卫生总费用\t亿元\t86.57\t80.12\t8.0'].join('\n');
    expect(errors(`表1 主要指标\n${table}\n以上为全区数据。`)).toEqual([['text-mismatch', '12100', '卫健局!D7']]);
    expect(check(table).filter((f) => f.check === 'text-unmatched')).toEqual([]);
  });

  // A held-out-style draft: seven planted inconsistencies among traps that must pass.
  const DRAFT = [
    '2023年全区卫生健康事业发展情况',
    '一、卫生资源',
    '2023年，全区共有医疗卫生机构1234个，其中医院56家，基层医疗卫生机构1100个，其他医疗卫生机构87个。全区医疗卫生机构实有床位12860张，比上年增加670张，每千人口床位数6.5张。家庭病床240张，巡查合格率为96.23%。卫生技术人员9850人，其中执业（助理）医师3620人、注册护士4230人。',
    '二、医疗服务',
    '全年总诊疗1523.6万人次，同比增长8.2%。二级以上医院12家。家庭医生签约61.2万人，签约率45.3%，比上年提高1.5个百分点，重点人群签约38.5万人。',
    '三、卫生经费',
    '卫生总费用86.57亿元，财政卫生支出35.26亿元，医疗救助资金3.2万元。',
    '四、其他',
    '全年家庭医生签约62.1万人。',
    '指标\t单位\t2023年\t2022年\t增减率(%)',
    '床位数\t张\t12680\t12100\t5.6',
    '卫生技术人员数\t人\t9850\t9400\t4.8',
  ].join('\n');

  it('finds every planted inconsistency with its id, and raises no other error', () => {
    const found = check(DRAFT).filter((f) => f.severity !== 'info');
    const at = (f: Finding): string => ('offset' in f.refs[0] ? f.refs[0].text : '');
    expect(found.map((f) => [f.check, at(f)]).sort()).toEqual(
      [
        ['text-balance', '1234个'],
        ['text-mismatch', '12860张'],
        ['text-granularity', '96.23%'],
        ['text-mismatch', '8.2%'],
        ['text-mismatch', '35.26亿元'],
        ['text-mismatch', '62.1万人'],
        ['text-repeat', '62.1万人'],
        ['text-repeat', '12680'],
        ['text-mismatch', '12100'],
      ].sort(),
    );
    // Each finding points at its place in the draft.
    for (const f of found) {
      const ref = f.refs[0] as { offset: number; length: number; text: string };
      expect(DRAFT.slice(ref.offset, ref.offset + ref.length)).toBe(ref.text);
    }
  });
});
