import type { CellValue, Finding } from '../../../src/core';
import { book, catalogSheet, longSheet, sheet, type IndicatorRow } from '../../helpers/grid';
import { hintOf, messageOf, check, only } from '../../helpers/findings';

type Row = readonly CellValue[];
const view = (f: Finding) => ({
  check: f.check,
  severity: f.severity,
  refs: f.refs.map((r) => ('sheet' in r ? `${r.sheet}!${r.cell}` : '')),
  expected: f.expected?.toFixed(),
  actual: f.actual?.toFixed(),
  difference: f.difference?.toFixed(),
});
const run = (id: string, indicators: readonly IndicatorRow[], ...sheets: ReturnType<typeof sheet>[]) => only(check(book(catalogSheet(indicators), ...sheets)), id);
const dept = (name: string, rows: readonly Row[]) => longSheet(name, name, rows);

describe('balance', () => {
  const LAWSUITS: IndicatorRow[] = [
    { name: '诉讼案件数', unit: '宗', kind: '计数', reporters: '法规科' },
    { name: '胜诉数', unit: '宗', kind: '计数', reporters: '法规科', parent: '诉讼案件数', relation: '分项' },
    { name: '败诉数', unit: '宗', kind: '计数', reporters: '法规科', parent: '诉讼案件数', relation: '分项' },
  ];
  it('passes a total that equals its 分项', () => {
    expect(run('balance', LAWSUITS, dept('法规科', [['诉讼案件数', '宗', 13], ['其中：胜诉数', '宗', 8], ['败诉数', '宗', 5]]))).toEqual([]);
  });
  it('flags a total that differs from its 分项, counts exact, with every cell', () => {
    const [f] = run('balance', LAWSUITS, dept('法规科', [['诉讼案件数', '宗', 13], ['胜诉数', '宗', 8], ['败诉数', '宗', 4]]));
    expect(view(f)).toEqual({ check: 'balance', severity: 'error', refs: ['法规科!C4', '法规科!C5', '法规科!C6'], expected: '12', actual: '13', difference: '1' });
    expect(messageOf(f)).toBe('法规科填报的“诉讼案件数”为13宗，其分项之和为12宗（胜诉数8宗+败诉数4宗），二者不等。');
  });
  it('cannot decide while a part is blank, and leaves that to missing', () => {
    expect(run('balance', LAWSUITS, dept('法规科', [['诉讼案件数', '宗', 13], ['胜诉数', '宗', 8], ['败诉数', '宗', null]]))).toEqual([]);
  });
  it('lets the catalogue’s 分项 override a 其中 label: parts must add up, not merely stay below', () => {
    const findings = check(book(catalogSheet(LAWSUITS), dept('法规科', [['诉讼案件数', '宗', 13], ['其中：胜诉数', '宗', 8], ['败诉数', '宗', 4]])));
    expect(only(findings, 'balance')).toHaveLength(1);
    expect(only(findings, 'part-of')).toEqual([]);
  });
  it('holds amounts to the rounding of their stated decimals (XBRL), counts to the unit', () => {
    const money: IndicatorRow[] = [
      { name: '经费', unit: '万元', kind: '数值' },
      { name: '甲项', unit: '万元', kind: '数值', parent: '经费', relation: '分项' },
      { name: '乙项', unit: '万元', kind: '数值', parent: '经费', relation: '分项' },
    ];
    expect(run('balance', money, sheet('财务', [['指标名称', '本年数'], ['经费', 10.1], ['甲项', 5.04], ['乙项', 5.04]]))).toEqual([]);
    expect(run('balance', money, sheet('财务', [['指标名称', '本年数'], ['经费', 10.2], ['甲项', 5.04], ['乙项', 5.04]])).map(view)).toEqual([
      { check: 'balance', severity: 'error', refs: ['财务!B2', '财务!B3', '财务!B4'], expected: '10.08', actual: '10.2', difference: '0.12' },
    ]);
  });
  it('checks a 合计 row against the rows above it in its block, without a catalogue', () => {
    const rows = (total: number) => [['项目', '数值'], ['甲', 1], ['乙', 2], ['合计', total]] as Row[];
    expect(only(check(book(sheet('表', rows(3)))), 'balance')).toEqual([]);
    expect(only(check(book(sheet('表', rows(4)))), 'balance').map(view)).toEqual([
      { check: 'balance', severity: 'error', refs: ['表!B4', '表!B2', '表!B3'], expected: '3', actual: '4', difference: '1' },
    ]);
    expect(only(check(book(sheet('表', [['项目', '数值'], ['甲', 1], ['乙', '若干'], ['合计', 4]]))), 'balance')).toEqual([]);
  });
  it('checks the 合计 row of a wide table against its unit rows', () => {
    const wide = (total: number) => sheet('街道', [['街道', '来信件数', '办结件数'], ['新安', 5, 4], ['西乡', 7, 6], ['合计', total, 10]]);
    expect(only(check(book(wide(12))), 'balance')).toEqual([]);
    expect(only(check(book(wide(21))), 'balance').map(view)).toEqual([
      { check: 'balance', severity: 'error', refs: ['街道!B4', '街道!B2', '街道!B3'], expected: '12', actual: '21', difference: '9' },
    ]);
    expect(hintOf(only(check(book(wide(21))), 'balance')[0])).toBe('疑似相邻两位数字颠倒，可能应为12。');
  });
});

