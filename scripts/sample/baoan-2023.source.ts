/**
 * The bundled sample: the compilation workbook behind the 2023 rule-of-law report of the
 * Bao'an district human-resources bureau (assets/samples/2023-baoan-hr-rule-of-law-report.txt,
 * a copy of the team's seed). Every statistical figure of the
 * report is here, in the sheet of the department that would report it, written the way that
 * department would write it (150余, 26.3万, a percent-formatted 0.9963).
 *
 * Illustrative, not from the report: the previous-year (上年) figures, the street breakdown of
 * the hazard screening (it sums to the report's totals), and the rows of the petition ledger
 * (3180 letters, 3049 closed, as the report says). Run `npm run sample` to rebuild the .xlsx.
 */
import type { CatalogRow, LedgerSheet, RuleRow, SampleSource, TemplateRow } from './types';

const STREETS = ['新安街道', '西乡街道', '航城街道', '福永街道', '福海街道', '沙井街道', '新桥街道', '松岗街道', '燕罗街道', '石岩街道'];

/** Street breakdown of the hazard screening: sums 22448, 4434 and 4418 as in the report. */
const STREET_FIGURES: readonly (readonly [number, number, number])[] = [
  [1862, 352, 350],
  [3015, 611, 608],
  [2204, 455, 453],
  [2356, 478, 476],
  [1987, 389, 388],
  [3120, 642, 639],
  [2051, 410, 409],
  [2438, 497, 495],
  [1396, 266, 266],
  [2019, 334, 334],
];

const S_PUFA = '普法宣传';
const S_SHENHE = '法制审核';
const S_ZHIFA = '行政执法';
const S_JIANDU = '接受监督';
const S_HUAJIE = '矛盾化解';

