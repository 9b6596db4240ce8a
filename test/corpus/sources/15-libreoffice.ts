/** 15 — a culture & tourism bureau's book as LibreOffice Calc saves it (built with ExcelJS, re-saved by soffice --convert-to xlsx). */
import { Sheet, catalogSheet, footer } from '../../../scripts/corpus/helpers';
import type { BookSource } from '../../../scripts/corpus/types';

const WG = '区文广旅体局';
const catalog = catalogSheet([
  { code: 'WG01', name: '公共图书馆数', unit: '个', kind: '计数', reporters: WG, section: '公共文化' },
  { code: 'WG02', name: '图书总藏量', unit: '万册', kind: '数值', decimals: 1, reporters: WG, yoy: 30, section: '公共文化' },
  { code: 'WG03', name: '图书馆总流通人次', unit: '万人次', kind: '数值', decimals: 1, reporters: WG, yoy: 30, section: '公共文化' },
  { code: 'WG04', name: '群众文化活动场次', unit: '场', kind: '计数', reporters: WG, section: '公共文化' },
  { code: 'WG05', name: '线下活动场次', unit: '场', kind: '计数', reporters: WG, parent: 'WG04', relation: '分项', section: '公共文化' },
  { code: 'WG06', name: '线上活动场次', unit: '场', kind: '计数', reporters: WG, parent: 'WG04', relation: '分项', section: '公共文化' },
  { code: 'WG07', name: 'A级旅游景区数', unit: '个', kind: '计数', reporters: WG, section: '旅游' },
  { code: 'WG08', name: '4A级及以上景区数', unit: '个', kind: '计数', reporters: WG, parent: 'WG07', relation: '其中', section: '旅游' },
  { code: 'WG09', name: '旅游总收入', unit: '亿元', kind: '数值', decimals: 2, reporters: WG, section: '旅游' },
]);

const s = new Sheet('文广旅体局');
s.title('2024年文化和旅游发展统计表', 6);
s.add([`填报单位：${WG}`, null, null, null, '报告期：2024年']);
const h = s.add(['序号', '指标名称', '计量单位', '本年数', '上年数', '备注'], { header: true });
const d1 = (n: number) => ({ n, fmt: '0.0' });
s.add([1, '公共图书馆数', '个', 6, 6]);
s.add([2, '图书总藏量', '万册', d1(186.4), d1(172.9)]);
s.add([3, '图书馆总流通人次', '万人次', d1(98.6), d1(67.8), '新馆开放']);
s.add([4, '群众文化活动场次', '场', 2571, 2306]);
s.add([null, '　线下活动场次', '场', 1862, 1744]);
s.add([null, '　线上活动场次', '场', 655, 562]);
s.add([5, 'A级旅游景区数', '个', 14, 13]);
s.add([null, '　其中：4A级及以上景区数', '个', 5, 4]);
const last = s.add([6, '旅游总收入', '万元', { n: 381500, fmt: '#,##0' }, { n: 352600, fmt: '#,##0' }, '财务口径按万元']);
s.table = `A${h}:F${last}`;
s.add([]);
s.add([footer('易文华', '龚雪', '0571-86210088')]);
s.widths = [6, 28, 10, 12, 12, 16];

export const book: BookSource = {
  file: '15-saved-by-libreoffice',
  style: '区文广旅体局的表，由 LibreOffice Calc 另存为 .xlsx（LibreOffice 自己的 XML：共享字符串、样式、列宽写法都不同于 Excel/ExcelJS）',
  period: '2024年',
  producer: 'libreoffice',
  sheets: [catalog, s.build()],
  expect: {
    problems: [
      { check: 'balance', severity: 'error', sheet: '文广旅体局', cell: s.cell('群众文化活动场次', 'D'), also: [s.cell('线下活动场次', 'D'), s.cell('线上活动场次', 'D')], indicator: '群众文化活动场次', reporter: WG, expected: '2517', actual: '2571', note: '1862+655 = 2517 ≠ 2571（数字颠倒）；上年 1744+562 = 2306 相符' },
      { check: 'yoy', severity: 'warning', sheet: '文广旅体局', cell: s.cell('图书馆总流通人次', 'D'), indicator: '图书馆总流通人次', reporter: WG, note: '98.6/67.8 = +45.4%，超过阈值 30%' },
    ],
    traps: [
      { sheet: '文广旅体局', cell: s.cell('旅游总收入', 'D'), info: 'unit', why: '381500 万元 = 38.15 亿元：可换算单位，只有提示，汇总表写 38.15' },
      { sheet: '文广旅体局', cell: s.cell('图书总藏量', 'D'), why: '186.4/172.9 = +7.8%，低于 30%；LibreOffice 写出的 0.0 格式照读为一位小数' },
      { sheet: '文广旅体局', cell: s.cell('其中：4A级及以上景区数', 'D'), why: '5 ≤ 14' },
    ],
    summary: [
      { indicator: '旅游总收入', value: '38.15' },
      { indicator: '群众文化活动场次', value: '2571' },
      { indicator: '图书总藏量', value: '186.4' },
    ],
  },
  verify: [
    { kind: 'sum', total: s.ref('群众文化活动场次', 'D'), parts: [s.ref('线下活动场次', 'D'), s.ref('线上活动场次', 'D')], ok: false, what: '群众文化活动（planted）' },
    { kind: 'sum', total: s.ref('群众文化活动场次', 'E'), parts: [s.ref('线下活动场次', 'E'), s.ref('线上活动场次', 'E')], ok: true, what: '上年群众文化活动' },
    { kind: 'yoy', cur: s.ref('图书馆总流通人次', 'D'), prev: s.ref('图书馆总流通人次', 'E'), threshold: 30, ok: false, what: '流通人次同比（planted）' },
    { kind: 'yoy', cur: s.ref('图书总藏量', 'D'), prev: s.ref('图书总藏量', 'E'), threshold: 30, ok: true, what: '藏量同比' },
    { kind: 'value', cell: { cell: s.ref('旅游总收入', 'D'), factor: 0.0001 }, equals: 38.15, ok: true, what: '万元 → 亿元' },
  ],
};
