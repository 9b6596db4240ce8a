/** 03 — a health bureau in 万元 and 亿元 (the finance bureau reports in 亿元), 五成双 bed-use rate with an exact tie, a 5,000-row complaints ledger with COUNTIF/SUMIF rules. */
import { Sheet, catalogSheet, footer, lcg, ruleCell, rulesSheet } from '../../../scripts/corpus/helpers';
import type { BookSource, Row } from '../../../scripts/corpus/types';

const WJ = '区卫健局';
const CZ = '区财政局';
const catalog = catalogSheet([
  { code: 'WJ01', name: '医疗卫生机构数', unit: '个', kind: '计数', reporters: WJ, prev: 486, section: '医疗资源' },
  { code: 'WJ02', name: '实有床位数', unit: '张', kind: '计数', reporters: WJ, section: '医疗资源' },
  { code: 'WJ03', name: '实际开放总床日数', unit: '床日', kind: '计数', reporters: WJ, section: '医疗服务' },
  { code: 'WJ04', name: '实际占用总床日数', unit: '床日', kind: '计数', reporters: WJ, section: '医疗服务' },
  { code: 'WJ05', name: '病床使用率', unit: '%', kind: '比率', decimals: 2, reporters: WJ, formula: '[实际占用总床日数]/[实际开放总床日数]*100', rounding: '五成双', section: '医疗服务', note: 'GB/T 8170 修约' },
  { code: 'WJ06', name: '总诊疗人次', unit: '人次', kind: '计数', reporters: WJ, yoy: 30, section: '医疗服务' },
  { code: 'WJ07', name: '家庭医生签约服务人数', unit: '人', kind: '计数', reporters: WJ, section: '基层卫生' },
  { code: 'WJ08', name: '活产数', unit: '人', kind: '计数', reporters: WJ, section: '妇幼健康' },
  { code: 'WJ09', name: '系统管理孕产妇数', unit: '人', kind: '计数', reporters: WJ, section: '妇幼健康' },
  { code: 'WJ10', name: '孕产妇系统管理率', unit: '%', kind: '比率', decimals: 2, reporters: WJ, formula: '[系统管理孕产妇数]/[活产数]*100', section: '妇幼健康' },
  { code: 'WJ11', name: '卫生健康财政支出', unit: '万元', kind: '数值', decimals: 1, reporters: `${WJ}、${CZ}`, aggregation: '一致', section: '卫生投入' },
  { code: 'WJ12', name: '医疗投诉受理件数', unit: '件', kind: '计数', reporters: WJ, section: '医疗投诉' },
  { code: 'WJ13', name: '医疗投诉办结件数', unit: '件', kind: '计数', reporters: WJ, parent: 'WJ12', relation: '其中', section: '医疗投诉' },
  { code: 'WJ14', name: '医疗纠纷赔付金额', unit: '万元', kind: '数值', decimals: 2, reporters: WJ, section: '医疗投诉' },
]);

// ---- the complaints ledger: 5,000 rows, 127 still open, compensation in 万元 with two decimals on some closed rows
const N = 5000;
const OPEN = 127;
const rnd = lcg(20240608);
const open = new Set<number>();
while (open.size < OPEN) open.add(rnd(N));
const KINDS = ['医疗质量', '服务态度', '收费问题', '医患沟通', '药品问题', '其他'];
const ORGS = ['区人民医院', '区中医院', '区妇幼保健院', '城关街道社区卫生服务中心', '东湖街道社区卫生服务中心', '河西镇卫生院', '柳湾镇卫生院', '民营医院'];
let cents = 0;
const ledger = new Sheet('投诉台账');
ledger.title('2024年医疗投诉受理台账', 6);
const lh = ledger.add(['编号', '受理日期', '投诉类别', '被投诉机构', '办理状态', '赔付金额'], { header: true });
for (let i = 0; i < N; i++) {
  const day = Math.floor((i * 366) / N);
  const d = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
  const closed = !open.has(i);
  const pay = closed && rnd(60) === 0 ? 50 + rnd(4950) : 0; // cents of 万元: 0.50 … 50.00
  cents += pay;
  const row: Row = [`TS2024${String(i + 1).padStart(5, '0')}`, { date: d }, KINDS[rnd(KINDS.length)], ORGS[rnd(ORGS.length)], closed ? '办结' : '在办', pay ? { n: pay / 100, fmt: '0.00' } : 0];
  ledger.add(row);
}
ledger.widths = [14, 12, 10, 26, 10, 10];
const PAID = cents / 100;

