/** 14 — 校验规则 (rules that hold, fail, hold only within 容差, and one with a syntax error) over a property-complaints ledger. */
import { Sheet, catalogSheet, footer, lcg, ruleCell, rulesSheet } from '../../../scripts/corpus/helpers';
import type { BookSource } from '../../../scripts/corpus/types';

const ZJ = '区住建局';
const catalog = catalogSheet([
  { code: 'WY01', name: '物业投诉受理件数', unit: '件', kind: '计数', reporters: ZJ, section: '物业管理' },
  { code: 'WY02', name: '物业投诉办结件数', unit: '件', kind: '计数', reporters: ZJ, parent: 'WY01', relation: '其中', section: '物业管理' },
  { code: 'WY03', name: '物业投诉满意件数', unit: '件', kind: '计数', reporters: ZJ, parent: 'WY02', relation: '其中', section: '物业管理' },
  { code: 'WY04', name: '物业服务项目数', unit: '个', kind: '计数', reporters: ZJ, prev: 412, section: '物业管理' },
  { code: 'WY05', name: '专项维修资金归集额', unit: '万元', kind: '数值', decimals: 2, reporters: ZJ, section: '维修资金' },
  { code: 'WY06', name: '专项维修资金使用额', unit: '万元', kind: '数值', decimals: 2, reporters: ZJ, section: '维修资金' },
  { code: 'WY07', name: '维修资金本年净增额', unit: '万元', kind: '数值', decimals: 2, reporters: ZJ, section: '维修资金' },
  { code: 'GZ01', name: '老旧小区改造投资', unit: '万元', kind: '数值', decimals: 2, reporters: ZJ, section: '老旧小区改造' },
  { code: 'GZ02', name: '中央补助资金', unit: '万元', kind: '数值', decimals: 2, reporters: ZJ, section: '老旧小区改造' },
  { code: 'GZ03', name: '地方配套资金', unit: '万元', kind: '数值', decimals: 2, reporters: ZJ, section: '老旧小区改造' },
]);

// ---- the complaints ledger: 624 complaints, 18 still open; return-visit results on the closed ones
const N = 624;
const rnd = lcg(20241231);
const open = new Set<number>();
while (open.size < 18) open.add(rnd(N));
const CH = ['12345热线', '来信', '来访', '网上信访'];
const EST = ['锦绣花园', '东湖新村', '河西小区', '北山苑', '南湖名邸', '新华里', '柳湾家园', '青石公寓', '白沙湾', '临江府'];
const ISSUE = ['公共维修', '收费争议', '绿化养护', '停车管理', '电梯故障', '噪音扰民', '卫生保洁'];
const VISIT = ['满意', '满意', '满意', '满意', '基本满意', '不满意'];
const l = new Sheet('投诉台账');
l.title('2024年物业服务投诉受理台账', 7);
const lh = l.add(['编号', '登记日期', '投诉渠道', '小区名称', '投诉事项', '办理状态', '回访结果'], { header: true });
let satisfied = 0;
for (let i = 0; i < N; i++) {
  const closed = !open.has(i);
  const visit = closed ? VISIT[rnd(VISIT.length)] : '未回访';
  if (closed && visit === '满意') satisfied++;
  const date = new Date(Date.UTC(2024, 0, 2 + Math.floor((i * 363) / N))).toISOString().slice(0, 10);
  l.add([`WY-2024-${String(i + 1).padStart(4, '0')}`, { date }, CH[rnd(CH.length)], EST[rnd(EST.length)], ISSUE[rnd(ISSUE.length)], closed ? '已办结' : '办理中', visit]);
}
l.widths = [14, 12, 12, 12, 12, 10, 10];
const REPORTED_SATISFIED = satisfied + 9;

const a = (n: number) => ({ n, fmt: '#,##0.00' });
const s = new Sheet('住建局');
s.title('2024年物业管理与老旧小区改造情况', 5);
s.add([`填报单位：${ZJ}`, null, null, '报告期：2024年']);
const sh = s.add(['序号', '指标名称', '计量单位', '本年数', '上年数'], { header: true });
s.add([1, '物业投诉受理件数', '件', N, 587]);
s.add([null, '其中：物业投诉办结件数', '件', N - 18, 571]);
s.add([null, '　　　其中：物业投诉满意件数', '件', REPORTED_SATISFIED, 402]);
s.add([2, '物业服务项目数', '个', 405, 412]);
s.add([3, '专项维修资金归集额', '万元', a(1220.43), a(1105.8)]);
s.add([4, '专项维修资金使用额', '万元', a(300.28), a(287.6)]);
s.add([5, '维修资金本年净增额', '万元', a(920.15), a(818.2)]);
s.add([6, '老旧小区改造投资', '万元', a(5269.5), a(4388.0)]);
s.add([7, '中央补助资金', '万元', a(1856.4), a(1520.0)]);
const sl = s.add([8, '地方配套资金', '万元', a(3412.75), a(2868.0)]);
s.table = `A${sh}:E${sl}`;
s.add([]);
s.add([footer('冯建华', '唐亮', '0571-86080123')]);
s.widths = [6, 30, 10, 14, 14];