describe('part-of', () => {
  const CAT: IndicatorRow[] = [
    { name: '来信件数', unit: '宗', kind: '计数', reporters: '信访科' },
    { name: '办结件数', unit: '宗', kind: '计数', reporters: '信访科', parent: '来信件数', relation: '其中' },
  ];
  it('passes a 其中 item no larger than its parent', () => {
    expect(run('part-of', CAT, dept('信访科', [['来信件数', '宗', 10], ['办结件数', '宗', 10]]))).toEqual([]);
  });
  it('flags a 其中 item larger than its parent, by the catalogue or by a 其中： label', () => {
    expect(run('part-of', CAT, dept('信访科', [['来信件数', '宗', 10], ['办结件数', '宗', 11]])).map(view)).toEqual([
      { check: 'part-of', severity: 'error', refs: ['信访科!C5', '信访科!C4'], expected: '10', actual: '11', difference: '1' },
    ]);
    expect(only(check(book(sheet('表', [['指标名称', '本年数'], ['来信件数', 10], ['其中：女性来信', 12]]))), 'part-of').map(view)).toEqual([
      { check: 'part-of', severity: 'error', refs: ['表!B3', '表!B2'], expected: '10', actual: '12', difference: '2' },
    ]);
  });
  it('cannot decide when the parent is blank or approximate', () => {
    expect(run('part-of', CAT, dept('信访科', [['来信件数', '宗', '约10'], ['办结件数', '宗', 11]]))).toEqual([]);
    expect(run('part-of', CAT, dept('信访科', [['来信件数', '宗', null], ['办结件数', '宗', 11]]))).toEqual([]);
  });
});

