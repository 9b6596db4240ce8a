/** 02 — schools as rows under a two-row merged header, 小计 per 学段 and a 合计 row (区教育局), plus a 学前教育 long sheet. */
import { colLetter } from '../../../scripts/corpus/buildBook';
import { Sheet, catalogSheet, footer, sum } from '../../../scripts/corpus/helpers';
import type { BookSource, CellSpec } from '../../../scripts/corpus/types';

const U = '区教育局';
const SEC = '义务教育和高中';
const catalog = catalogSheet([
  { code: 'JY01', name: '班级数', unit: '个', kind: '计数', reporters: U, section: SEC },
  { code: 'JY02', name: '在校学生数', unit: '人', kind: '计数', reporters: U, section: SEC },
  { code: 'JY03', name: '女生数', unit: '人', kind: '计数', reporters: U, parent: 'JY02', relation: '其中', section: SEC },
  { code: 'JY04', name: '招生数', unit: '人', kind: '计数', reporters: U, section: SEC },
  { code: 'JY05', name: '专任教师数', unit: '人', kind: '计数', reporters: U, section: SEC },
  { code: 'JY06', name: '女教师数', unit: '人', kind: '计数', reporters: U, parent: 'JY05', relation: '其中', section: SEC },
  { code: 'XQ01', name: '幼儿园数', unit: '所', kind: '计数', reporters: U, section: '学前教育' },
  { code: 'XQ02', name: '公办幼儿园数', unit: '所', kind: '计数', reporters: U, parent: 'XQ01', relation: '其中', section: '学前教育' },
  { code: 'XQ03', name: '在园幼儿数', unit: '人', kind: '计数', reporters: U, section: '学前教育' },
  { code: 'XQ04', name: '学前三年适龄人口', unit: '人', kind: '计数', reporters: U, section: '学前教育' },
  { code: 'XQ05', name: '学前三年毛入园率', unit: '%', kind: '比率', decimals: 2, reporters: U, formula: '[在园幼儿数]/[学前三年适龄人口]*100', section: '学前教育' },
  { code: 'XQ06', name: '普惠性幼儿园在园幼儿数', unit: '人', kind: '计数', reporters: U, parent: 'XQ03', relation: '其中', section: '学前教育' },
  { code: 'XQ07', name: '普惠性幼儿园覆盖率', unit: '%', kind: '比率', decimals: 2, reporters: U, formula: '[普惠性幼儿园在园幼儿数]/[在园幼儿数]*100', section: '学前教育' },
]);

type School = [string, number, number, number, number, number, number];
const BLOCKS: [string, School[]][] = [
  ['（一）小学', [
    ['城关第一小学', 36, 1620, 778, 275, 92, 71],
    ['实验小学', 42, 1890, 901, 318, 105, 84],
    ['东湖小学', 24, 1056, 497, 180, 61, 48],
    ['河西小学', 18, 742, 355, 126, 44, 35],
    ['柳树湾小学', 6, 148, 70, 0, 15, 10],
  ]],
  ['（二）初中', [
    ['城关中学', 30, 1452, 690, 486, 118, 82],
    ['第二中学', 24, 1138, 542, 380, 95, 63],
    ['东湖中学', 18, 846, 401, 282, 72, 49],
  ]],
  ['（三）高中', [
    ['第一高级中学', 36, 1782, 1863, 598, 156, 88],
    ['实验高级中学', 24, 1104, 548, 372, 98, 51],
  ]],
];