const catalog: CatalogRow[] = [
  { code: 'PF01', name: '劳动用工合规讲座场次', unit: '场', kind: '计数', reporters: '劳动监察大队', publishedPrevious: 3, section: S_PUFA },
  { code: 'PF02', name: '参加合规讲座企业家次', unit: '家次', kind: '计数', reporters: '劳动监察大队', section: S_PUFA, definition: '各场讲座参加企业数之和，可报约数' },
  { code: 'PF03', name: '新增线上主题数', unit: '个', kind: '计数', reporters: '职业能力建设科', section: S_PUFA },
  { code: 'PF04', name: '新增线上微课程数', unit: '个', kind: '计数', reporters: '职业能力建设科', section: S_PUFA },
  { code: 'PF05', name: '线下培训场次', unit: '场次', kind: '计数', reporters: '职业能力建设科', yoyThreshold: 50, section: S_PUFA },
  { code: 'PF06', name: '线上线下培训人次', unit: '人次', kind: '计数', reporters: '职业能力建设科', yoyThreshold: 50, section: S_PUFA },
  { code: 'SH01', name: '法律审查意见书份数', unit: '份', kind: '计数', reporters: '法规科', section: S_SHENHE, definition: '审核部门合同、重要文件出具的法律审查意见书' },
  { code: 'SH02', name: '法律意见书份数', unit: '份', kind: '计数', reporters: '法规科', section: S_SHENHE, definition: '针对疑难问题出具' },
  { code: 'ZF01', name: '行政检查次数', unit: '次', kind: '计数', reporters: '劳动监察大队', section: S_ZHIFA, definition: '“双随机、一公开”行政检查' },
  { code: 'ZF02', name: '跨部门联合检查次数', unit: '次', kind: '计数', reporters: '劳动监察大队', parent: '行政检查次数', relation: '其中', section: S_ZHIFA },
  { code: 'ZF03', name: '抽查企业数', unit: '家', kind: '计数', reporters: '劳动监察大队', section: S_ZHIFA },
  { code: 'ZF04', name: '检查预付式经营企业数', unit: '家', kind: '计数', reporters: '劳动监察大队', parent: '抽查企业数', relation: '其中', section: S_ZHIFA },
  { code: 'ZF05', name: '检查黑培训机构数', unit: '家', kind: '计数', reporters: '劳动监察大队', parent: '抽查企业数', relation: '其中', section: S_ZHIFA },
  { code: 'ZF06', name: '民法典专题培训班期数', unit: '期', kind: '计数', reporters: '法规科', section: S_ZHIFA },
  { code: 'ZF07', name: '宪法法制专题讲座期数', unit: '期', kind: '计数', reporters: '法规科', section: S_ZHIFA },
  { code: 'JD01', name: '办理人大代表建议件数', unit: '件', kind: '计数', reporters: '办公室', section: S_JIANDU },
  { code: 'JD02', name: '办理政协委员提案件数', unit: '件', kind: '计数', reporters: '办公室', section: S_JIANDU },
  { code: 'JD03', name: '建议提案满意率', unit: '%', kind: '比率', decimals: 0, reporters: '办公室', formula: '[建议提案满意件数]/([办理人大代表建议件数]+[办理政协委员提案件数])*100', section: S_JIANDU },
  { code: 'JD04', name: '建议提案满意件数', unit: '件', kind: '计数', section: S_JIANDU, definition: '满意率的分子，各单位不单独报送' },
  { code: 'JD05', name: '行政诉讼案件数', unit: '宗', kind: '计数', reporters: '法规科', publishedPrevious: 11, section: S_JIANDU },
  { code: 'JD06', name: '行政诉讼胜诉数', unit: '宗', kind: '计数', reporters: '法规科', parent: '行政诉讼案件数', relation: '分项', section: S_JIANDU },
  { code: 'JD07', name: '行政诉讼败诉数', unit: '宗', kind: '计数', reporters: '法规科', parent: '行政诉讼案件数', relation: '分项', section: S_JIANDU },
  { code: 'JD08', name: '原告撤回诉讼数', unit: '宗', kind: '计数', reporters: '法规科', parent: '行政诉讼案件数', relation: '分项', section: S_JIANDU },
  { code: 'JD09', name: '未出结果诉讼数', unit: '宗', kind: '计数', reporters: '法规科', parent: '行政诉讼案件数', relation: '分项', section: S_JIANDU },
  { code: 'HJ01', name: '排查企业数', unit: '家', kind: '计数', reporters: STREETS.join('、'), aggregation: '求和', totalReporter: '劳动监察大队', yoyThreshold: 30, publishedPrevious: 21035, section: S_HUAJIE, definition: '“安格+劳资防范预警”联动机制排查' },
  { code: 'HJ02', name: '发现劳资隐患数', unit: '宗', kind: '计数', reporters: STREETS.join('、'), aggregation: '求和', totalReporter: '劳动监察大队', yoyThreshold: 30, section: S_HUAJIE },
  { code: 'HJ03', name: '已化解劳资隐患数', unit: '宗', kind: '计数', reporters: STREETS.join('、'), aggregation: '求和', totalReporter: '劳动监察大队', parent: '发现劳资隐患数', relation: '其中', section: S_HUAJIE },
  { code: 'HJ04', name: '劳资隐患化解率', unit: '%', kind: '比率', decimals: 2, reporters: '劳动监察大队', formula: '[已化解劳资隐患数]/[发现劳资隐患数]*100', section: S_HUAJIE },
  { code: 'HJ05', name: '化解重点隐患数', unit: '宗', kind: '计数', reporters: '劳动监察大队', section: S_HUAJIE },
  { code: 'HJ06', name: '化解重大劳资纠纷数', unit: '宗', kind: '计数', reporters: '劳动监察大队', section: S_HUAJIE },
  { code: 'XF01', name: '来信信访件数', unit: '宗', kind: '计数', reporters: '信访科', yoyThreshold: 30, section: S_HUAJIE },
  { code: 'XF02', name: '来信信访办结件数', unit: '宗', kind: '计数', reporters: '信访科', parent: '来信信访件数', relation: '其中', section: S_HUAJIE },
  { code: 'XF03', name: '国家满意度调查信访件数', unit: '宗', kind: '计数', reporters: '信访科', section: S_HUAJIE, definition: '国家信访局流转的“国家满意度调查”信访件' },
  { code: 'XF04', name: '国满件满意率', unit: '%', kind: '比率', decimals: 2, reporters: '信访科', formula: '[国满件满意件数]/[国家满意度调查信访件数]*100', section: S_HUAJIE },
  { code: 'XF05', name: '国满件满意件数', unit: '宗', kind: '计数', section: S_HUAJIE, definition: '满意率的分子，国家信访局不反馈件数' },
  { code: 'XF06', name: '民诉件数', unit: '宗', kind: '计数', reporters: '信访科', yoyThreshold: 30, section: S_HUAJIE, definition: '“民意速办平台”民诉件' },
  { code: 'ZC01', name: '受理劳动人事争议案件数', unit: '件', kind: '计数', reporters: '仲裁院', yoyThreshold: 30, section: S_HUAJIE },
];

