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
