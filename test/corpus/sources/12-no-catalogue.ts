/** 12 — a book with no 指标目录 at all: only what the sheets themselves imply can be checked. */
import { Sheet, dsum, sum } from '../../../scripts/corpus/helpers';
import type { BookSource } from '../../../scripts/corpus/types';

const STREETS: [string, number, number, number][] = [
  ['城关街道', 186.5, 42, 312],
  ['东湖街道', 152.3, 36, 268],
  ['河西街道', 98.7, 28, 176],
  ['北山街道', 76.4, 21, 139],
  ['南湖街道', 121.8, 30, 215],
  ['新华街道', 110.2, 27, 198],
];
const w = new Sheet('各街道环卫作业');
w.title('2024年各街道环卫作业情况', 4);
w.add(['填报单位：区环卫中心', null, '报告期：2024年']);
const wh = w.add(['街道', '道路清扫保洁面积（万平方米）', '公厕座数（座）', '环卫工人数（人）'], { header: true });
for (const [n, a, b, c] of STREETS) w.add([n, { n: a, fmt: '0.0' }, b, c]);
const AREA = dsum(STREETS.map((s) => s[1]), 1);
const TOILETS = sum(STREETS.map((s) => s[2]));
const WORKERS = sum(STREETS.map((s) => s[3]));
const wt = w.add(['合计', { n: AREA, fmt: '0.0' }, TOILETS + 10, WORKERS], { bold: true });
w.table = `A${wh}:D${wt}`;
w.widths = [12, 16, 12, 12];

const h = new Sheet('环卫中心');
h.title('2024年生活垃圾收运处置情况', 5);
h.add(['填报单位：区环卫中心', null, null, '报告期：2024年']);
const hh = h.add(['指标名称', '计量单位', '本年数', '上年数', '备注'], { header: true });
h.add(['生活垃圾清运量', '吨', 186240, 179860]);
h.add(['按类别：']);
h.add(['可回收物', '吨', { n: 12345.6, fmt: '0.0' }, { n: 11802.3, fmt: '0.0' }]);
h.add(['有害垃圾', '吨', { n: 35.2, fmt: '0.0' }, { n: 31.8, fmt: '0.0' }]);
h.add(['厨余垃圾', '吨', { n: 45678.9, fmt: '0.0' }, { n: 43950.4, fmt: '0.0' }]);
h.add(['其他垃圾', '吨', { n: 128180.2, fmt: '0.0' }, { n: 124075.5, fmt: '0.0' }]);
h.add(['合计', '吨', { n: 186240.0, fmt: '0.0' }, { n: 179860.0, fmt: '0.0' }], { bold: true });
h.add(['机械化清扫面积', '万平方米', { n: 612.4, fmt: '0.0' }, { n: 590.8, fmt: '0.0' }]);
const hl = h.add(['机械化清扫率', '%', { f: 'C12/C13*100', result: { error: '#DIV/0!' }, fmt: '0.00' }, { n: 81.06, fmt: '0.00' }, '公式引用错位']);
h.table = `A${hh}:E${hl}`;
h.add([]);
h.add(['填表人：韦小兵　　　　联系电话：0571-86180055']);
h.widths = [20, 10, 12, 12, 16];

const c = new Sheet('城管局');
c.title('2024年城市管理主要指标', 5);
c.add(['填报单位：区城管局', null, null, '报告期：2024年']);
const ch = c.add(['指标名称', '计量单位', '本年数', '上年数', '备注'], { header: true });
c.add(['数字城管案件受理数', '件', 18652, 17210]);
c.add(['其中：按期结案数', '件', 18215, 16540]);
c.add(['门前三包签约商户数', '户', 4120, 3986]);
c.add(['其中：示范街商户数', '户', 4210, 402]);
c.add(['违法建设拆除面积', '万平方米', { n: 12.6, fmt: '0.0' }, { n: 11.8, fmt: '0.0' }]);
const cl = c.add(['生活垃圾清运量', '吨', 186420, 179860, '引用环卫中心数']);
c.table = `A${ch}:E${cl}`;
c.add([]);
c.add(['单位负责人：孔德明　　　　填表人：鲁静　　　　联系电话：0571-86190066']);
c.widths = [22, 10, 12, 12, 16];

