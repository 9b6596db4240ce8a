import { messageOf } from '../../helpers/findings';
import { compileOutputs, documentText, renderFinding, formatChange, formatPoints, formatWan, formatYoy, parseTemplate, readCompilation, toDecimal, type CellValue } from '../../../src/core';
import { book, catalogSheet, longSheet, sheet, type IndicatorRow } from '../../helpers/grid';

const d = (s: string) => toDecimal(s)!;

describe('report Chinese for numbers (GB/T 15835, 统计公报)', () => {
  it('writes 万 with one decimal, rounding half away from zero', () => {
    expect(formatWan(d('263000'))).toBe('26.3');
    expect(formatWan(d('262950'))).toBe('26.3');
    expect(formatWan(d('262949'))).toBe('26.3');
    expect(formatWan(d('12345678'))).toBe('1234.6');
  });
  it('writes a change as 增加 / 减少 / 持平, the rounded change deciding 持平', () => {
    expect(formatChange(d('3180'), d('2987'), 0, '宗')).toBe('增加193宗');
    expect(formatChange(d('5'), d('7'), 0, '宗')).toBe('减少2宗');
    expect(formatChange(d('10.02'), d('10.04'), 1, '万元')).toBe('持平');
  });
  it('writes 同比 with one decimal, 与上年持平 when it rounds to zero, nothing when last year is 0', () => {
    expect(formatYoy(d('18520'), d('12873'))).toBe('同比增长43.9%');
    expect(formatYoy(d('5'), d('7'))).toBe('同比下降28.6%');
    expect(formatYoy(d('10004'), d('10000'))).toBe('与上年持平');
    expect(formatYoy(d('3'), d('0'))).toBeNull();
    expect(formatYoy(d('0'), d('0'))).toBe('与上年持平');
  });
  it('writes a rate’s change in 个百分点 at the rate’s decimals', () => {
    expect(formatPoints(d('99.63'), d('99.11'), 2)).toBe('提高0.52个百分点');
    expect(formatPoints(d('95.5'), d('96.0'), 1)).toBe('下降0.5个百分点');
    expect(formatPoints(d('96.004'), d('96.001'), 2)).toBe('与上年持平');
  });
});

