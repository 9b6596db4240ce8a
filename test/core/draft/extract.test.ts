import { extractFigures, parseChineseNumeral } from '../../../src/core';

describe('figures in prose (SPEC §6)', () => {
  it.each([
    ['一百五十', 150],
    ['二十六万三千', 263000],
    ['两千零五', 2005],
    ['十二', 12],
    ['十', 10],
    ['三亿五千万', 350000000],
  ])('reads the Chinese numeral %s as %i', (text, n) => expect(parseChineseNumeral(text)).toBe(n));

  it('reads numbers with their units, 万, 余/约, percentages and fractions, with UTF-16 offsets', () => {
    const text = '排查企业22448家，共培训26.3万人次，为150余家次企业，化解率99.63%，周期缩减约1/3，受理一百五十件。';
    const figures = extractFigures(text);
    expect(figures.map((f) => [f.text, f.value.toFixed(), f.unit, f.approx, f.percent, text.slice(f.offset, f.offset + f.length)])).toEqual([
      ['22448家', '22448', '家', false, false, '22448家'],
      ['26.3万人次', '263000', '人次', false, false, '26.3万人次'],
      ['150余家次', '150', '家次', true, false, '150余家次'],
      ['99.63%', '99.63', null, false, true, '99.63%'],
      ['约1/3', expect.stringMatching(/^0\.333/), null, true, false, '约1/3'],
      ['一百五十件', '150', '件', false, false, '一百五十件'],
    ]);
  });

  it('counts offsets in UTF-16 code units, as JavaScript strings do', () => {
    const text = '𠀀𠀁统计：来信3180宗';
    const [f] = extractFigures(text);
    expect(f.offset).toBe(9);
    expect(text.slice(f.offset, f.offset + f.length)).toBe('3180宗');
  });

  it('leaves years, dates, ordinals and names in quotes alone', () => {
    const text = '2023年12月6日，党的二十大，第1次会议，“三项制度”，《2023 年工作方案》，一个时期，“一企一策”。';
    expect(extractFigures(text).map((f) => f.text)).toEqual([]);
  });
});

describe('measure words, money and approximation marks (issue 12)', () => {
  const read = (text: string, units: string[] = []) => extractFigures(text, { units }).map((f) => [f.text, f.value.toFixed(), f.unit, f.approx]);

  it('takes any measure word after a number, not only a fixed list', () => {
    expect(read('床位12680张，救护车15辆，种植200株，耕地30亩，建成堤防5段，面积1200平方米。')).toEqual([
      ['12680张', '12680', '张', false],
      ['15辆', '15', '辆', false],
      ['200株', '200', '株', false],
      ['30亩', '30', '亩', false],
      ['5段', '5', '段', false],
      ['1200平方米', '1200', '平方米', false],
    ]);
  });

  it('prefers the catalogue’s units, longest first', () => {
    expect(read('服务12床日。', ['床日'])).toEqual([['12床日', '12', '床日', false]]);
    expect(read('服务12床日。')).toEqual([['12床日', '12', '床日', false]]);
    expect(read('完成3标段。', ['标段'])).toEqual([['3标段', '3', '标段', false]]);
  });

  it('applies 万 and 亿 to money: 86.57亿元 is 8657000000 元 stated to 10⁶', () => {
    const [f, g] = extractFigures('卫生总费用86.57亿元，救助资金3.2万元。');
    expect([f.value.toFixed(), f.unit, f.power, f.decimals]).toEqual(['8657000000', '元', 8, -6]);
    expect([g.value.toFixed(), g.unit, g.power, g.decimals]).toEqual(['32000', '元', 4, -3]);
  });

  it('reads 约, 近, 超 as approximation only where they qualify the number', () => {
    expect(read('家庭医生签约61.2万人，约3000人，近500家，超过20场，最近3年，履约120件。')).toEqual([
      ['61.2万人', '612000', '人', false],
      ['约3000人', '3000', '人', true],
      ['近500家', '500', '家', true],
      ['超过20场', '20', '场', true],
      ['3年', '3', '年', false],
      ['120件', '120', '件', false],
    ]);
  });

  it('never carries a line break or a tab into a figure', () => {
    expect(read('全区共3\n张床位，另有5\t台。')).toEqual([
      ['3', '3', null, false],
      ['5', '5', null, false],
    ]);
  });

  it('reads 18,520 as one number only with an ASCII comma', () => {
    expect(read('民诉件18,520宗。')).toEqual([['18,520宗', '18520', '宗', false]]);
    expect(read('共18，520宗。')).toEqual([
      ['18', '18', null, false],
      ['520宗', '520', '宗', false],
    ]);
  });

  it('reads a change after its word as a change, and 新增 as a level', () => {
    const roles = extractFigures('床位12680张，比上年增加670张，同比增长5.6%，签约率下降1.2个百分点，新增床位500张，增长达3.2%，增至13000张。').map((f) => [f.text, f.role]);
    expect(roles).toEqual([
      ['12680张', { kind: 'level' }],
      ['670张', { kind: 'change', sign: 1 }],
      ['5.6%', { kind: 'yoy', sign: 1 }],
      ['1.2个百分点', { kind: 'change', sign: -1 }],
      ['500张', { kind: 'level' }],
      ['3.2%', { kind: 'yoy', sign: 1 }],
      ['13000张', { kind: 'level' }],
    ]);
  });

});
