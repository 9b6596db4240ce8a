import { messageOf } from '../../helpers/findings';
import { readFileSync } from 'node:fs';
import { readXlsx } from '../../../src/adapters/xlsx/readXlsx';
import { readCompilation, verifyText, type Compilation, type Finding } from '../../../src/core';
import { SAMPLE_PATH, SEED_REPORT_PATH } from '../../helpers/files';
import { book, catalogSheet, longSheet } from '../../helpers/grid';

const SEED = readFileSync(SEED_REPORT_PATH, 'utf8');
let sample: Compilation;
beforeAll(async () => {
  sample = readCompilation((await readXlsx(new Uint8Array(readFileSync(SAMPLE_PATH)), 'baoan-2023.xlsx')).grid);
});
const check = (text: string): Finding[] => [...verifyText(text, sample).findings];
const only = (findings: Finding[], id: string) => findings.filter((f) => f.check === id);
const spans = (f: Finding) => f.refs.map((r) => ('offset' in r ? r.text : `${r.sheet}!${r.cell}`));

describe('核稿 against the sample workbook', () => {
  it('matches every statistical figure of the 2023 report to its indicator', () => {
    const report = verifyText(SEED, sample);
    const unmatched = report.figures.filter((f) => !f.match).map((f) => f.figure.text);
    expect(unmatched).toEqual(['约1/3']);
    expect(report.figures.find((f) => f.figure.text === '26.3万人次')?.match?.candidate.indicator.name).toBe('线上线下培训人次');
  });

  it('passes the report’s figures, and finds the 96.23% no whole number of 113 gives', () => {
    const findings = check(SEED);
    expect(only(findings, 'text-mismatch')).toEqual([]);
    expect(only(findings, 'text-balance')).toEqual([]);
    expect(only(findings, 'text-repeat')).toEqual([]);
    const [g] = only(findings, 'text-granularity');
    expect(g.severity).toBe('error');
    expect(spans(g)).toEqual(['96.23%', '113宗']);
    const at = g.refs[0] as { offset: number; length: number };
    expect(SEED.slice(at.offset, at.offset + at.length)).toBe('96.23%');
  });

  it('flags a figure that disagrees with the workbook, pointing at the text and the cell', () => {
    const [f] = only(check('组织排查企业22448家,发现劳资隐患4434宗,已化解4418宗,化解率99.36%。'), 'text-mismatch');
    expect(messageOf(f)).toBe('文稿中“99.36%”与报表数据不符：“劳资隐患化解率”为99.63%。');
    expect(spans(f)).toEqual(['99.36%', '劳动监察大队!D12']);
    expect([f.expected?.toFixed(), f.actual?.toFixed()]).toEqual(['99.63', '99.36']);
  });

  it('notes a figure it cannot match (info)', () => {
    expect(only(check('全年共召开会议37次。'), 'text-unmatched').map((f) => [f.severity, spans(f)])).toEqual([['info', ['37次']]]);
  });

  it('flags the same figure stated twice with different values', () => {
    const f = only(check('接收办理各类来信信访件3180宗。全年来信信访件3810宗。'), 'text-repeat');
    expect(f.map(spans)).toEqual([['3810宗', '3180宗']]);
  });

  it('checks a stated total against its 其中 parts: 13 = 5 + 1 + 2 + 5, and not when one changes', () => {
    const good = '发生行政诉讼案件13宗,其中胜诉5宗,败诉1宗,原告撤回诉讼2宗,未出结果5宗。';
    expect(only(check(good), 'text-balance')).toEqual([]);
    const [f] = only(check(good.replace('未出结果5宗', '未出结果4宗')), 'text-balance');
    expect(messageOf(f)).toBe('文稿中合计“13宗”与其中各项（5宗+1宗+2宗+4宗）之和12宗不等。');
    expect(spans(f)).toEqual(['13宗', '5宗', '1宗', '2宗', '4宗']);
  });

  it('does not take a list of notable cases in other units for a partition', () => {
    const text = '开展行政检查4次,抽查企业15家,其中与市场监管局开展跨部门联合检查2次,检查预付式经营企业2家、“黑培训”机构3家。';
    expect(only(check(text), 'text-balance')).toEqual([]);
  });

  it('does not call truncation a granularity failure (99.63% of 4434 is a truncated 4418)', () => {
    expect(only(check('发现劳资隐患4434宗,已化解4418宗,化解率99.63%。'), 'text-granularity')).toEqual([]);
  });
});

describe('the worked example’s two findings, and drafts of any size (issues 11, 12)', () => {
  it('reports the report’s 99.63% as truncated from 4418/4434, and its 96.23% of 113 as impossible', () => {
    const findings = check(SEED).filter((f) => f.severity !== 'info');
    expect(findings.map((f) => [f.check, f.severity, ...spans(f)])).toEqual([
      ['text-granularity', 'error', '96.23%', '113宗'],
      ['ratio-truncated', 'warning', '99.63%', '4418宗', '4434宗'],
    ]);
    expect(messageOf(findings[1])).toBe('文稿中“99.63%”按4418/4434*100四舍五入应为99.64%，文中是截尾所得。');
  });

  it('checks a rate against the draft’s own numerator and denominator, once per problem', () => {
    expect(only(check('发现劳资隐患4434宗,已化解4418宗,化解率99.64%。'), 'ratio-truncated')).toEqual([]);
    // The rate disagrees with the workbook: one mismatch, not also a ratio finding.
    expect(check('发现劳资隐患4434宗,已化解4418宗,化解率99.36%。').map((f) => f.check)).toEqual(['text-mismatch']);
  });

  it('checks a one-line draft of 200,000 figures without overflowing the stack', () => {
    const text = Array.from({ length: 200_000 }, (_, i) => `发现隐患${i % 9973}宗`).join('，');
    const report = verifyText(text, sample);
    expect(report.figures).toHaveLength(200_000);
    expect(only([...report.findings], 'text-repeat').length).toBeGreaterThan(100_000);
  }, 120_000);
});

describe('a rate the draft’s own figures cannot give', () => {
  it('is a ratio error when the workbook’s rate itself disagrees with its components', () => {
    const reporters = '监察大队';
    const book_ = readCompilation(
      book(
        catalogSheet([
          { name: '发现隐患数', unit: '宗', kind: '计数', reporters },
          { name: '化解隐患数', unit: '宗', kind: '计数', reporters },
          { name: '隐患化解率', unit: '%', kind: '比率', decimals: 2, reporters, formula: '[化解隐患数]/[发现隐患数]*100' },
        ]),
        longSheet('监察大队', reporters, [
          ['发现隐患数', '宗', 200, 180],
          ['化解隐患数', '宗', 150, 170],
          ['隐患化解率', '%', 80, 94.44],
        ]),
      ),
    );
    const findings = verifyText('发现隐患200宗，化解隐患150宗，隐患化解率80.00%。', book_).findings;
    expect(findings.map((f) => [f.check, f.severity, messageOf(f)])).toEqual([['ratio', 'error', '文稿中“80.00%”与文中数字不符：按150/200*100计算应为75.00%。']]);
  });
});