/** 3180 letters, 3049 closed: deterministic rows (a fixed linear congruential sequence). */
function petitionLedger(): LedgerSheet {
  const categories = ['拖欠工资', '劳动合同', '社会保险', '工伤待遇', '经济补偿', '其他'];
  let seed = 20231206;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const open = new Set<number>();
  while (open.size < 3180 - 3049) open.add(next(3180));
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 3180; i++) {
    const day = Math.floor((i * 365) / 3180);
    const date = new Date(Date.UTC(2023, 0, 1 + day));
    const iso = date.toISOString().slice(0, 10);
    rows.push([`XF2023-${String(i + 1).padStart(4, '0')}`, iso, categories[next(categories.length)], STREETS[next(STREETS.length)], open.has(i) ? '在办' : '办结']);
  }
  return { layout: 'ledger', name: '信访台账', title: '2023年来信信访台账', columns: ['编号', '来信日期', '事项类别', '承办街道', '状态'], rows };
}

const rules: RuleRow[] = [
  { id: 'R01', description: '来信办结件数不超过来信件数', expression: '[来信信访办结件数] <= [来信信访件数]', severity: '错误' },
  { id: 'R02', description: '信访台账中办结件数与报表一致', expression: 'COUNTIF(信访台账!状态, "办结") = [来信信访办结件数]', severity: '错误' },
  { id: 'R03', description: '信访台账件数与报表来信件数一致', expression: 'COUNTA(信访台账!编号) = [来信信访件数]', severity: '错误' },
  { id: 'R04', description: '行政诉讼已结案件不超过案件总数', expression: '[行政诉讼胜诉数] + [行政诉讼败诉数] + [原告撤回诉讼数] <= [行政诉讼案件数]', severity: '错误' },
  { id: 'R05', description: '民诉件增幅不超过上年的50%', expression: '[民诉件数] <= PREV([民诉件数]) * 1.5', severity: '警告' },
  { id: 'R06', description: '劳动监察大队上报的排查企业数与街道合计一致', expression: '[劳动监察大队!排查企业数] = SUM([新安街道!排查企业数], [西乡街道!排查企业数], [航城街道!排查企业数], [福永街道!排查企业数], [福海街道!排查企业数], [沙井街道!排查企业数], [新桥街道!排查企业数], [松岗街道!排查企业数], [燕罗街道!排查企业数], [石岩街道!排查企业数])', severity: '错误' },
  { id: 'R07', description: '台账中仍在办理的拖欠工资件不超过未办结件数', expression: 'COUNTIFS(信访台账!状态, "在办", 信访台账!事项类别, "拖欠工资") <= [来信信访件数] - [来信信访办结件数]', severity: '警告' },
];

