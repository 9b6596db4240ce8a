import { messageOf } from '../../helpers/findings';
import { readFileSync } from 'node:fs';
import { readXlsx } from '../../../src/adapters/xlsx/readXlsx';
import { compileOutputs, documentText, learnFromText, readCompilation, type Compilation } from '../../../src/core';
import { SAMPLE_PATH, SEED_REPORT_PATH } from '../../helpers/files';

const SEED = readFileSync(SEED_REPORT_PATH, 'utf8');
let sample: Compilation;
beforeAll(async () => {
  sample = readCompilation((await readXlsx(new Uint8Array(readFileSync(SAMPLE_PATH)), 'baoan-2023.xlsx')).grid);
});

describe('learning this year’s templates from last year’s report (SPEC §6.1)', () => {
  it('turns each statistical sentence into a template with placeholders', () => {
    const { templates } = learnFromText(SEED, sample);
    const texts = templates.map((t) => t.template);
    expect(texts).toContain('推行“安格+劳资防范预警”联动机制,组织排查企业{排查企业数}家,发现劳资隐患{发现劳资隐患数}宗,已化解{已化解劳资隐患数}宗,化解率{劳资隐患化解率}%。');
    expect(texts.find((t) => t.includes('线上线下共培训'))).toContain('线上线下共培训{线上线下培训人次:万}万人次。');
    expect(texts.find((t) => t.includes('合规讲座'))).toBe('举办劳动用工合规讲座{劳动用工合规讲座场次}场,为{参加合规讲座企业家次}家次企业普及劳动用工合规相关法律法规和流程指引。');
    expect(templates.find((t) => t.template.includes('排查企业'))?.section).toBe('健全行政预防调处化解体系');
  });

  it('replaces stated changes with {指标:同比}, {指标:增减} and {指标:百分点}', () => {
    const text = '五、信访\n接收来信信访件3180宗，同比增长6.5%，办结3049宗，比上年增加209宗，化解率比上年提高0.19个百分点。';
    const [t] = learnFromText(text, sample).templates;
    expect(t).toEqual({
      section: '信访',
      order: 1,
      template: '接收来信信访件{来信信访件数}宗，{来信信访件数:同比}，办结{来信信访办结件数}宗，比上年{来信信访办结件数:增减}，化解率比上年{劳资隐患化解率:百分点}。',
    });
  });

  it('keeps what it cannot bind as text and lists it', () => {
    const { templates, findings } = learnFromText('一、其他\n召开会议37次，办结3049宗。', sample);
    expect(templates[0].template).toBe('召开会议37次，办结{来信信访办结件数}宗。');
    expect(findings.map((f) => messageOf(f))).toEqual(['文稿中的“37次”未能对应到任何指标。']);
  });

  it('renders back to last year’s sentences with last year’s workbook', () => {
    const { templates } = learnFromText(SEED, sample);
    const sheet = { name: '文字模板', values: [['章节', '序号', '模板'], ...templates.map((t) => [t.section, t.order, t.template])] };
    const out = compileOutputs({ ...sample, templatesSheet: sheet });
    const lines = documentText(out.narrative).split('\n');
    expect(lines).toHaveLength(templates.length);
    for (const line of lines) expect(SEED).toContain(line);
  });
});

describe('learned templates carry over to next year (issue 12)', () => {
  const yearLike = /(19|20)\d{2}/;

  it('turns the workbook’s year into {年度} and the year before into {上年度}, in templates and headings', () => {
    const { templates } = learnFromText('一、2022年以来的改进\n2023年受理劳动人事争议案件15710件，比2022年增加1472件。', sample);
    expect(templates).toEqual([{ section: '{上年度}年以来的改进', order: 1, template: '{年度}年受理劳动人事争议案件{受理劳动人事争议案件数}件，比{上年度}年{受理劳动人事争议案件数:增减}。' }]);
  });

  it('leaves no literal year in any template learned from the 2023 report', () => {
    const { templates } = learnFromText(SEED, sample);
    expect(templates.filter((t) => yearLike.test(t.template) || yearLike.test(t.section))).toEqual([]);
    expect(templates.map((t) => t.template)).toContain('{年度}年举办{民法典专题培训班期数}期《中华人民共和国民法典》专题培训班,{宪法法制专题讲座期数}期领导班子宪法法制专题讲座。');
  });

  it('keeps each sentence once, under the heading it first stands under', () => {
    const { templates } = learnFromText(SEED, sample);
    const lectures = templates.filter((t) => t.template.includes('合规讲座'));
    expect(lectures.map((t) => t.section)).toEqual(['深入学习贯彻党的二十大精神和习近平法治思想']);
    expect(new Set(templates.map((t) => t.template)).size).toBe(templates.length);
  });

  it('renders {年度} and {上年度} from the workbook’s year, and 【缺：年度】 with a finding when it states none', () => {
    const sheet = { name: '文字模板', values: [['章节', '序号', '模板'], ['{上年度}年回顾', 1, '{年度}年受理劳动人事争议案件{受理劳动人事争议案件数}件。']] };
    const out = compileOutputs({ ...sample, templatesSheet: sheet });
    expect(out.narrative.sections.map((s) => [s.path, documentText({ title: '', sections: [s] })])).toEqual([[['2022年回顾'], '2023年受理劳动人事争议案件15710件。']]);
    const none = compileOutputs({ ...sample, year: null, templatesSheet: sheet });
    expect(documentText(none.narrative)).toBe('【缺：年度】年受理劳动人事争议案件15710件。');
    expect(none.findings.filter((f) => f.check === 'narrative').map((f) => messageOf(f))).toEqual(['文字模板用了{年度}，但报表没有报告期年份，已写为【缺：年度】。']);
  });
});

describe('learning from a file saved on Windows', () => {
  it('reads headings and sentences of CRLF lines as of LF lines', () => {
    const text = '五、信访\n接收来信信访件3180宗，办结3049宗。\n';
    expect(learnFromText(text.replace(/\n/g, '\r\n'), sample).templates).toEqual(learnFromText(text, sample).templates);
  });
});
