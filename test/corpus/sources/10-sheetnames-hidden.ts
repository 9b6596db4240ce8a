/** 10 — sheet names with spaces and full-width brackets; hidden rows (one a needed part, one a stale copy) and a hidden column of stale first-submission figures. */
import { Sheet, catalogSheet, footer } from '../../../scripts/corpus/helpers';
import type { BookSource } from '../../../scripts/corpus/types';

const RS = '区人社局';
const K = { kind: '计数' as const, unit: '人', reporters: RS };
const catalog = catalogSheet([
  { code: 'JY01', name: '城镇新增就业人数', ...K, section: '就业' },
  { code: 'JY02', name: '企业吸纳就业人数', ...K, parent: 'JY01', relation: '分项', section: '就业' },
  { code: 'JY03', name: '灵活就业人数', ...K, parent: 'JY01', relation: '分项', section: '就业' },
  { code: 'JY04', name: '公益性岗位安置人数', ...K, parent: 'JY01', relation: '分项', section: '就业' },
  { code: 'JY05', name: '城镇登记失业人数', ...K, section: '就业' },
  { code: 'SB01', name: '企业职工基本养老保险参保人数', ...K, section: '社会保险' },
  { code: 'SB02', name: '城乡居民基本养老保险参保人数', ...K, section: '社会保险' },
  { code: 'SB03', name: '工伤保险参保人数', ...K, section: '社会保险' },
  { code: 'SB04', name: '失业保险参保人数', ...K, yoy: 20, section: '社会保险' },
  { code: 'RC01', name: '引进高层次人才数', ...K, section: '人才' },
  { code: 'RC02', name: '博士研究生人数', ...K, parent: 'RC01', relation: '其中', section: '人才' },
]);

const a = new Sheet('（一）就业 情况');
a.title('2024年就业情况统计表', 7);
a.add([`填报单位：${RS}`, null, null, null, null, '报告期：2024年']);
const ah = a.add(['序号', '指标名称', '计量单位', '本年数', '初报数', '上年数', '备注'], { header: true });
a.add([1, '城镇新增就业人数', '人', 12650, 12480, 11920]);
a.add([null, '　企业吸纳就业人数', '人', 9320, 9200, 8870]);
a.add([null, '　灵活就业人数', '人', 3010, 2960, 2750]);
a.add([null, '　公益性岗位安置人数', '人', 320, 320, 300], { hidden: true });
a.add([2, '城镇登记失业人数', '人', 4215, 4188, 4388, '年末数']);
const al = a.add([null, '城镇登记失业人数', '人', 4302, 4302, null, '11月末数（旧）'], { hidden: true });
a.table = `A${ah}:G${al}`;
a.hiddenCols = ['E'];
a.add([]);
a.add([footer('罗建平', '谢婷', '0571-86110022')]);
a.widths = [6, 28, 10, 12, 12, 12, 16];

const b = new Sheet('（二）社会保险 情况');
b.title('2024年社会保险参保情况', 5);
b.add([`填报单位：${RS}`, null, null, '报告期：2024年']);
const bh = b.add(['序号', '指标名称', '计量单位', '本年数', '上年数'], { header: true });
b.add([1, '企业职工基本养老保险参保人数', '人', 286540, 271320]);
b.add([2, '城乡居民基本养老保险参保人数', '人', 98760, 101250]);
b.add([3, '工伤保险参保人数', '人', 201330, 190870]);
const bl = b.add([4, '失业保险参保人数', '人', 176480, 142310]);
b.table = `A${bh}:E${bl}`;
b.add([]);
b.add([footer('罗建平', '谢婷', '0571-86110022')]);
b.widths = [6, 32, 10, 12, 12];

const c = new Sheet('人才 引进（三）');
c.title('2024年高层次人才引进情况', 4);
c.add([`填报单位：${RS}`, null, '报告期：2024年']);
const ch = c.add(['指标名称', '计量单位', '本年数', '备注'], { header: true });
c.add(['引进高层次人才数', '人', 186]);
const cl = c.add(['其中：博士研究生人数', '人', 218, '含博士后']);
c.table = `A${ch}:D${cl}`;
c.widths = [28, 10, 12, 14];