/** The statistical sentences of the report, word for word, with the figures as placeholders. */
const templates: TemplateRow[] = [
  { section: S_PUFA, order: 1, template: '举办劳动用工合规讲座{劳动用工合规讲座场次}场,为{参加合规讲座企业家次}家次企业普及劳动用工合规相关法律法规和流程指引。' },
  { section: S_PUFA, order: 2, template: '充分发挥“宝安第一课”学习平台优势,在原“法治第一课”模块基础上,新增“民法典”等{新增线上主题数}个主题{新增线上微课程数}个线上微课程,共开展线下培训{线下培训场次}场次,线上线下共培训{线上线下培训人次:万}万人次。' },
  { section: S_SHENHE, order: 1, template: '充分发挥政府法律顾问单位和公职律师作用,为全局重大决策、重要事项、重点案件提供法制审核和法律意见,共审核部门合同、重要文件并提供法律审查意见书{法律审查意见书份数}份,针对疑难问题出具法律意见书{法律意见书份数}份,确保重大行政决定合法合规、公平公正。' },
  { section: S_ZHIFA, order: 1, template: '制定本部门抽查工作计划和跨部门联合抽查工作计划,并按要求、按计划开展行政检查{行政检查次数}次,抽查企业{抽查企业数}家,其中与市场监管局开展跨部门联合检查{跨部门联合检查次数}次,检查预付式经营企业{检查预付式经营企业数}家、“黑培训”机构{检查黑培训机构数}家。' },
  { section: S_ZHIFA, order: 2, template: '2023年举办{民法典专题培训班期数}期《中华人民共和国民法典》专题培训班,{宪法法制专题讲座期数}期领导班子宪法法制专题讲座。' },
  { section: S_JIANDU, order: 1, template: '办理人大代表建议{办理人大代表建议件数}件,政协委员提案{办理政协委员提案件数}件,全部及时答复,满意率达{建议提案满意率}%。' },
  { section: S_JIANDU, order: 2, template: '今年以来,发生行政诉讼案件{行政诉讼案件数}宗,其中胜诉{行政诉讼胜诉数}宗,败诉{行政诉讼败诉数}宗,原告撤回诉讼{原告撤回诉讼数}宗,未出结果{未出结果诉讼数}宗。' },
  { section: S_HUAJIE, order: 1, template: '推行“安格+劳资防范预警”联动机制,组织排查企业{排查企业数}家,发现劳资隐患{发现劳资隐患数}宗,已化解{已化解劳资隐患数}宗,化解率{劳资隐患化解率}%。' },
  { section: S_HUAJIE, order: 2, template: '接收办理各类来信信访件{来信信访件数}宗,办结{来信信访办结件数}宗。办理国家信访局流转的“国家满意度调查”信访件 {国家满意度调查信访件数}宗,国满件群众评价满意率为{国满件满意率}%。接收办理“民意速办平台”民诉件{民诉件数}宗。' },
  { section: S_HUAJIE, order: 3, template: '全员下沉、带队攻坚,有效化解航城信濠、松岗运丰、新桥宝华等{化解重点隐患数}宗重点隐患和{化解重大劳资纠纷数}宗重大劳资纠纷。' },
  { section: S_HUAJIE, order: 4, template: '受理劳动人事争议案件{受理劳动人事争议案件数}件,居全市各区第一。' },
];

const common = { preparer: '', phone: '' };

