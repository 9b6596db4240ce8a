/** 11 — hand-typed cells: text-stored numbers with separators, full-width digits, U+3000 padding, 150余/约/近, a legitimate 0, — and 无. */
import { Sheet, catalogSheet } from '../../../scripts/corpus/helpers';
import type { BookSource, Row } from '../../../scripts/corpus/types';

const WM = '区文明办';
const GH = '区总工会';
const TW = '团区委';
const FL = '区妇联';
const catalog = catalogSheet([
  { code: 'ZY01', name: '注册志愿者人数', unit: '人', kind: '计数', reporters: `${WM}、${TW}、${FL}`, aggregation: '一致', section: '志愿服务' },
  { code: 'ZY02', name: '志愿服务活动场次', unit: '场', kind: '计数', reporters: WM, section: '志愿服务' },
  { code: 'ZY03', name: '志愿服务时长', unit: '小时', kind: '数值', decimals: 0, reporters: WM, section: '志愿服务' },
  { code: 'ZY04', name: '参与志愿服务人次', unit: '人次', kind: '计数', reporters: WM, section: '志愿服务' },
  { code: 'GH01', name: '困难职工帮扶户数', unit: '户', kind: '计数', reporters: GH, section: '工会' },
  { code: 'GH02', name: '职工书屋数', unit: '个', kind: '计数', reporters: GH, section: '工会' },
  { code: 'GH03', name: '送温暖慰问金额', unit: '万元', kind: '数值', decimals: 2, reporters: GH, section: '工会' },
  { code: 'GH04', name: '劳模工匠创新工作室数', unit: '个', kind: '计数', reporters: GH, section: '工会' },
  { code: 'GH05', name: '职工维权法律援助案件数', unit: '件', kind: '计数', reporters: GH, section: '工会' },
  { code: 'TW01', name: '青年志愿服务队数', unit: '支', kind: '计数', reporters: TW, section: '共青团' },
  { code: 'TW02', name: '希望工程资助学生数', unit: '人', kind: '计数', reporters: TW, section: '共青团' },
  { code: 'TW03', name: '青少年活动场次', unit: '场', kind: '计数', reporters: TW, section: '共青团' },
  { code: 'FL01', name: '巾帼志愿者人数', unit: '人', kind: '计数', reporters: FL, section: '妇联' },
  { code: 'FL02', name: '两癌筛查人数', unit: '人', kind: '计数', reporters: FL, section: '妇联' },
  { code: 'FL03', name: '家庭教育讲座场次', unit: '场', kind: '计数', reporters: FL, section: '妇联' },
]);

function sheet(name: string, unit: string, rows: Row[], who: string): Sheet {
  const s = new Sheet(name);
  s.title(`2024年群团工作统计（${name}）`, 4);
  s.add([`填报单位：${unit}`]);
  s.add(['报告期：', '2024年']);
  const h = s.add(['指标名称', '单位', '本年数', '备注'], { header: true });
  for (const r of rows) s.add(r);
  s.table = `A${h}:D${h + rows.length}`;
  s.add([]);
  s.add([`填表人：${who}`]);
  s.widths = [26, 8, 14, 22];
  return s;
}
const wm = sheet('文明办', WM, [
  ['注册志愿者人数', '人', '58,216', '全国志愿服务信息系统'],
  ['志愿服务活动场次', '场', '3，412'],
  ['志愿服务时长', '小时', '1.2万人次', '系统导出'],
  ['参与志愿服务人次', '人次', '26.3万'],
], '彭丽　电话：0571-86140011');
const gh = sheet('总工会', GH, [
  ['困难职工帮扶户数', '户', '\u3000568\u3000'],
  ['职工书屋数', '个', '１２３'],
  ['送温暖慰问金额', '万元', '1，234.50'],
  ['劳模工匠创新工作室数', '个', 0, '本年新建的尚未命名'],
  ['职工维权法律援助案件数', '件', '无', '本年由司法局统一受理'],
], '金海燕　电话：0571-86150022');
const tw = sheet('团委', TW, [
  ['注册志愿者人数', '人', 58216],
  ['青年志愿服务队数', '支', '150余'],
  ['希望工程资助学生数', '人', '约2000'],
  ['青少年活动场次', '场', '近300'],
], '江涛　电话：0571-86160033');
const fl = sheet('妇联', FL, [
  ['注册志愿者人数', '人', '约5.8万', '估算'],
  ['巾帼志愿者人数', '人', '待汇总'],
  ['两癌筛查人数', '人', { bool: true }],
  ['家庭教育讲座场次', '场', '3.5'],
], '田甜　电话：0571-86170044');