describe('ratio and ratio-truncated', () => {
  const CAT: IndicatorRow[] = [
    { name: '发现隐患数', unit: '宗', kind: '计数', reporters: '监察大队' },
    { name: '已化解隐患数', unit: '宗', kind: '计数', reporters: '监察大队' },
    { name: '化解率', unit: '%', kind: '比率', decimals: 2, reporters: '监察大队', formula: '[已化解隐患数]/[发现隐患数]*100' },
  ];
  const withRate = (rate: CellValue, found: CellValue = 4434) => dept('监察大队', [['发现隐患数', '宗', found], ['已化解隐患数', '宗', 4418], ['化解率', '%', rate]]);
  it('passes a rate that its formula reproduces at its decimals', () => {
    expect(run('ratio', CAT, withRate('99.64%'))).toEqual([]);
    expect(run('ratio-truncated', CAT, withRate('99.64%'))).toEqual([]);
  });
  it('warns when only truncation reproduces the rate (the worked example’s 99.63)', () => {
    const [f] = run('ratio-truncated', CAT, withRate('99.63%'));
    expect(view(f)).toEqual({ check: 'ratio-truncated', severity: 'warning', refs: ['监察大队!C6', '监察大队!C5', '监察大队!C4'], expected: '99.64', actual: '99.63', difference: '-0.01' });
    expect(hintOf(f)).toBe('疑似截尾而非四舍五入，四舍五入应为99.64%。');
  });
  it('flags a rate the formula does not give, with a transposition hint', () => {
    const [f] = run('ratio', CAT, withRate('99.46%'));
    expect(view(f)).toMatchObject({ check: 'ratio', severity: 'error', expected: '99.64', actual: '99.46' });
    expect(messageOf(f)).toBe('监察大队填报的“化解率”为99.46%，按4418/4434*100计算应为99.64%。');
    expect(hintOf(f)).toBe('疑似相邻两位数字颠倒，可能应为99.64%。');
  });
  it('cannot decide when a component is missing (info)', () => {
    expect(run('ratio', CAT, withRate('99.63%', null)).map((f) => [f.severity, messageOf(f)])).toEqual([['info', '“化解率”无法按计算公式核对：缺少监察大队的“发现隐患数”。']]);
  });
  it('uses the unit’s own components where it reports them', () => {
    const cat: IndicatorRow[] = CAT.map((i) => ({ ...i, reporters: '甲所、乙所' }));
    const findings = run('ratio', cat, dept('甲所', [['发现隐患数', '宗', 10], ['已化解隐患数', '宗', 9], ['化解率', '%', '90%']]), dept('乙所', [['发现隐患数', '宗', 4], ['已化解隐患数', '宗', 1], ['化解率', '%', '25%']]));
    expect(findings).toEqual([]);
  });
  it('follows the catalogue’s 取舍: 截尾 makes truncation right', () => {
    const cat = CAT.map((i) => (i.name === '化解率' ? { ...i, rounding: '截尾' } : i));
    expect(run('ratio-truncated', cat, withRate('99.63%'))).toEqual([]);
    expect(run('ratio', cat, withRate('99.63%'))).toEqual([]);
  });
});

describe('granularity', () => {
  const CAT: IndicatorRow[] = [
    { name: '国满件数', unit: '宗', kind: '计数', reporters: '信访科' },
    { name: '满意件数', unit: '宗', kind: '计数' },
    { name: '满意率', unit: '%', kind: '比率', decimals: 2, reporters: '信访科', formula: '[满意件数]/[国满件数]*100' },
  ];
  const rate = (p: CellValue, n: CellValue = 113) => dept('信访科', [['国满件数', '宗', n], ['满意率', '%', p]]);
  it('passes a rate some whole count gives (109/113 = 96.46%)', () => {
    expect(run('granularity', CAT, rate('96.46%'))).toEqual([]);
  });
  it('flags 96.23% of 113, which no whole number gives (GRIM)', () => {
    const [f] = run('granularity', CAT, rate('96.23%'));
    expect(view(f)).toEqual({ check: 'granularity', severity: 'error', refs: ['信访科!C5', '信访科!C4'], expected: '96.46', actual: '96.23', difference: '-0.23' });
    expect(messageOf(f)).toContain('最接近的是108/113=95.58%和109/113=96.46%');
  });
  it('cannot decide without the denominator', () => {
    expect(run('granularity', CAT, rate('96.23%', null))).toEqual([]);
  });
});

