/** 13 — rates under each rounding mode (四舍五入, 截尾, 五成双): a ratio-truncated warning, a GRIM-impossible rate, ties and truncations that are right. */
import { Sheet, catalogSheet, footer } from '../../../scripts/corpus/helpers';
import type { BookSource } from '../../../scripts/corpus/types';

const XF = '区信访局';
const RX = '区12345热线';
const C = { kind: '计数' as const, unit: '件' };
const R = { kind: '比率' as const, unit: '%' };
const catalog = catalogSheet([
  { code: 'XF01', name: '受理信访件数', ...C, reporters: XF, section: '信访办理' },
  { code: 'XF02', name: '按期办结件数', ...C, reporters: XF, parent: 'XF01', relation: '其中', section: '信访办理' },
  { code: 'XF03', name: '按期办结率', ...R, decimals: 2, reporters: XF, formula: '[按期办结件数]/[受理信访件数]*100', section: '信访办理' },
  { code: 'XF04', name: '回访件数', ...C, reporters: XF, section: '信访办理' },
  { code: 'XF05', name: '回访满意件数', ...C, reporters: XF, parent: 'XF04', relation: '其中', section: '信访办理' },
  { code: 'XF06', name: '回访满意率', ...R, decimals: 2, rounding: '截尾', reporters: XF, formula: '[回访满意件数]/[回访件数]*100', section: '信访办理', note: '按省考核口径截尾' },
  { code: 'XF07', name: '初信初访件数', ...C, reporters: XF, section: '信访办理' },
  { code: 'XF08', name: '一次性化解件数', ...C, reporters: XF, parent: 'XF07', relation: '其中', section: '信访办理' },
  { code: 'XF09', name: '初信初访一次性化解率', ...R, decimals: 2, reporters: XF, formula: '[一次性化解件数]/[初信初访件数]*100', section: '信访办理' },
  { code: 'XF10', name: '国家信访满意度调查件数', ...C, reporters: XF, section: '满意度' },
  { code: 'XF11', name: '国满件满意件数', ...C, section: '满意度', note: '国家信访局不反馈件数' },
  { code: 'XF12', name: '国满件满意率', ...R, decimals: 2, reporters: XF, formula: '[国满件满意件数]/[国家信访满意度调查件数]*100', section: '满意度' },
  { code: 'XF13', name: '法治宣传调查样本数', unit: '人', kind: '计数', reporters: XF, section: '满意度' },
  { code: 'XF14', name: '知晓人数', unit: '人', kind: '计数', reporters: XF, section: '满意度' },
  { code: 'XF15', name: '群众知晓率', ...R, decimals: 1, rounding: '五成双', reporters: XF, formula: '[知晓人数]/[法治宣传调查样本数]*100', section: '满意度' },
  { code: 'RX01', name: '热线工单数', ...C, reporters: RX, section: '12345热线' },
  { code: 'RX02', name: '按时办结工单数', ...C, reporters: RX, parent: 'RX01', relation: '其中', section: '12345热线' },
  { code: 'RX03', name: '工单按时办结率', ...R, decimals: 2, rounding: '截尾', reporters: RX, formula: '[按时办结工单数]/[热线工单数]*100', section: '12345热线' },
  { code: 'RX04', name: '工单回访数', ...C, reporters: RX, section: '12345热线' },
  { code: 'RX05', name: '工单回访满意数', ...C, section: '12345热线' },
  { code: 'RX06', name: '工单回访满意率', ...R, decimals: 2, reporters: RX, formula: '[工单回访满意数]/[工单回访数]*100', section: '12345热线' },
]);

const x = new Sheet('信访局');
x.title('2024年信访工作主要指标', 5);
x.add([`填报单位：${XF}`, null, null, '报告期：2024年']);
const xh = x.add(['序号', '指标名称', '单位', '本年数', '备注'], { header: true });
x.add([1, '受理信访件数', '件', 1587]);
x.add([2, '按期办结件数', '件', 1523]);
x.add([3, '按期办结率', '%', 95.96]);
x.add([4, '回访件数', '件', 845]);
x.add([5, '回访满意件数', '件', 811]);
x.add([6, '回访满意率', '%', 95.97, '截尾']);
x.add([7, '初信初访件数', '件', 1187]);
x.add([8, '一次性化解件数', '件', 1102]);
x.add([9, '初信初访一次性化解率', '%', 93.84]);
x.add([10, '国家信访满意度调查件数', '件', 87]);
x.add([11, '国满件满意率', '%', '92.50%', '国家信访局反馈']);
x.add([12, '法治宣传调查样本数', '人', 400]);
x.add([13, '知晓人数', '人', 353]);
const xl = x.add([14, '群众知晓率', '%', { n: 0.882, fmt: '0.0%' }, '四舍六入五成双']);
x.table = `A${xh}:E${xl}`;
x.add([]);
x.add([footer('魏振东', '雷蕾', '0571-86200077')]);
x.widths = [6, 26, 8, 12, 18];