const w = new Sheet('卫健局');
w.title('2024年卫生健康事业发展统计表', 6);
w.add([`填报单位：${WJ}`, null, null, '报告期：2024年']);
const wh = w.add(['序号', '指标名称', '计量单位', '本年数', '上年数', '备注'], { header: true });
w.add([1, '医疗卫生机构数', '个', 492, 486]);
w.add([2, '实有床位数', '床', 4120, 3980]);
w.add([3, '实际开放总床日数', '床日', 1460000, 1423500]);
w.add([4, '实际占用总床日数', '床日', 1304145, 1251000]);
w.add([5, '病床使用率', '%', 89.32, 87.88, '按GB/T 8170修约']);
w.add([6, '总诊疗人次', '人次', 4862310, 3512406, '含互联网诊疗']);
w.add([7, '家庭医生签约服务人数', '万人', 61.2, 58.7]);
w.add([8, '活产数', '人', 3156, 3302]);
w.add([9, '系统管理孕产妇数', '人', 3026, 3150]);
w.add([10, '孕产妇系统管理率', '%', 95.68, 95.4]);
w.add([11, '卫生健康财政支出', '万元', { n: 23456.8, fmt: '0.0' }, { n: 21987.3, fmt: '0.0' }]);
w.add([12, '医疗投诉受理件数', '件', 5000, 4612, '见投诉台账']);
w.add([null, '其中：医疗投诉办结件数', '件', 4837, 4490]);
const wl = w.add([13, '医疗纠纷赔付金额', '万元', { n: PAID, fmt: '0.00' }, { n: 1936.52, fmt: '0.00' }]);
w.table = `A${wh}:F${wl}`;
w.add([]);
w.add([footer('陈卫东', '林小燕', '0571-86033120')]);
w.widths = [6, 28, 10, 14, 14, 18];

const c = new Sheet('财政局');
c.title('2024年卫生健康支出情况', 4);
c.add([`填报单位：${CZ}`, null, '报告期：2024年']);
const ch = c.add(['指标名称', '计量单位', '2024年', '2023年'], { header: true });
const cl = c.add(['卫生健康财政支出', '亿元', { n: 2.34568, fmt: '0.0000' }, { n: 2.19873, fmt: '0.0000' }]);
c.table = `A${ch}:D${cl}`;
c.add([]);
c.add(['填表人：吴芳　　　　联系电话：0571-86033301']);
c.widths = [26, 10, 12, 12];

const rules = rulesSheet([
  { id: 'R01', description: '投诉台账件数与受理件数一致', expression: 'COUNTA(投诉台账!编号) = [医疗投诉受理件数]', severity: '错误' },
  { id: 'R02', description: '投诉台账办结件数与报表一致', expression: 'COUNTIF(投诉台账!办理状态, "办结") = [医疗投诉办结件数]', severity: '错误' },
  { id: 'R03', description: '办结件赔付金额合计与报表一致', expression: 'SUMIF(投诉台账!办理状态, "办结", 投诉台账!赔付金额) = [医疗纠纷赔付金额]', severity: '错误' },
  { id: 'R04', description: '办结件数不超过受理件数', expression: '[医疗投诉办结件数] <= [医疗投诉受理件数]', severity: '错误' },
]);