describe('cross-source', () => {
  const CAT: IndicatorRow[] = [{ name: '诉讼案件数', unit: '宗', kind: '计数', reporters: '法规科、办公室' }];
  it('passes units that agree', () => {
    expect(run('cross-source', CAT, dept('法规科', [['诉讼案件数', '宗', 13]]), dept('办公室', [['诉讼案件数', '宗', 13]]))).toEqual([]);
  });
  it('flags units that disagree and uses the first listed unit’s figure', () => {
    const [f] = run('cross-source', CAT, dept('办公室', [['诉讼案件数', '宗', 31]]), dept('法规科', [['诉讼案件数', '宗', 13]]));
    expect(view(f)).toEqual({ check: 'cross-source', severity: 'error', refs: ['办公室!C4', '法规科!C4'], expected: '13', actual: '31', difference: '18' });
    expect(messageOf(f)).toBe('“诉讼案件数”各处填报不一致：法规科 13宗、办公室 31宗。汇总暂用法规科的13宗。');
    expect(hintOf(f)).toBe('疑似相邻两位数字颠倒，可能应为13宗。');
  });
  it('skips an approximate figure', () => {
    expect(run('cross-source', CAT, dept('法规科', [['诉讼案件数', '宗', 13]]), dept('办公室', [['诉讼案件数', '宗', '10余']]))).toEqual([]);
  });
  it('compares the same name across sheets without a catalogue', () => {
    const f = only(check(book(sheet('甲', [['指标名称', '本年数'], ['来信件数', 3]]), sheet('乙', [['指标名称', '本年数'], ['来信件数', 4]]))), 'cross-source');
    expect(f.map(view)).toEqual([{ check: 'cross-source', severity: 'error', refs: ['乙!B2', '甲!B2'], expected: '3', actual: '4', difference: '1' }]);
  });
});

describe('aggregate', () => {
  const CAT: IndicatorRow[] = [{ name: '排查企业数', unit: '家', kind: '计数', reporters: '新安街道、西乡街道', aggregation: '求和', totalReporter: '监察大队' }];
  const streets = (a: CellValue, b: CellValue) => [dept('新安街道', [['排查企业数', '家', a]]), dept('西乡街道', [['排查企业数', '家', b]])];
  it('passes when the units add up to the whole the 合计单位 reports', () => {
    expect(run('aggregate', CAT, ...streets(1862, 3015), dept('监察大队', [['排查企业数', '家', 4877]]))).toEqual([]);
  });
  it('flags a whole that is not the sum over the units', () => {
    const [f] = run('aggregate', CAT, ...streets(1862, 3015), dept('监察大队', [['排查企业数', '家', 48770]]));
    expect(view(f)).toEqual({ check: 'aggregate', severity: 'error', refs: ['监察大队!C4', '新安街道!C4', '西乡街道!C4'], expected: '4877', actual: '48770', difference: '43893' });
  });
  it('cannot decide while a unit has not reported (missing says so)', () => {
    expect(run('aggregate', CAT, ...streets(1862, null), dept('监察大队', [['排查企业数', '家', 4877]]))).toEqual([]);
  });
  it('calls a wrong 合计 row of a wide table balance, not aggregate, even when the catalogue sums the indicator (SPEC §4)', () => {
    const wide = sheet('街道表', [['填报单位：监察大队'], ['街道', '排查企业数', '其他'], ['新安街道', 1862, 1], ['西乡街道', 3015, 1], ['合计', 4878, 2]]);
    expect(run('aggregate', CAT, wide)).toEqual([]);
    expect(run('balance', CAT, wide).map(view)).toEqual([
      { check: 'balance', severity: 'error', refs: ['街道表!B5', '街道表!B3', '街道表!B4'], expected: '4877', actual: '4878', difference: '1' },
    ]);
  });
});