const r = new Sheet('12345热线');
r.title('2024年12345热线工单办理情况', 4);
r.add([`填报单位：${RX}`, null, '报告期：2024年']);
const rh = r.add(['指标名称', '单位', '本年数', '备注'], { header: true });
r.add(['热线工单数', '件', 29104]);
r.add(['按时办结工单数', '件', 28731]);
r.add(['工单按时办结率', '%', 98.72, '四舍五入所得']);
r.add(['工单回访数', '件', 113]);
const rl = r.add(['工单回访满意率', '%', 95.58]);
r.table = `A${rh}:D${rl}`;
r.widths = [22, 8, 12, 16];

export const book: BookSource = {
  file: '13-rounding-modes-grim',
  style: '信访局与12345热线的比率：四舍五入、截尾、五成双三种取舍，截尾冒充四舍五入，GRIM 不可能的满意率',
  period: '2024年',
  sheets: [catalog, x.build(), r.build()],
  expect: {
    problems: [
      { check: 'ratio-truncated', severity: 'warning', sheet: '信访局', cell: x.cell('按期办结率', 'D'), indicator: '按期办结率', reporter: XF, expected: '95.97', actual: '95.96', note: '1523/1587×100 = 95.967，四舍五入 95.97，填报 95.96 是截尾（只报 ratio-truncated，不再报 ratio）' },
      { check: 'ratio', severity: 'error', sheet: '信访局', cell: x.cell('初信初访一次性化解率', 'D'), indicator: '初信初访一次性化解率', reporter: XF, expected: '92.84', actual: '93.84', note: '1102/1187×100 = 92.839 → 92.84' },
      { check: 'granularity', severity: 'error', sheet: '信访局', cell: x.cell('国满件满意率', 'D'), indicator: '国满件满意率', reporter: XF, note: '分母 87 已知、分子不报：80/87 = 91.95%，81/87 = 93.10%，没有整数能得 92.50%' },
      { check: 'ratio', severity: 'error', sheet: '12345热线', cell: r.cell('工单按时办结率', 'C'), indicator: '工单按时办结率', reporter: RX, expected: '98.71', actual: '98.72', note: '目录取舍为截尾：28731/29104×100 = 98.718 → 98.71；填报 98.72 是四舍五入' },
    ],
    traps: [
      { sheet: '信访局', cell: x.cell('回访满意率', 'D'), why: '811/845×100 = 95.976：目录取舍为截尾，95.97 正确（不是 ratio-truncated）' },
      { sheet: '信访局', cell: x.cell('群众知晓率', 'D'), why: '0.882 以 0.0% 显示为 88.2%：353/400×100 = 88.25 恰为平局，五成双 → 88.2（四舍五入会得 88.3）' },
      { sheet: '12345热线', cell: r.cell('工单回访满意率', 'C'), why: 'GRIM 可能：108/113 = 95.575 → 95.58，不是 granularity' },
    ],
    summary: [
      { indicator: '按期办结率', value: '95.96' },
      { indicator: '回访满意率', value: '95.97' },
      { indicator: '群众知晓率', value: '88.2' },
    ],
  },
  verify: [
    { kind: 'rate', rate: x.ref('按期办结率', 'D'), num: x.ref('按期办结件数', 'D'), den: x.ref('受理信访件数', 'D'), decimals: 2, mode: '四舍五入', ok: 'truncated', what: '按期办结率（planted 截尾）' },
    { kind: 'rate', rate: x.ref('回访满意率', 'D'), num: x.ref('回访满意件数', 'D'), den: x.ref('回访件数', 'D'), decimals: 2, mode: '截尾', ok: true, what: '回访满意率 截尾' },
    { kind: 'rate', rate: x.ref('回访满意率', 'D'), num: x.ref('回访满意件数', 'D'), den: x.ref('回访件数', 'D'), decimals: 2, mode: '四舍五入', ok: 'truncated', what: '（对照）按四舍五入它只是截尾值' },
    { kind: 'rate', rate: x.ref('初信初访一次性化解率', 'D'), num: x.ref('一次性化解件数', 'D'), den: x.ref('初信初访件数', 'D'), decimals: 2, mode: '四舍五入', ok: false, what: '一次性化解率（planted）' },
    { kind: 'grim', rate: x.ref('国满件满意率', 'D'), den: x.ref('国家信访满意度调查件数', 'D'), decimals: 2, possible: false, what: '国满件 GRIM（planted）' },
    { kind: 'rate', rate: x.ref('群众知晓率', 'D'), num: x.ref('知晓人数', 'D'), den: x.ref('法治宣传调查样本数', 'D'), decimals: 1, mode: '五成双', ok: true, what: '知晓率 五成双平局' },
    { kind: 'rate', rate: r.ref('工单按时办结率', 'C'), num: r.ref('按时办结工单数', 'C'), den: r.ref('热线工单数', 'C'), decimals: 2, mode: '截尾', ok: false, what: '按时办结率 截尾（planted：报了四舍五入值）' },
    { kind: 'grim', rate: r.ref('工单回访满意率', 'C'), den: r.ref('工单回访数', 'C'), decimals: 2, possible: true, what: '回访满意率 GRIM 可能' },
  ],
};
