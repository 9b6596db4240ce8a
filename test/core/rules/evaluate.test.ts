import { book, catalogSheet, longSheet, sheet } from '../../helpers/grid';
import { messageOf, brief, check } from '../../helpers/findings';
import { renderFinding, type CellValue } from '../../../src/core';

const CATALOG = catalogSheet([
  { name: '来信件数', unit: '宗', kind: '计数', reporters: '信访科' },
  { name: '办结件数', unit: '宗', kind: '计数', reporters: '信访科', code: 'XF02' },
  { name: '金额', unit: '万元', kind: '数值' },
  { name: '满意件数', unit: '宗', kind: '计数' },
]);
const DEPT = longSheet('信访科', '信访科', [
  ['来信件数', '宗', 10, 8],
  ['办结件数', '宗', 7, 8],
]);
const LEDGER = sheet('信访台账', [
  ['编号', '状态', '金额', '街道'],
  ['X1', '办结', 1.5, '新安'],
  ['X2', ' 办结 ', '2', '西乡'],
  ['X3', '在办', null, '新安'],
  ['X4', '办结', 3, '新安'],
  ['X5', '办结', 0.5, '航城'],
  ['X6', '办结', 1, '新安'],
  ['X7', '办结', '—', '西乡'],
  ['X8', '办结', 4, '新安'],
]);

function rulesSheet(...rows: (readonly CellValue[])[]) {
  return sheet('校验规则', [['编号', '规则说明', '表达式', '级别', '容差'], ...rows]);
}
function run(...rows: (readonly CellValue[])[]) {
  return check(book(CATALOG, DEPT, LEDGER, rulesSheet(...rows))).filter((f) => f.check === 'rule' || f.check === 'ledger');
}
/** The rule holds: no rule finding at all. */
const holds = (expression: string) => expect(run(['R', 'r', expression])).toEqual([]);
/** The rule fails: one finding of its severity. */
const fails = (expression: string) => expect(run(['R', 'r', expression]).map((f) => f.severity)).toEqual(['error']);