export const book: BookSource = {
  file: '11-text-numbers-approximations',
  style: '群团组织手填表：文本型数字（1,234 / 1，234）、全角数字、全角空格、150余/约/近、合法的 0、“无”',
  period: '2024年',
  sheets: [catalog, wm.build(), gh.build(), tw.build(), fl.build()],
  expect: {
    problems: [
      { check: 'unit', severity: 'error', sheet: '文明办', cell: wm.cell('志愿服务时长', 'C'), indicator: '志愿服务时长', reporter: WM, note: '“1.2万人次”：倍数后的单位“人次”与目录“小时”不同基数' },
      { check: 'parse', severity: 'error', sheet: '妇联', cell: fl.cell('巾帼志愿者人数', 'C'), indicator: '巾帼志愿者人数', reporter: FL, note: '“待汇总”不是数' },
      { check: 'parse', severity: 'error', sheet: '妇联', cell: fl.cell('两癌筛查人数', 'C'), indicator: '两癌筛查人数', reporter: FL, note: '逻辑值 TRUE 出现在应填数的位置' },
      { check: 'type', severity: 'error', sheet: '妇联', cell: fl.cell('家庭教育讲座场次', 'C'), indicator: '家庭教育讲座场次', reporter: FL, note: '计数 3.5 不是整数（文本存储另有 info）' },
    ],
    traps: [
      { sheet: '文明办', cell: wm.cell('注册志愿者人数', 'C'), info: 'parse', why: '文本“58,216” = 58216（文本存储只是 info），与团委 58216 一致；妇联“约5.8万”是约数，相等比较跳过（info），不是 cross-source' },
      { sheet: '总工会', cell: gh.cell('困难职工帮扶户数', 'C'), info: 'parse', why: '“\u3000568\u3000”两侧全角空格：读作 568' },
      { sheet: '总工会', cell: gh.cell('职工书屋数', 'C'), info: 'parse', why: '全角“１２３”读作 123；“1，234.50”（全角逗号）读作 1234.50' },
      { sheet: '团委', cell: tw.cell('青年志愿服务队数', 'C'), why: '150余 / 约2000 / 近300：约数，按 150/2000/300 读，文字中照写“150余”' },
      { sheet: '总工会', cell: gh.cell('劳模工匠创新工作室数', 'C'), why: '0 是合法的值；下一行“无”为不适用：既无值也不是缺报' },
    ],
    summary: [
      { indicator: '注册志愿者人数', value: '58216' },
      { indicator: '参与志愿服务人次', value: '263000' },
      { indicator: '职工书屋数', value: '123' },
      { indicator: '送温暖慰问金额', value: '1234.50' },
      { indicator: '志愿服务活动场次', value: '3412' },
    ],
    notes: ['“报告期：”与“2024年”分处两格（键格 + 值格），仍读作报告期 2024年'],
  },
  verify: [
    { kind: 'equal', cells: [wm.ref('注册志愿者人数', 'C'), tw.ref('注册志愿者人数', 'C')], ok: true, what: '“58,216” = 58216' },
    { kind: 'value', cell: wm.ref('参与志愿服务人次', 'C'), equals: 263000, ok: true, what: '26.3万 = 263000' },
    { kind: 'value', cell: gh.ref('困难职工帮扶户数', 'C'), equals: 568, ok: true, what: '全角空格 568' },
    { kind: 'value', cell: gh.ref('职工书屋数', 'C'), equals: 123, ok: true, what: '全角 123' },
    { kind: 'value', cell: gh.ref('送温暖慰问金额', 'C'), equals: 1234.5, ok: true, what: '1，234.50' },
    { kind: 'value', cell: wm.ref('志愿服务活动场次', 'C'), equals: 3412, ok: true, what: '3，412' },
    { kind: 'value', cell: tw.ref('青年志愿服务队数', 'C'), equals: 150, ok: true, what: '150余 → 150' },
    { kind: 'value', cell: fl.ref('注册志愿者人数', 'C'), equals: 58000, ok: true, what: '约5.8万 → 58000（约数）' },
  ],
};
