/** 09 — one sheet per street (10 streets/towns) and the district emergency bureau reporting the whole (合计单位). */
import Big from 'big.js';
import { GAP, Sheet, catalogSheet, sum } from '../../../scripts/corpus/helpers';
import type { BookSource } from '../../../scripts/corpus/types';

const YJ = '区应急管理局';
const STREETS: [string, number, number, number, number, number][] = [
  ['城关街道', 612, 1284, 1262, 2, 1],
  ['东湖街道', 548, 1106, 1098, 1, 0],
  ['河西街道', 433, 870, 861, 0, 0],
  ['北山街道', 385, 742, 742, 0, 0],
  ['南湖街道', 501, 998, 985, 1, 1],
  ['新华街道', 467, 935, 921, 0, 0],
  ['柳湾镇', 296, 644, 630, 1, 0],
  ['青石镇', 258, 512, 508, 0, 0],
  ['白沙镇', 224, 468, 486, 0, 0],
  ['临江镇', 310, 659, 652, 1, 0],
];
const NAMES = ['安全检查企业数', '发现隐患数', '已整改隐患数', '生产安全事故起数', '事故死亡人数'];
const UNITS = ['家', '项', '项', '起', '人'];
const T = (i: number) => sum(STREETS.map((s) => s[i + 1] as number));
const X = { kind: '计数' as const, reporters: STREETS.map((s) => s[0]).join('、'), aggregation: '求和' as const, totalReporter: YJ, section: '安全生产' };
const catalog = catalogSheet([
  { code: 'AJ01', name: NAMES[0], unit: UNITS[0], ...X },
  { code: 'AJ02', name: NAMES[1], unit: UNITS[1], ...X, yoy: 25 },
  { code: 'AJ03', name: NAMES[2], unit: UNITS[2], ...X, parent: 'AJ02', relation: '其中' },
  { code: 'AJ04', name: NAMES[3], unit: UNITS[3], ...X },
  { code: 'AJ05', name: NAMES[4], unit: UNITS[4], ...X },
  { code: 'AJ06', name: '隐患整改率', unit: '%', kind: '比率', decimals: 2, reporters: YJ, formula: '[已整改隐患数]/[发现隐患数]*100', section: '安全生产' },
]);

const streetSheets = STREETS.map(([name, ...v], i) => {
  const s = new Sheet(name);
  s.title(`2024年安全生产检查情况（${name}）`, 4);
  s.add([`填报单位：${name}`, null, '报告期：2024年']);
  const h = s.add(['指标名称', '计量单位', '本年数', '备注'], { header: true });
  NAMES.forEach((n, k) => s.add([k === 2 ? `其中：${n}` : n, UNITS[k], v[k]]));
  s.table = `A${h}:D${h + NAMES.length}`;
  s.add([]);
  s.add([`填表人：${['李强', '王芳', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄丽', '周杰', '吴敏'][i]}${GAP}联系电话：0571-8613${String(i).padStart(4, '0')}`]);
  s.widths = [24, 10, 12, 16];
  return s;
});

// the district figure for 已整改隐患数 was keyed as 8141 while the streets add up to T(2); its rate follows its own figures
const DISTRICT_FIXED = T(2) - 4;
const rate = new Big(DISTRICT_FIXED).div(T(1)).times(100).round(2, Big.roundHalfUp).toNumber();
const d = new Sheet('应急管理局（全区）');
d.title('2024年全区安全生产检查情况汇总', 5);
d.add([`填报单位：${YJ}`, null, null, '报告期：2024年']);
const dh = d.add(['指标名称', '计量单位', '本年数', '上年数', '备注'], { header: true });
d.add([NAMES[0], UNITS[0], T(0), 3852]);
d.add([NAMES[1], UNITS[1], T(1), 6012, '开展“百日攻坚”专项排查']);
d.add([`其中：${NAMES[2]}`, UNITS[2], DISTRICT_FIXED, 5890]);
d.add([NAMES[3], UNITS[3], T(3), 9]);
d.add([NAMES[4], UNITS[4], T(4), 4]);
const dl = d.add(['隐患整改率', '%', rate, 97.97]);
d.table = `A${dh}:E${dl}`;
d.add([]);
d.add(['单位负责人：沈国华　　　　填表人：邱莉　　　　联系电话：0571-86139999　　　　报出日期：2025年1月17日']);
d.widths = [24, 10, 12, 12, 26];