const rules = rulesSheet([
  { id: 'R01', description: '台账件数与受理件数一致', expression: 'COUNTA(投诉台账!编号) = [物业投诉受理件数]', severity: '错误' },
  { id: 'R02', description: '台账已办结件数与报表一致', expression: 'COUNTIF(投诉台账!办理状态, "已办结") = [物业投诉办结件数]', severity: '错误' },
  { id: 'R03', description: '台账回访满意件数与报表一致', expression: 'COUNTIFS(投诉台账!办理状态, "已办结", 投诉台账!回访结果, "满意") = [物业投诉满意件数]', severity: '错误' },
  { id: 'R04', description: '维修资金：使用额 + 净增额 = 归集额', expression: '[专项维修资金使用额] + [维修资金本年净增额] = [专项维修资金归集额]', severity: '错误' },
  { id: 'R05', description: '物业服务项目数不少于上年', expression: '[物业服务项目数] >= PREV([物业服务项目数])', severity: '警告' },
  { id: 'R06', description: '改造投资 = 中央补助 + 地方配套（各自取整，容差0.5万元）', expression: '[老旧小区改造投资] = [中央补助资金] + [地方配套资金]', severity: '错误', tolerance: 0.5 },
  { id: 'R07', description: '办结件数不超过受理件数', expression: '[物业投诉办结件数] <= [物业投诉受理件数', severity: '错误' },
]);

export const book: BookSource = {
  file: '14-rules-and-ledger',
  style: '住建局物业投诉台账（624 行）+ 校验规则：成立的、不成立的、容差内成立的、十进制精确的、语法错误的',
  period: '2024年',
  sheets: [catalog, s.build(), l.build(), rules],
  expect: {
    problems: [
      { check: 'ledger', severity: 'error', sheet: '校验规则', cell: ruleCell(rules, 'R03'), also: [`投诉台账!F${lh}`, `投诉台账!G${lh}`, `住建局!${s.cell('其中：物业投诉满意件数', 'D')}`], indicator: '物业投诉满意件数', expected: String(satisfied), actual: String(REPORTED_SATISFIED), note: `R03 不成立：台账已办结且“满意” ${satisfied} 件，报表 ${REPORTED_SATISFIED} 件` },
      { check: 'rule', severity: 'warning', sheet: '校验规则', cell: ruleCell(rules, 'R05'), also: [`住建局!${s.cell('物业服务项目数', 'D')}`], indicator: '物业服务项目数', expected: '≥ 412', actual: '405', note: 'R05（警告）不成立：405 < 上年 412' },
      { check: 'rule', severity: 'error', sheet: '校验规则', cell: ruleCell(rules, 'R07'), note: 'R07 表达式缺右方括号：规则表上的一条语法错误（指出行与位置），其余规则照常运行' },
    ],
    traps: [
      { sheet: '校验规则', cell: ruleCell(rules, 'R04'), why: '300.28 + 920.15 = 1220.43：十进制精确相等（二进制浮点得 1220.4299999999998），容差 0 下成立' },
      { sheet: '校验规则', cell: ruleCell(rules, 'R06'), why: '1856.40 + 3412.75 = 5269.15，报 5269.50：差 0.35 ≤ 容差 0.5，成立' },
      { sheet: '校验规则', cell: ruleCell(rules, 'R01'), why: `R01 成立（台账 ${N} 行 = 受理 ${N}）；R02 成立（已办结 ${N - 18} 件）` },
    ],
    summary: [
      { indicator: '物业投诉受理件数', value: String(N) },
      { indicator: '专项维修资金归集额', value: '1220.43' },
      { indicator: '物业服务项目数', value: '405' },
    ],
  },
  verify: [
    { kind: 'ledger', sheet: '投诉台账', headerRow: lh, fn: 'COUNTA', column: '编号', equals: s.ref('物业投诉受理件数', 'D'), ok: true, what: 'R01' },
    { kind: 'ledger', sheet: '投诉台账', headerRow: lh, fn: 'COUNTIF', column: '办理状态', criterion: '已办结', equals: s.ref('其中：物业投诉办结件数', 'D'), ok: true, what: 'R02' },
    { kind: 'ledger', sheet: '投诉台账', headerRow: lh, fn: 'COUNTIF', column: '回访结果', criterion: '满意', equals: s.ref('其中：物业投诉满意件数', 'D'), ok: false, what: 'R03（planted；“满意”只出现在已办结行）' },
    { kind: 'ledger', sheet: '投诉台账', headerRow: lh, fn: 'COUNTIF', column: '回访结果', criterion: '满意', equals: satisfied, ok: true, what: 'R03 台账实数' },
    { kind: 'sum', total: s.ref('专项维修资金归集额', 'D'), parts: [s.ref('专项维修资金使用额', 'D'), s.ref('维修资金本年净增额', 'D')], decimals: 0, ok: true, what: 'R04 精确相等（decimals 0 = 不留区间）' },
    { kind: 'value', cell: s.ref('物业服务项目数', 'D'), equals: 412, ok: false, what: 'R05 405 < 412（planted）' },
    { kind: 'sum', total: s.ref('老旧小区改造投资', 'D'), parts: [s.ref('中央补助资金', 'D'), s.ref('地方配套资金', 'D')], decimals: 0, ok: false, what: 'R06 不精确相等（差 0.35），容差 0.5 内成立' },
    { kind: 'le', part: s.ref('其中：物业投诉满意件数', 'D'), whole: s.ref('其中：物业投诉办结件数', 'D'), ok: true, what: '满意 ≤ 办结' },
  ],
};