export const SAMPLE: SampleSource = {
  file: 'baoan-2023.xlsx',
  period: '2023年',
  catalog,
  rules,
  templates,
  sheets: [
    {
      layout: 'long', name: '办公室', title: '2023年法治政府建设统计表（办公室）', reporter: '宝安区人力资源局办公室', ...common, preparer: '陈晓琳', phone: '0755-27750101',
      rows: [
        { name: '办理人大代表建议件数', unit: '件', value: 20, previous: 18 },
        { name: '办理政协委员提案件数', unit: '件', value: 24, previous: 21 },
        { name: '建议提案满意率', unit: '%', value: { n: 1, fmt: '0%' }, previous: { n: 1, fmt: '0%' }, note: '全部及时答复' },
      ],
    },
    {
      layout: 'long', name: '法规科', title: '2023年法治政府建设统计表（政策法规科）', reporter: '宝安区人力资源局法规科', ...common, preparer: '王振华', phone: '0755-27750123', spacer: 2,
      rows: [
        { heading: '一、法制审核' },
        { name: '法律审查意见书份数', unit: '份', value: 279, previous: 251, note: '部门合同、重要文件' },
        { name: '法律意见书份数', unit: '份', value: 23, previous: 19 },
        { heading: '二、干部学法' },
        { name: '民法典专题培训班期数', unit: '期', value: 1, previous: 1 },
        { name: '宪法法制专题讲座期数', unit: '期', value: 2, previous: 2 },
        { blank: true, hidden: true },
        { heading: '三、行政诉讼' },
        { name: '行政诉讼案件数', unit: '宗', value: 13, previous: 11 },
        { name: '其中：行政诉讼胜诉数', unit: '宗', value: 5, previous: 6, indent: 1 },
        { name: '行政诉讼败诉数', unit: '宗', value: 1, previous: 0, indent: 3 },
        { name: '原告撤回诉讼数', unit: '宗', value: 2, previous: 2, indent: 3 },
        { name: '未出结果诉讼数', unit: '宗', value: 5, previous: 3, indent: 3 },
      ],
    },
    {
      layout: 'long', name: '劳动监察大队', title: '2023年法治政府建设统计表（劳动监察大队）', reporter: '宝安区劳动监察大队', ...common, preparer: '李建国', phone: '0755-27750188',
      rows: [
        { name: '行政检查次数', unit: '次', value: 4, previous: 4 },
        { name: '其中：跨部门联合检查次数', unit: '次', value: 2, previous: 2, indent: 1 },
        { name: '抽查企业数', unit: '家', value: 15, previous: 12 },
        { name: '其中：检查预付式经营企业数', unit: '家', value: 2, previous: 1, indent: 1 },
        { name: '检查黑培训机构数', unit: '家', value: 3, previous: 2, indent: 3 },
        { name: '排查企业数', unit: '家', value: 22448, previous: 21035, note: '见“街道隐患排查”表' },
        { name: '发现劳资隐患数', unit: '宗', value: 4434, previous: 4102 },
        { name: '其中：已化解劳资隐患数', unit: '宗', value: 4418, previous: 4079, indent: 1 },
        { name: '劳资隐患化解率', unit: '%', value: { n: 0.9963, fmt: '0.00%' }, previous: { n: 0.9944, fmt: '0.00%' } },
        { name: '化解重点隐患数', unit: '宗', value: 78, previous: 65 },
        { name: '化解重大劳资纠纷数', unit: '宗', value: 5, previous: 7 },
        { name: '劳动用工合规讲座场次', unit: '场', value: 4, previous: 3 },
        { name: '参加合规讲座企业家次', unit: '家次', value: '150余', previous: '120余' },
      ],
    },
    {
      layout: 'wide', name: '街道隐患排查', title: '2023年各街道劳资隐患排查化解情况', reporter: '宝安区劳动监察大队', preparer: '李建国', phone: '0755-27750188',
      firstLabel: '街道', columns: ['排查企业数（家）', '发现劳资隐患数（宗）', '已化解劳资隐患数（宗）'],
      rows: STREETS.map((unit, i) => ({ unit, values: STREET_FIGURES[i] })),
      totalLabel: '合计',
    },
    {
      layout: 'long', name: '信访科', title: '2023年信访工作统计表', reporter: '宝安区人力资源局信访科', ...common, preparer: '张丽', phone: '0755-27750166',
      rows: [
        { name: '来信信访件数', unit: '宗', value: 3180, previous: 2987 },
        { name: '其中：来信信访办结件数', unit: '宗', value: 3049, previous: 2840, indent: 1 },
        { name: '国家满意度调查信访件数', unit: '宗', value: 113, previous: 96, note: '国家信访局流转' },
        { name: '国满件满意率', unit: '%', value: '96.23%', previous: '95.83%', note: '国家信访局反馈' },
        { name: '民诉件数', unit: '宗', value: '18,520', previous: 12873, note: '“民意速办平台”' },
      ],
    },
    petitionLedger(),
    {
      layout: 'long', name: '仲裁院', title: '2023年劳动人事争议仲裁统计表', reporter: '宝安区劳动人事争议仲裁院', ...common, preparer: '刘洋', phone: '0755-27750199',
      rows: [{ name: '受理劳动人事争议案件数', unit: '件', value: 15710, previous: 14238, note: '居全市各区第一' }],
    },
    {
      layout: 'long', name: '职业能力建设科', title: '2023年“宝安第一课”普法培训统计表', reporter: '宝安区人力资源局职业能力建设科', ...common, preparer: '黄敏', phone: '0755-27750177',
      rows: [
        { name: '新增线上主题数', unit: '个', value: 6, previous: 4, note: '含“民法典”主题' },
        { name: '新增线上微课程数', unit: '个', value: 29, previous: 21 },
        { name: '线下培训场次', unit: '场次', value: 77, previous: 65 },
        { name: '线上线下培训人次', unit: '人次', value: '26.3万', previous: '23.1万' },
      ],
    },
  ],
};