describe('templates (SPEC §5.2)', () => {
  it('parses placeholders, forms and escaped braces', () => {
    const t = parseTemplate('共{来信件数}宗，{来信件数:同比}，{{注}}');
    expect(t.errors).toEqual([]);
    expect(t.parts).toEqual([
      { kind: 'text', text: '共' },
      { kind: 'placeholder', name: '来信件数', form: 'value', start: 1, end: 7 },
      { kind: 'text', text: '宗，' },
      { kind: 'placeholder', name: '来信件数', form: 'yoy', start: 9, end: 18 },
      { kind: 'text', text: '，{注}' },
    ]);
  });
  it.each([
    ['共{来信件数宗', 1, '“{”没有配对的“}”'],
    ['共{来信件数:环比}宗', 7, '不认识的写法“环比”，可用：万、上年、增减、同比、百分点'],
    ['共{}宗', 1, '大括号里缺少指标名称'],
    ['共}宗', 1, '多余的“}”（文字中的大括号请写成“}}”）'],
  ])('reports %j at character %i', (src, position, message) => {
    const errors = parseTemplate(src).errors.map((e) => ({ position: e.position, message: messageOf({ detail: { key: 'narrative.syntax', params: { section: { kind: 'blank' }, order: '', position: 0, problem: e.problem } } }).replace(/^.*有误：/, '').replace(/。$/, '') }));
    expect(errors).toEqual([{ position: position as number, message }]);
  });

  const CAT: IndicatorRow[] = [
    { name: '来信件数', unit: '宗', kind: '计数', reporters: '信访科' },
    { name: '培训人次', unit: '人次', kind: '计数', reporters: '信访科' },
    { name: '满意率', unit: '%', kind: '比率', decimals: 2, reporters: '信访科' },
    { name: '企业家次', unit: '家次', kind: '计数', reporters: '信访科' },
    { name: '经费', unit: '万元', kind: '数值', decimals: 1, reporters: '信访科' },
  ];
  function render(rows: readonly (readonly CellValue[])[], ...templates: string[]) {
    const out = compileOutputs(
      readCompilation(book(catalogSheet(CAT), longSheet('信访科', '信访科', rows), sheet('文字模板', [['章节', '序号', '模板'], ...templates.map((t, i) => ['信访', i + 1, t])]))),
    );
    return { text: documentText(out.narrative), findings: out.findings.filter((f) => f.check === 'narrative'), doc: out.narrative };
  }

  it('renders every form, with a negative change, a zero change and an approximate figure as written', () => {
    const { text, findings } = render(
      [
        ['来信件数', '宗', 3180, 2987],
        ['培训人次', '人次', '26.3万', '23.1万'],
        ['满意率', '%', '96.46%', '96.98%'],
        ['企业家次', '家次', '150余', '120余'],
        ['经费', '万元', 12.5, 12.5],
      ],
      '来信{来信件数}宗，上年{来信件数:上年}宗，{来信件数:增减}，{来信件数:同比}。',
      '培训{培训人次:万}万人次，满意率{满意率}%，比上年{满意率:百分点}。',
      '为{企业家次}家次企业，经费{经费}万元，{经费:同比}，{经费:增减}。',
    );
    expect(text).toBe(
      [
        '来信3180宗，上年2987宗，增加193宗，同比增长6.5%。',
        '培训26.3万人次，满意率96.46%，比上年下降0.52个百分点。',
        '为150余家次企业，经费12.5万元，与上年持平，持平。',
      ].join('\n'),
    );
    expect(findings).toEqual([]);
  });

  it('writes 【缺：指标】 for a figure with no value and lists it as a finding, never undefined or NaN', () => {
    const { text, findings } = render([['来信件数', '宗', null, null], ['满意率', '%', '96%', null]], '来信{来信件数}宗，{满意率:百分点}，{来信件数:同比}。');
    expect(text).toBe('来信【缺：来信件数】宗，【缺：满意率上年数】，【缺：来信件数】。');
    expect(text).not.toMatch(/undefined|NaN/);
    // Once each; a gap whose cause is already an error (来信件数 left blank: missing) is info.
    expect(findings.map((f) => [f.severity, messageOf(f)])).toEqual([
      ['warning', '文字模板（信访第1条）引用的“满意率上年数”没有数值，已写为【缺：满意率上年数】。'],
      ['info', '文字模板（信访第1条）引用的“来信件数”没有数值，已写为【缺：来信件数】。'],
    ]);
  });

  it('says in English which value a placeholder lacks, naming the indicator only as data', () => {
    const { findings } = render([['来信件数', '宗', 5, 0], ['满意率', '%', '96%', null]], '{满意率:百分点}，{来信件数:同比}。');
    expect(findings.map((f) => renderFinding(f, 'en').message)).toEqual([
      'Template 信访 #1 uses last year\'s "满意率", which has no value; a gap marker was written in its place.',
      'Template 信访 #1 uses the growth rate of "来信件数", which cannot be computed: last year\'s value is 0; a gap marker was written in its place.',
    ]);
  });

  it('cannot give a 同比 on a zero previous year, and says so', () => {
    expect(render([['来信件数', '宗', 5, 0]], '{来信件数:同比}').text).toBe('【缺：来信件数上年数为0，无法计算同比】');
  });

  it('names the template row and character of a syntax error, and of an unknown indicator', () => {
    const { findings } = render([['来信件数', '宗', 1]], '共{来信件数宗', '共{信件数}宗');
    expect(findings.map((f) => [f.refs, messageOf(f)])).toEqual([
      [[{ sheet: '文字模板', cell: 'C2' }], '文字模板（信访第1条）第2个字符处有误：“{”没有配对的“}”。'],
      [[{ sheet: '文字模板', cell: 'C3' }], '文字模板（信访第2条）第2个字符处有误：“信件数”不是指标目录中的指标。'],
    ]);
  });

  it('remembers the source cell of every rendered number', () => {
    const { doc } = render([['来信件数', '宗', 3180, 2987]], '来信{来信件数}宗，{来信件数:同比}。');
    const figures = doc.sections[0].paragraphs[0].runs.filter((r) => r.kind === 'figure');
    expect(figures.map((r) => (r.kind === 'figure' ? [r.text, r.refs] : null))).toEqual([
      ['3180', [{ sheet: '信访科', cell: 'C4' }]],
      ['同比增长6.5%', [{ sheet: '信访科', cell: 'C4' }, { sheet: '信访科', cell: 'D4' }]],
    ]);
  });

  it('writes default sentences per 章节 when the workbook has no 文字模板', () => {
    const out = compileOutputs(readCompilation(book(catalogSheet(CAT.map((c) => ({ ...c, section: '信访' }))), longSheet('信访科', '信访科', [['来信件数', '宗', 3180, 2987], ['满意率', '%', '96.46%', '96.98%']]))));
    expect(documentText(out.narrative)).toBe('来信件数3180宗，同比增长6.5%；满意率96.46%，比上年下降0.52个百分点。');
    expect(out.narrative.sections[0].path).toEqual(['信访']);
  });
});