const w = new Sheet('学校基本情况');
w.title('2024年临江区中小学校基本情况统计表', 7);
w.add(['填报单位：区教育局', null, null, null, null, '报告期：2024年']);
w.add(['计量单位：个、人']);
const h1 = w.add(['学校名称', '班级数（个）', '学生情况（人）', null, null, '教职工情况（人）', null], { header: true });
w.add([null, null, '在校学生数', '女生数', '招生数', '专任教师数', '女教师数'], { header: true });
w.merge(`A${h1}:A${h1 + 1}`).merge(`B${h1}:B${h1 + 1}`).merge(`C${h1}:E${h1}`).merge(`F${h1}:G${h1}`);
const unitRows: number[] = [];
const subtotalRow: Record<string, number> = {};
for (const [heading, schools] of BLOCKS) {
  w.add([heading], { bold: true });
  const first = w.rows.length + 1;
  for (const s of schools) unitRows.push(w.add([...s]));
  const last = w.rows.length;
  const row: (CellSpec | null)[] = ['小计'];
  for (let c = 2; c <= 7; c++) {
    const total = sum(schools.map((s) => s[c - 1] as number));
    const L = colLetter(c);
    // 初中 小计 was typed over the formula, with two digits swapped in 在校学生数
    row.push(heading.includes('初中') ? (c === 3 ? 3463 : total) : { f: `SUM(${L}${first}:${L}${last})`, result: total });
  }
  subtotalRow[heading] = w.add(row, { bold: true });
}
const all = BLOCKS.flatMap(([, s]) => s);
const totals: (CellSpec | null)[] = ['合计'];
for (let c = 2; c <= 7; c++) {
  const L = colLetter(c);
  const ranges = BLOCKS.map(([heading, s]) => `${L}${subtotalRow[heading] - s.length}:${L}${subtotalRow[heading] - 1}`);
  totals.push({ f: `SUM(${ranges.join(',')})`, result: sum(all.map((s) => s[c - 1] as number)) });
}
const totalRow = w.add(totals, { bold: true });
w.table = `A${h1}:G${totalRow}`;
w.add([]);
w.add([footer('周立新', '孙悦', '0571-86021107')]);
w.widths = [18, 12, 12, 10, 10, 12, 10];
const wide = w.build();

const p = new Sheet('学前教育');
p.title('2024年学前教育基本情况', 5);
p.add(['填报单位：区教育局', null, null, '报告期：2024年']);
const ph = p.add(['序号', '指标名称', '计量单位', '本年数', '备注'], { header: true });
p.add([1, '幼儿园数', '所', 28]);
p.add([null, '其中：公办幼儿园数', '所', 12]);
p.add([2, '在园幼儿数', '人', 6352]);
p.add([null, '其中：普惠性幼儿园在园幼儿数', '人', 5981]);
p.add([3, '学前三年适龄人口', '人', 6718, '公安户籍及流动人口数据']);
p.add([4, '学前三年毛入园率', '%', 95.45]);
const plast = p.add([5, '普惠性幼儿园覆盖率', '%', 94.16]);
p.table = `A${ph}:E${plast}`;
p.add([]);
p.add([footer('周立新', '孙悦', '0571-86021107')]);
p.widths = [6, 30, 10, 12, 24];
const pre = p.build();