describe('yoy', () => {
  const CAT: IndicatorRow[] = [{ name: '民诉件数', unit: '宗', kind: '计数', reporters: '信访科', yoy: 30 }];
  it('passes a change within the threshold', () => {
    expect(run('yoy', CAT, dept('信访科', [['民诉件数', '宗', 16000, 12873]]))).toEqual([]);
  });
  it('warns about a change beyond the 同比阈值', () => {
    const [f] = run('yoy', CAT, dept('信访科', [['民诉件数', '宗', 18520, 12873]]));
    expect(view(f)).toEqual({ check: 'yoy', severity: 'warning', refs: ['信访科!C4', '信访科!D4'], expected: '12873', actual: '18520', difference: '5647' });
    expect(messageOf(f)).toContain('同比增长43.9%，超过同比阈值30%');
  });
  it('cannot compare with a previous year that is missing or zero', () => {
    expect(run('yoy', CAT, dept('信访科', [['民诉件数', '宗', 18520, null]]))).toEqual([]);
    expect(run('yoy', CAT, dept('信访科', [['民诉件数', '宗', 18520, 0]]))).toEqual([]);
  });
});

describe('prev-year', () => {
  const CAT: IndicatorRow[] = [{ name: '诉讼案件数', unit: '宗', kind: '计数', reporters: '法规科', published: 11 }];
  it('passes a previous-year figure equal to the published one', () => {
    expect(run('prev-year', CAT, dept('法规科', [['诉讼案件数', '宗', 13, 11]]))).toEqual([]);
  });
  it('flags a previous-year figure that differs from 上年公布数', () => {
    const [f] = run('prev-year', CAT, dept('法规科', [['诉讼案件数', '宗', 13, 12]]));
    expect(view(f)).toEqual({ check: 'prev-year', severity: 'error', refs: ['法规科!D4', '指标目录!N2'], expected: '11', actual: '12', difference: '1' });
  });
  it('cannot compare when the submission gives no previous year', () => {
    expect(run('prev-year', CAT, dept('法规科', [['诉讼案件数', '宗', 13]]))).toEqual([]);
  });
});

describe('ledger', () => {
  const CAT: IndicatorRow[] = [{ name: '办结件数', unit: '宗', kind: '计数', reporters: '信访科' }, { name: '满意件数', unit: '宗', kind: '计数' }];
  const ledger = sheet('台账', [['编号', '状态'], ['1', '办结'], ['2', '办结'], ['3', '在办']]);
  const rules = (expr: string) => sheet('校验规则', [['编号', '规则说明', '表达式'], ['L1', '台账核对', expr]]);
  it('passes when the ledger agrees', () => {
    expect(run('ledger', CAT, dept('信访科', [['办结件数', '宗', 2]]), ledger, rules('COUNTIF(台账!状态, "办结") = [办结件数]'))).toEqual([]);
  });
  it('flags a ledger that disagrees, with the column among the refs', () => {
    expect(run('ledger', CAT, dept('信访科', [['办结件数', '宗', 3]]), ledger, rules('COUNTIF(台账!状态, "办结") = [办结件数]')).map(view)).toEqual([
      { check: 'ledger', severity: 'error', refs: ['台账!B2:B4', '信访科!C4', '校验规则!C2'], expected: '3', actual: '2', difference: '-1' },
    ]);
  });
  it('cannot decide when the figure it is compared with is missing', () => {
    expect(run('ledger', CAT, dept('信访科', [['办结件数', '宗', 3]]), ledger, rules('COUNTIF(台账!状态, "办结") = [满意件数]')).map((f) => f.severity)).toEqual(['info']);
  });
});

describe('cross-source with a majority', () => {
  it('points at the unit that disagrees with the others, even when it is listed first', () => {
    const CAT: IndicatorRow[] = [{ name: '诉讼案件数', unit: '宗', kind: '计数', reporters: '法规科、办公室、监察大队' }];
    const [f] = run('cross-source', CAT, dept('法规科', [['诉讼案件数', '宗', 31]]), dept('办公室', [['诉讼案件数', '宗', 13]]), dept('监察大队', [['诉讼案件数', '宗', 13]]));
    expect(view(f)).toMatchObject({ refs: ['法规科!C4', '办公室!C4', '监察大队!C4'], expected: '13', actual: '31' });
    expect(f.reporter).toBe('法规科');
  });
});
