/** 05 — a catalogue whose 上级指标 holds parent codes (ZF01, some written zf01) with 分项 and 其中 relations; three enforcement departments. */
import { Sheet, catalogSheet, footer } from '../../../scripts/corpus/helpers';
import type { BookSource, CellSpec } from '../../../scripts/corpus/types';

const CG = '区城管执法局';
const SC = '区市场监管局';
const HB = '区生态环境分局';
const ALL = `${CG}、${SC}、${HB}`;
const X = { reporters: ALL, aggregation: '求和' as const, kind: '计数' as const, unit: '件' };
const catalog = catalogSheet([
  { code: 'ZF01', name: '行政许可受理件数', ...X, section: '一、行政许可' },
  { code: 'ZF02', name: '准予许可件数', ...X, parent: 'ZF01', relation: '分项', section: '一、行政许可' },
  { code: 'ZF03', name: '不予许可件数', ...X, parent: 'zf01', relation: '分项', section: '一、行政许可' },
  { code: 'ZF04', name: '撤回申请件数', ...X, parent: 'ZF01', relation: '分项', section: '一、行政许可' },
  { code: 'ZF05', name: '行政处罚案件数', ...X, section: '二、行政处罚' },
  { code: 'ZF06', name: '简易程序案件数', ...X, parent: 'ZF05', relation: '分项', section: '二、行政处罚' },
  { code: 'ZF07', name: '普通程序案件数', ...X, parent: 'zf05', relation: '分项', section: '二、行政处罚' },
  { code: 'ZF08', name: '听证案件数', ...X, parent: 'ZF07', relation: '其中', section: '二、行政处罚' },
  { code: 'ZF09', name: '罚没款金额', reporters: ALL, aggregation: '求和', kind: '数值', unit: '万元', decimals: 2, section: '二、行政处罚' },
  { code: 'ZF10', name: '行政复议案件数', ...X, section: '三、行政复议' },
  { code: 'ZF11', name: '复议纠错案件数', ...X, parent: 'zf10', relation: '其中', section: '三、行政复议', note: '被撤销、变更、确认违法的' },
]);

const ROWS: [string, string, string][] = [
  ['1', '行政许可受理件数', 'ZF01'],
  ['', '　准予许可件数', 'ZF02'],
  ['', '　不予许可件数', 'ZF03'],
  ['', '　撤回申请件数', 'ZF04'],
  ['2', '行政处罚案件数', 'ZF05'],
  ['', '　其中：简易程序案件数', 'ZF06'],
  ['', '　　　　普通程序案件数', 'ZF07'],
  ['', '　　　　　其中：听证案件数', 'ZF08'],
  ['3', '罚没款金额', 'ZF09'],
  ['4', '行政复议案件数', 'ZF10'],
  ['', '　其中：复议纠错案件数', 'ZF11'],
];
function unitSheet(name: string, unit: string, values: (CellSpec | null)[], who: [string, string, string]): Sheet {
  const s = new Sheet(name);
  s.title(`2024年行政执法情况统计表（${name}）`, 6);
  s.add([`填报单位：${unit}`, null, null, null, '报告期：2024年']);
  const h = s.add(['序号', '指标名称', '编码', '单位', '本年数', '备注'], { header: true });
  ROWS.forEach(([no, label, code], i) => s.add([no ? Number(no) : null, label, code, code === 'ZF09' ? '万元' : '件', values[i]]));
  s.table = `A${h}:F${h + ROWS.length}`;
  s.add([]);
  s.add([footer(...who)]);
  s.widths = [6, 30, 8, 8, 12, 16];
  return s;
}
const amt = (n: number) => ({ n, fmt: '0.00' });
const cg = unitSheet('城管执法局', CG, [1245, 1180, 41, 24, 3862, 2917, 945, 12, amt(1356.78), 18, 2], ['马志刚', '许丽', '0571-86051234']);
const sc = unitSheet('市场监管局', SC, [2318, 2205, 63, 32, 1476, 612, 864, 9, amt(2894.16), 11, 13], ['郑国强', '何静', '0571-86045566']);
const hb = unitSheet('生态环境分局', HB, [386, 371, 9, 6, 142, 0, 142, 7, amt(1024.5), 4, null], ['钱永福', '邹燕', '0571-86067788']);