export const book: BookSource = {
  file: '12-no-catalogue',
  style: '没有指标目录的汇编（区城管局与环卫中心）：街道宽表、其中行、合计行、同名指标跨表比对，全凭表格本身推断',
  period: '2024年',
  sheets: [w.build(), h.build(), c.build()],
  expect: {
    problems: [
      { check: 'balance', severity: 'error', sheet: w.name, cell: `C${wt}`, expected: String(TOILETS), actual: String(TOILETS + 10), note: `宽表合计行：公厕座数六个街道之和 ${TOILETS}，合计行 ${TOILETS + 10}` },
      { check: 'part-of', severity: 'error', sheet: '城管局', cell: c.cell('其中：示范街商户数', 'C'), also: [c.cell('门前三包签约商户数', 'C')], note: '示范街商户 4210 > 签约商户 4120（上年 402 ≤ 3986）' },
      { check: 'cross-source', severity: 'error', sheet: '城管局', cell: c.cell('生活垃圾清运量', 'C'), also: [`环卫中心!${h.cell('生活垃圾清运量', 'C')}`], note: '同名指标两张表不一致：城管局 186420，环卫中心 186240（数字颠倒）' },
      { check: 'parse', severity: 'error', sheet: '环卫中心', cell: h.cell('机械化清扫率', 'C'), note: '公式缓存结果为 #DIV/0!' },
    ],
    traps: [
      { sheet: w.name, cell: `A${wh}`, why: '无目录时，首列标签“街道”且其余不是长表列名：识别为宽表，合计行对各街道行核对' },
      { sheet: w.name, cell: `B${wt}`, why: `道路清扫保洁面积 合计 ${AREA} = 六街道之和；环卫工人数合计 ${WORKERS} 相符` },
      { sheet: '环卫中心', cell: h.cell('合计', 'C'), why: '分类合计 186240.0，四类之和 186239.9：差 0.1，在 ±0.05×5 的取整区间内，不是 balance；“按类别：”行之上的生活垃圾清运量不属于该区块' },
      { sheet: '城管局', cell: c.cell('其中：按期结案数', 'C'), why: '其中行 18215 ≤ 18652；各项同比变化均小于 10%' },
    ],
    summary: [
      { indicator: '道路清扫保洁面积', value: String(AREA) },
      { indicator: '环卫工人数', value: String(WORKERS) },
      { indicator: '违法建设拆除面积', value: '12.6' },
    ],
    notes: ['无目录：同比阈值无从得知，本书同比变化均 < 10%，不埋 yoy；初始化目录应能从表中推断出以上指标'],
  },
  verify: [
    { kind: 'sum', total: `${w.name}!C${wt}`, parts: STREETS.map((_, i) => `${w.name}!C${wh + 1 + i}`), ok: false, what: '公厕合计（planted）' },
    { kind: 'sum', total: `${w.name}!B${wt}`, parts: STREETS.map((_, i) => `${w.name}!B${wh + 1 + i}`), decimals: 1, ok: true, what: '清扫面积合计' },
    { kind: 'sum', total: `${w.name}!D${wt}`, parts: STREETS.map((_, i) => `${w.name}!D${wh + 1 + i}`), ok: true, what: '环卫工人合计' },
    { kind: 'sum', total: h.ref('合计', 'C'), parts: ['可回收物', '有害垃圾', '厨余垃圾', '其他垃圾'].map((n) => h.ref(n, 'C')), decimals: 1, ok: true, what: '分类合计（取整区间内）' },
    { kind: 'sum', total: h.ref('合计', 'D'), parts: ['可回收物', '有害垃圾', '厨余垃圾', '其他垃圾'].map((n) => h.ref(n, 'D')), decimals: 1, ok: true, what: '上年分类合计' },
    { kind: 'le', part: c.ref('其中：示范街商户数', 'C'), whole: c.ref('门前三包签约商户数', 'C'), ok: false, what: '示范街 ≤ 签约（planted）' },
    { kind: 'le', part: c.ref('其中：按期结案数', 'C'), whole: c.ref('数字城管案件受理数', 'C'), ok: true, what: '按期结案 ≤ 受理' },
    { kind: 'equal', cells: [c.ref('生活垃圾清运量', 'C'), h.ref('生活垃圾清运量', 'C')], ok: false, what: '清运量两表（planted）' },
    ...['数字城管案件受理数', '门前三包签约商户数', '违法建设拆除面积', '生活垃圾清运量'].map((n) => ({ kind: 'yoy' as const, cur: c.ref(n, 'C'), prev: c.ref(n, 'D'), threshold: 10, ok: true, what: `${n} 同比 < 10%` })),
    { kind: 'yoy', cur: h.ref('机械化清扫面积', 'C'), prev: h.ref('机械化清扫面积', 'D'), threshold: 10, ok: true, what: '机械化清扫面积同比' },
  ],
};