const WS = w.name;
export const book: BookSource = {
  file: '03-health-wanyuan-yiyuan-ledger',
  style: '卫健局统计表（万元），财政局以亿元报同一支出；五成双病床使用率（恰为 .xx5 的平局）；5,000 行医疗投诉台账与 COUNTIF/SUMIF 规则',
  period: '2024年',
  sheets: [catalog, w.build(), c.build(), ledger.build(), rules],
  expect: {
    problems: [
      { check: 'unit', severity: 'error', sheet: WS, cell: w.cell('实有床位数', 'C'), also: [w.cell('实有床位数', 'D')], indicator: '实有床位数', reporter: WJ, note: '单位“床”与目录“张”不是同一基数，不能换算' },
      { check: 'yoy', severity: 'warning', sheet: WS, cell: w.cell('总诊疗人次', 'D'), indicator: '总诊疗人次', reporter: WJ, note: '4862310 / 3512406 = +38.4%，超过同比阈值 30%' },
      { check: 'ratio', severity: 'error', sheet: WS, cell: w.cell('孕产妇系统管理率', 'D'), indicator: '孕产妇系统管理率', reporter: WJ, expected: '95.88', actual: '95.68', note: '3026/3156×100 = 95.881 → 95.88' },
      { check: 'ledger', severity: 'error', sheet: '校验规则', cell: ruleCell(rules, 'R02'), also: ['投诉台账!E' + lh, `${WS}!${w.cell('其中：医疗投诉办结件数', 'D')}`], indicator: '医疗投诉办结件数', expected: '4873', actual: '4837', note: `R02 不成立：台账“办结” ${N - OPEN} 件，报表 4837 件（数字颠倒）` },
    ],
    traps: [
      { sheet: '财政局', cell: c.cell('卫生健康财政支出', 'C'), info: 'unit', why: '2.34568 亿元 = 23456.8 万元：换算（unit 提示），与卫健局 23456.8 一致，不是 cross-source' },
      { sheet: WS, cell: w.cell('病床使用率', 'D'), why: '1304145/1460000×100 = 89.325 恰为平局，五成双 → 89.32（四舍五入会得 89.33）：不是 ratio 也不是 ratio-truncated' },
      { sheet: WS, cell: w.cell('家庭医生签约服务人数', 'D'), info: 'unit', why: '61.2 万人 = 612000 人：可换算单位，只有提示' },
      { sheet: WS, cell: w.cell('医疗纠纷赔付金额', 'D'), why: `R03 成立：5000 行中办结件赔付金额之和恰为 ${PAID.toFixed(2)}（十进制精确，二进制浮点相加会有尾差）` },
      { sheet: WS, cell: w.cell('医疗投诉受理件数', 'D'), why: 'R01 成立：台账 5000 行 = 受理件数 5000；R04 成立' },
    ],
    summary: [
      { indicator: '卫生健康财政支出', value: '23456.8', remark: '区卫健局、区财政局' },
      { indicator: '病床使用率', value: '89.32' },
      { indicator: '家庭医生签约服务人数', value: '612000' },
      { indicator: '医疗投诉受理件数', value: '5000' },
    ],
  },
  verify: [
    { kind: 'rate', rate: w.ref('病床使用率', 'D'), num: w.ref('实际占用总床日数', 'D'), den: w.ref('实际开放总床日数', 'D'), decimals: 2, mode: '五成双', ok: true, what: '病床使用率 五成双平局' },
    { kind: 'rate', rate: w.ref('病床使用率', 'D'), num: w.ref('实际占用总床日数', 'D'), den: w.ref('实际开放总床日数', 'D'), decimals: 2, mode: '四舍五入', ok: 'truncated', what: '（对照）在四舍五入下 89.32 只是截尾值：目录的五成双才使它相符' },
    { kind: 'rate', rate: w.ref('病床使用率', 'E'), num: w.ref('实际占用总床日数', 'E'), den: w.ref('实际开放总床日数', 'E'), decimals: 2, mode: '五成双', ok: true, what: '上年病床使用率' },
    { kind: 'rate', rate: w.ref('孕产妇系统管理率', 'D'), num: w.ref('系统管理孕产妇数', 'D'), den: w.ref('活产数', 'D'), decimals: 2, mode: '四舍五入', ok: false, what: '孕产妇系统管理率（planted）' },
    { kind: 'rate', rate: w.ref('孕产妇系统管理率', 'E'), num: w.ref('系统管理孕产妇数', 'E'), den: w.ref('活产数', 'E'), decimals: 2, mode: '四舍五入', ok: true, what: '上年孕产妇系统管理率' },
    { kind: 'yoy', cur: w.ref('总诊疗人次', 'D'), prev: w.ref('总诊疗人次', 'E'), threshold: 30, ok: false, what: '总诊疗人次同比（planted）' },
    { kind: 'equal', cells: [w.ref('卫生健康财政支出', 'D'), { cell: c.ref('卫生健康财政支出', 'C'), factor: 10000 }], ok: true, what: '亿元换算后一致' },
    { kind: 'equal', cells: [w.ref('卫生健康财政支出', 'E'), { cell: c.ref('卫生健康财政支出', 'D'), factor: 10000 }], ok: true, what: '上年亿元换算后一致' },
    { kind: 'value', cell: w.ref('医疗卫生机构数', 'E'), equals: 486, ok: true, what: '机构数上年 = 上年公布数' },
    { kind: 'ledger', sheet: '投诉台账', headerRow: lh, fn: 'COUNTA', column: '编号', equals: w.ref('医疗投诉受理件数', 'D'), ok: true, what: 'R01' },
    { kind: 'ledger', sheet: '投诉台账', headerRow: lh, fn: 'COUNTIF', column: '办理状态', criterion: '办结', equals: w.ref('其中：医疗投诉办结件数', 'D'), ok: false, what: 'R02（planted）' },
    { kind: 'ledger', sheet: '投诉台账', headerRow: lh, fn: 'SUMIF', column: '办理状态', criterion: '办结', sumColumn: '赔付金额', equals: w.ref('医疗纠纷赔付金额', 'D'), ok: true, what: 'R03 十进制精确' },
    { kind: 'le', part: w.ref('其中：医疗投诉办结件数', 'D'), whole: w.ref('医疗投诉受理件数', 'D'), ok: true, what: 'R04' },
  ],
};