describe('evaluating rules (SPEC §3)', () => {
  it('compares decimal-exactly: 0.1 + 0.2 = 0.3', () => holds('0.1 + 0.2 = 0.3'));
  it('reads unqualified, unit-qualified and coded references', () => holds('[来信件数] = 10 AND [信访科!办结件数] = 7 AND XF02 = 7 AND 信访科!来信件数 = 10'));
  it('reads last year through PREV', () => holds('PREV([来信件数]) = 8 AND PREV([信访科!办结件数]) = 8'));
  it('does arithmetic with precedence', () => holds('[来信件数] - [办结件数] * 2 = -4 AND ([来信件数] - [办结件数]) * 2 = 6 AND 7 / 2 = 3.5'));
  it.each([
    ['SUM([来信件数], [办结件数], 3) = 20'],
    ['ABS(-2.5) = 2.5'],
    ['ROUND(2.345, 2) = 2.35 AND ROUND(-2.5, 0) = -3'],
    ['ROUNDDOWN(99.639, 2) = 99.63'],
    ['MIN(3, [办结件数], 9) = 3 AND MAX(3, [办结件数], 9) = 9'],
    ['COUNT(信访台账!金额) = 6 AND COUNTA(信访台账!金额) = 7'],
    ['COUNTIF(信访台账!状态, "办结") = 7 AND COUNTIF(信访台账!状态, "<>办结") = 1 AND COUNTIF(信访台账!状态, "办*") = 7'],
    ['COUNTIF(信访台账!金额, ">1") = 4 AND COUNTIF(信访台账!金额, "") = 1'],
    ['COUNTIFS(信访台账!状态, "办结", 信访台账!街道, "新安") = 4'],
    ['SUMIF(信访台账!街道, "新安", 信访台账!金额) = 9.5 AND SUMIF(信访台账!金额, ">=2") = 9'],
    ['SUMIFS(信访台账!金额, 信访台账!状态, "办结", 信访台账!街道, "西乡") = 2'],
    ['IF([来信件数] > 5, 1, 1 / 0) = 1'],
    ['NOT([来信件数] < 5) AND OR([来信件数] = 1, TRUE)'],
    ['"办结" = " 办结"'],
  ])('computes %s', (expression) => holds(expression));

  it('reports a failed comparison with both sides and the cells involved', () => {
    const [f] = run(['R1', '办结件数等于来信件数', '[办结件数] = [来信件数]', '错误']);
    expect(f).toMatchObject({ check: 'rule', severity: 'error' });
    expect(messageOf(f)).toBe('办结件数等于来信件数：左边为7，右边为10，不满足“=”。');
    expect(brief(f).refs).toEqual(['信访科!C5', '信访科!C4', '校验规则!C2']);
    expect([f.actual?.toFixed(), f.expected?.toFixed(), f.difference?.toFixed()]).toEqual(['7', '10', '-3']);
  });

  it('uses the severity of 级别 and the tolerance of 容差', () => {
    expect(run(['R1', '差不多', '[办结件数] = 7.4', '警告', 0.5])).toEqual([]);
    expect(run(['R1', '差不多', '[办结件数] = 7.6', '提示', 0.5]).map((f) => f.severity)).toEqual(['info']);
  });

  it('calls a rule over a ledger column a ledger finding, with the column among its refs', () => {
    const [f] = run(['L1', '台账办结数与来信件数一致', 'COUNTIF(信访台账!状态, "办结") = [来信件数]']);
    expect(f.check).toBe('ledger');
    expect(brief(f).refs).toEqual(['信访台账!B2:B9', '信访科!C4', '校验规则!C2']);
    expect(messageOf(f)).toBe('台账办结数与来信件数一致：左边为7，右边为10，不满足“=”。');
  });

  it('cannot decide when a figure is missing, and says which (info, not a failure)', () => {
    const [f] = run(['R1', '满意件数不超过办结件数', '[满意件数] <= [办结件数]']);
    expect(f).toMatchObject({ check: 'rule', severity: 'info' });
    expect(messageOf(f)).toBe('满意件数不超过办结件数：缺少“满意件数”，无法判断。');
  });

  it('names a rule without 编号 by its row, in each language', () => {
    const [f] = run([null, '无编号', '[来信件数] >']);
    expect(messageOf(f)).toBe('校验规则第2行（第2行）表达式第9个字符处有误：表达式不完整。');
    expect(renderFinding(f, 'en').message).toBe('The rule in row 2, character 9: the expression is incomplete.');
  });

  it('turns a syntax error into a finding at its row and character; the other rules still run', () => {
    const f = run(['R1', '坏规则', '[来信件数] >'], ['R2', '未知名称', '[来件数] > 1 AND 信访台账!结果 = 1'], ['R3', '成立', '[来信件数] = 10'], ['R4', '不成立', '[来信件数] = 11']);
    // Sorted by severity, then by the sheet and cell of the first ref: the failed rule points at 信访科 first.
    expect(f.map((x) => [x.refs[x.refs.length - 1], messageOf(x)])).toEqual([
      [{ sheet: '校验规则', cell: 'C5' }, '不成立：左边为10，右边为11，不满足“=”。'],
      [{ sheet: '校验规则', cell: 'C2' }, '校验规则R1（第2行）表达式第9个字符处有误：表达式不完整。'],
      [{ sheet: '校验规则', cell: 'C3' }, '校验规则R2（第3行）表达式第1个字符处的“来件数”不是已知的指标、单位或台账列。'],
      [{ sheet: '校验规则', cell: 'C3' }, '校验规则R2（第3行）表达式第15个字符处的“信访台账!结果”不是已知的指标、单位或台账列。'],
    ]);
  });

  it('reports a rule that cannot be computed as written (wrong types, wrong arity)', () => {
    const f = run(['R1', 'a', '[来信件数] + "x" > 1'], ['R2', 'b', 'ROUND([来信件数]) = 1'], ['R3', 'c', 'COUNTIF([来信件数], 1) = 1'], ['R4', 'd', '[来信件数] + 1']);
    expect(f.map((x) => messageOf(x))).toEqual([
      '校验规则R1（第2行）无法计算：“+”需要数值，得到的是“x”。',
      '校验规则R2（第3行）表达式第1个字符处有误：函数ROUND需要2个参数，写了1个。',
      '校验规则R3（第4行）无法计算：COUNTIF的区域参数应是台账的列，如 信访台账!状态。',
      '校验规则R4（第5行）无法计算：规则的结果应是“成立/不成立”，得到的是11。',
    ]);
  });

  it('treats division by zero in data as undecided, not as a crash', () => {
    expect(run(['R1', '除零', '[来信件数] / ([来信件数] - 10) > 1']).map((f) => [f.severity, messageOf(f)])).toEqual([['info', '除零：除数为0，无法判断。']]);
  });

  it.each(['[来信件数] = 11', 'COUNTIF(信访台账!状态, "在办") = 2', 'NOT(TRUE)'])('fails %s', (expression) => fails(expression));
});