const W = wide.name;
const col = (c: number) => colLetter(c);
const r = (name: string) => unitRows[all.findIndex((s) => s[0] === name)];
const sub = (k: string) => subtotalRow[k];
export const book: BookSource = {
  file: '02-schools-wide-subtotals',
  style: '学校为行的宽表：两行合并表头（学校名称 A4:A5 纵向合并，学生情况/教职工情况横向合并），按学段小计，合计行（区教育局）',
  period: '2024年',
  sheets: [catalog, wide, pre],
  expect: {
    problems: [
      { check: 'balance', severity: 'error', sheet: W, cell: `C${sub('（二）初中')}`, indicator: '在校学生数', reporter: U, expected: '3436', actual: '3463', note: '初中小计手工改写为 3463，三校之和 1452+1138+846=3436（两位数字颠倒）' },
      { check: 'part-of', severity: 'error', sheet: W, cell: `D${r('第一高级中学')}`, also: [`C${r('第一高级中学')}`], indicator: '女生数', note: '单位行错误：第一高级中学女生数 1863 > 在校学生数 1782（多敲一位 1，应为 863）' },
      { check: 'ratio', severity: 'error', sheet: pre.name, cell: p.cell('学前三年毛入园率', 'D'), indicator: '学前三年毛入园率', reporter: U, expected: '94.55', actual: '95.45', note: '6352/6718×100 = 94.552 → 94.55，填报 95.45' },
    ],
    traps: [
      { sheet: W, cell: `A${h1}`, why: '学校名称纵向合并 A4:A5、学生情况横向合并 C4:E4：合并单元格的文字属于它覆盖的每一格，表头读作 在校学生数/女生数/招生数…，不得出现 unknown' },
      { sheet: W, cell: `C${sub('（一）小学')}`, why: '小学小计 = 五校之和 5456（公式缓存值），平衡' },
      { sheet: W, cell: `C${totalRow}`, why: '合计 11778 = 十所学校之和，不把小计行再加一遍（小计之和 11805 因初中小计错误而不同，但合计只对单位行）' },
      { sheet: W, cell: `E${r('柳树湾小学')}`, why: '撤并中的柳树湾小学招生数 0：合法的 0，不是缺报也不是错误' },
      { sheet: pre.name, cell: p.cell('普惠性幼儿园覆盖率', 'D'), why: '5981/6352×100 = 94.159 → 94.16，比率相符' },
    ],
    summary: [
      { indicator: '在校学生数', value: '11778' },
      { indicator: '招生数', value: '3017' },
      { indicator: '班级数', value: '258' },
      { indicator: '普惠性幼儿园覆盖率', value: '94.16' },
    ],
    notes: ['宽表的合计行提供区教育局的全区数；小计行不是单位，也不进入汇总'],
  },
  verify: [
    { kind: 'sum', total: `${W}!C${sub('（二）初中')}`, parts: BLOCKS[1][1].map((s) => `${W}!C${r(s[0])}`), ok: false, what: '初中小计 在校学生数（planted）' },
    ...[2, 3, 4, 5, 6, 7].map((c) => ({ kind: 'sum' as const, total: `${W}!${col(c)}${sub('（一）小学')}`, parts: BLOCKS[0][1].map((s) => `${W}!${col(c)}${r(s[0])}`), ok: true, what: `小学小计 ${col(c)}` })),
    ...[2, 3, 4, 5, 6, 7].map((c) => ({ kind: 'sum' as const, total: `${W}!${col(c)}${sub('（三）高中')}`, parts: BLOCKS[2][1].map((s) => `${W}!${col(c)}${r(s[0])}`), ok: true, what: `高中小计 ${col(c)}` })),
    ...[2, 4, 5, 6, 7].map((c) => ({ kind: 'sum' as const, total: `${W}!${col(c)}${sub('（二）初中')}`, parts: BLOCKS[1][1].map((s) => `${W}!${col(c)}${r(s[0])}`), ok: true, what: `初中小计 ${col(c)}` })),
    ...[2, 3, 4, 5, 6, 7].map((c) => ({ kind: 'sum' as const, total: `${W}!${col(c)}${totalRow}`, parts: all.map((s) => `${W}!${col(c)}${r(s[0])}`), ok: true, what: `合计 ${col(c)}` })),
    ...all.map((s) => ({ kind: 'le' as const, part: `${W}!D${r(s[0])}`, whole: `${W}!C${r(s[0])}`, ok: s[0] !== '第一高级中学', what: `${s[0]} 女生 ≤ 学生` })),
    ...all.map((s) => ({ kind: 'le' as const, part: `${W}!G${r(s[0])}`, whole: `${W}!F${r(s[0])}`, ok: true, what: `${s[0]} 女教师 ≤ 专任教师` })),
    { kind: 'rate', rate: p.ref('学前三年毛入园率', 'D'), num: p.ref('在园幼儿数', 'D'), den: p.ref('学前三年适龄人口', 'D'), decimals: 2, mode: '四舍五入', ok: false, what: '毛入园率（planted）' },
    { kind: 'rate', rate: p.ref('普惠性幼儿园覆盖率', 'D'), num: p.ref('普惠性幼儿园在园幼儿数', 'D'), den: p.ref('在园幼儿数', 'D'), decimals: 2, mode: '四舍五入', ok: true, what: '普惠覆盖率' },
    { kind: 'le', part: p.ref('公办幼儿园数', 'D'), whole: p.ref('幼儿园数', 'D'), ok: true, what: '公办 ≤ 幼儿园' },
  ],
};