export const book: BookSource = {
  file: '05-catalogue-parent-codes',
  style: '指标目录以编码（ZF01，部分小写 zf01）指定上级指标，分项与其中并存；三个执法部门分别报送、求和汇总（区司法局汇编）',
  period: '2024年',
  sheets: [catalog, cg.build(), sc.build(), hb.build()],
  expect: {
    problems: [
      { check: 'balance', severity: 'error', sheet: '市场监管局', cell: sc.cell('行政许可受理件数', 'E'), also: [sc.cell('准予许可件数', 'E'), sc.cell('不予许可件数', 'E'), sc.cell('撤回申请件数', 'E')], indicator: '行政许可受理件数', reporter: SC, expected: '2300', actual: '2318', note: '分项 2205+63+32 = 2300 ≠ 受理 2318（不予许可的上级写作小写 zf01，仍是分项）' },
      { check: 'part-of', severity: 'error', sheet: '市场监管局', cell: sc.cell('其中：复议纠错案件数', 'E'), also: [sc.cell('行政复议案件数', 'E')], indicator: '复议纠错案件数', reporter: SC, note: '纠错 13 > 复议 11（上级 zf10）' },
      { check: 'missing', severity: 'error', sheet: '生态环境分局', cell: hb.cell('其中：复议纠错案件数', 'E'), indicator: '复议纠错案件数', reporter: HB, note: '该行本年数空白' },
    ],
    traps: [
      { sheet: '城管执法局', cell: cg.cell('行政处罚案件数', 'E'), why: '“其中：简易程序”行按目录是 分项（目录优先于“其中：”字样）：2917+945 = 3862 恰好相等；听证 12 是普通程序（ZF07）的其中项，不计入处罚分项之和' },
      { sheet: '城管执法局', cell: cg.cell('行政许可受理件数', 'E'), why: '1180+41+24 = 1245：三项分项（含上级写作 zf01 的不予许可）之和相等' },
      { sheet: '生态环境分局', cell: hb.cell('其中：简易程序案件数', 'E'), why: '简易程序 0 件：合法的 0（环境处罚均走普通程序），不是缺报；0+142 = 142' },
      { sheet: '生态环境分局', cell: hb.cell('罚没款金额', 'E'), why: '1024.5 显示为 1024.50（两位小数），求和 1356.78+2894.16+1024.50 = 5275.44' },
    ],
    summary: [
      { indicator: '行政许可受理件数', value: '3949' },
      { indicator: '行政处罚案件数', value: '5480' },
      { indicator: '罚没款金额', value: '5275.44' },
      { indicator: '复议纠错案件数', value: '15', remark: '2/3 | 未报送：区生态环境分局' },
    ],
  },
  verify: [
    { kind: 'sum', total: cg.ref('行政许可受理件数', 'E'), parts: ['准予许可件数', '不予许可件数', '撤回申请件数'].map((n) => cg.ref(n, 'E')), ok: true, what: '城管 许可分项' },
    { kind: 'sum', total: sc.ref('行政许可受理件数', 'E'), parts: ['准予许可件数', '不予许可件数', '撤回申请件数'].map((n) => sc.ref(n, 'E')), ok: false, what: '市场监管 许可分项（planted）' },
    { kind: 'sum', total: hb.ref('行政许可受理件数', 'E'), parts: ['准予许可件数', '不予许可件数', '撤回申请件数'].map((n) => hb.ref(n, 'E')), ok: true, what: '生态 许可分项' },
    ...[cg, sc, hb].map((s) => ({ kind: 'sum' as const, total: s.ref('行政处罚案件数', 'E'), parts: [s.ref('其中：简易程序案件数', 'E'), s.ref('普通程序案件数', 'E')], ok: true, what: `${s.name} 处罚分项` })),
    ...[cg, sc, hb].map((s) => ({ kind: 'le' as const, part: s.ref('其中：听证案件数', 'E'), whole: s.ref('普通程序案件数', 'E'), ok: true, what: `${s.name} 听证 ≤ 普通程序` })),
    { kind: 'le', part: cg.ref('其中：复议纠错案件数', 'E'), whole: cg.ref('行政复议案件数', 'E'), ok: true, what: '城管 纠错 ≤ 复议' },
    { kind: 'le', part: sc.ref('其中：复议纠错案件数', 'E'), whole: sc.ref('行政复议案件数', 'E'), ok: false, what: '市场监管 纠错 ≤ 复议（planted）' },
    { kind: 'sum', total: 5275.44, parts: [cg, sc, hb].map((s) => s.ref('罚没款金额', 'E')), decimals: 2, ok: true, what: '罚没款求和' },
  ],
};