const D = d.name;
const at = (i: number) => streetSheets.map((s) => s.ref(i === 2 ? `其中：${NAMES[2]}` : NAMES[i], 'C'));
export const book: BookSource = {
  file: '09-streets-aggregate',
  style: '十个街道（镇）各报一张表，区应急管理局报全区数（合计单位），求和汇总',
  period: '2024年',
  sheets: [catalog, ...streetSheets.map((s) => s.build()), d.build()],
  expect: {
    problems: [
      { check: 'aggregate', severity: 'error', sheet: D, cell: d.cell(`其中：${NAMES[2]}`, 'C'), indicator: '已整改隐患数', reporter: YJ, expected: String(T(2)), actual: String(DISTRICT_FIXED), note: `十个街道之和 ${T(2)}，应急管理局报 ${DISTRICT_FIXED}` },
      { check: 'part-of', severity: 'error', sheet: '白沙镇', cell: streetSheets[8].cell(`其中：${NAMES[2]}`, 'C'), also: [streetSheets[8].cell(NAMES[1], 'C')], indicator: '已整改隐患数', reporter: '白沙镇', note: '白沙镇已整改 486 > 发现 468（数字颠倒）' },
      { check: 'yoy', severity: 'warning', sheet: D, cell: d.cell(NAMES[1], 'C'), indicator: '发现隐患数', note: `${T(1)} / 6012 = +36.7%，超过阈值 25%（备注说明了原因，仍应提示）` },
    ],
    traps: [
      { sheet: D, cell: d.cell(NAMES[0], 'C'), why: `安全检查企业数 ${T(0)} = 十个街道之和：aggregate 相符` },
      { sheet: D, cell: d.cell(NAMES[3], 'C'), why: `事故起数 ${T(3)}、死亡人数 ${T(4)} = 街道之和（多个街道为合法的 0）` },
      { sheet: '河西街道', cell: streetSheets[2].cell(NAMES[3], 'C'), why: '事故起数 0：合法的 0，不是缺报' },
      { sheet: D, cell: d.cell('隐患整改率', 'C'), why: `整改率按应急管理局自己的分子分母 ${DISTRICT_FIXED}/${T(1)} = ${rate}：比率相符（错在分子，只报一次 aggregate）` },
    ],
    summary: [
      { indicator: '安全检查企业数', value: String(T(0)) },
      { indicator: '发现隐患数', value: String(T(1)) },
      { indicator: '已整改隐患数', value: String(T(2)), remark: '等10个单位' },
      { indicator: '生产安全事故起数', value: String(T(3)) },
    ],
  },
  verify: [
    ...[0, 1, 3, 4].map((i) => ({ kind: 'sum' as const, total: d.ref(i === 2 ? `其中：${NAMES[2]}` : NAMES[i], 'C'), parts: at(i), ok: true, what: `${NAMES[i]} 全区 = 街道之和` })),
    { kind: 'sum', total: d.ref(`其中：${NAMES[2]}`, 'C'), parts: at(2), ok: false, what: '已整改 全区 ≠ 街道之和（planted）' },
    ...streetSheets.map((s, i) => ({ kind: 'le' as const, part: s.ref(`其中：${NAMES[2]}`, 'C'), whole: s.ref(NAMES[1], 'C'), ok: i !== 8, what: `${s.name} 整改 ≤ 发现` })),
    { kind: 'rate', rate: d.ref('隐患整改率', 'C'), num: d.ref(`其中：${NAMES[2]}`, 'C'), den: d.ref(NAMES[1], 'C'), decimals: 2, mode: '四舍五入', ok: true, what: '整改率（应急管理局自身分子分母）' },
    { kind: 'rate', rate: d.ref('隐患整改率', 'D'), num: d.ref(`其中：${NAMES[2]}`, 'D'), den: d.ref(NAMES[1], 'D'), decimals: 2, mode: '四舍五入', ok: true, what: '上年整改率' },
    { kind: 'yoy', cur: d.ref(NAMES[1], 'C'), prev: d.ref(NAMES[1], 'D'), threshold: 25, ok: false, what: '发现隐患数同比（planted）' },
    { kind: 'yoy', cur: d.ref(NAMES[0], 'C'), prev: d.ref(NAMES[0], 'D'), threshold: 25, ok: true, what: '检查企业数同比（无阈值，本也不大）' },
  ],
};