const A = a.name;
export const book: BookSource = {
  file: '10-sheet-names-hidden-rows',
  style: '表名带空格和全角括号（（一）就业 情况）；隐藏行（一行是必需的分项，一行是旧数副本）与隐藏的“初报数”列',
  period: '2024年',
  sheets: [catalog, a.build(), b.build(), c.build()],
  expect: {
    problems: [
      { check: 'duplicate', severity: 'error', sheet: A, cell: `D${al}`, also: [`D${al - 1}`], indicator: '城镇登记失业人数', reporter: RS, note: '隐藏行仍是数据：城镇登记失业人数 4215 与隐藏的旧行 4302 在同一表内不同' },
      { check: 'yoy', severity: 'warning', sheet: b.name, cell: b.cell('失业保险参保人数', 'D'), indicator: '失业保险参保人数', reporter: RS, note: '176480 / 142310 = +24.0%，超过阈值 20%' },
      { check: 'part-of', severity: 'error', sheet: c.name, cell: c.cell('其中：博士研究生人数', 'C'), also: [c.cell('引进高层次人才数', 'C')], indicator: '博士研究生人数', reporter: RS, note: '博士 218 > 引进总数 186（把博士后也算进去了）' },
    ],
    traps: [
      { sheet: A, cell: a.cell('城镇新增就业人数', 'D'), why: '9320+3010+320 = 12650：第三个分项在隐藏行里，隐藏行照读，分项相符（不计隐藏行则差 320）' },
      { sheet: A, cell: a.cell('城镇新增就业人数', 'E'), why: '隐藏的“初报数”列（12480…）不是 §2.1 的值列：不读，不生成 duplicate/cross-source' },
      { sheet: A, cell: a.cell('城镇新增就业人数', 'B'), why: '表名“（一）就业 情况”含空格与全角括号，照常识别为报送表，报送单位取填报单位 区人社局' },
    ],
    summary: [
      { indicator: '城镇新增就业人数', value: '12650' },
      { indicator: '公益性岗位安置人数', value: '320' },
      { indicator: '失业保险参保人数', value: '176480' },
    ],
    notes: ['三张报送表的报送单位都是 区人社局'],
  },
  verify: [
    { kind: 'sum', total: a.ref('城镇新增就业人数', 'D'), parts: [a.ref('企业吸纳就业人数', 'D'), a.ref('灵活就业人数', 'D'), a.ref('公益性岗位安置人数', 'D')], ok: true, what: '新增就业 含隐藏行' },
    { kind: 'sum', total: a.ref('城镇新增就业人数', 'D'), parts: [a.ref('企业吸纳就业人数', 'D'), a.ref('灵活就业人数', 'D')], ok: false, what: '（对照）不计隐藏行则不平' },
    { kind: 'sum', total: a.ref('城镇新增就业人数', 'F'), parts: [a.ref('企业吸纳就业人数', 'F'), a.ref('灵活就业人数', 'F'), a.ref('公益性岗位安置人数', 'F')], ok: true, what: '上年新增就业' },
    { kind: 'equal', cells: [`${A}!D${al - 1}`, `${A}!D${al}`], ok: false, what: '失业人数两行（planted duplicate）' },
    { kind: 'yoy', cur: b.ref('失业保险参保人数', 'D'), prev: b.ref('失业保险参保人数', 'E'), threshold: 20, ok: false, what: '失业保险同比（planted）' },
    ...['企业职工基本养老保险参保人数', '城乡居民基本养老保险参保人数', '工伤保险参保人数'].map((n) => ({ kind: 'yoy' as const, cur: b.ref(n, 'D'), prev: b.ref(n, 'E'), threshold: 20, ok: true, what: `${n} 同比` })),
    { kind: 'le', part: c.ref('其中：博士研究生人数', 'C'), whole: c.ref('引进高层次人才数', 'C'), ok: false, what: '博士 ≤ 引进（planted）' },
  ],
};
