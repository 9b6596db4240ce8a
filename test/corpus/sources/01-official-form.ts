/** 01 — a statistics-bureau official form (B204-1表) filled by the district industry bureau. */
import { Sheet, catalogSheet, footer } from '../../../scripts/corpus/helpers';
import type { BookSource } from '../../../scripts/corpus/types';

const U = '区工信局';
const AMT = '#,##0.0';
const a = (n: number) => ({ n, fmt: AMT });

const catalog = catalogSheet([
  { code: '101', name: '企业单位数', unit: '个', kind: '计数', reporters: U, prev: 398, section: '规模以上工业' },
  { code: '102', name: '工业总产值', unit: '万元', kind: '数值', decimals: 1, reporters: U, yoy: 30, prev: 8234567.8, section: '规模以上工业', note: '当年价格' },
  { code: '103', name: '工业销售产值', unit: '万元', kind: '数值', decimals: 1, reporters: U, section: '规模以上工业' },
  { code: '104', name: '出口交货值', unit: '万元', kind: '数值', decimals: 1, reporters: U, parent: '103', relation: '其中', section: '规模以上工业' },
  { code: '105', name: '营业收入', unit: '万元', kind: '数值', decimals: 1, reporters: U, section: '规模以上工业' },
  { code: '106', name: '主营业务收入', unit: '万元', kind: '数值', decimals: 1, reporters: U, parent: '105', relation: '分项', section: '规模以上工业' },
  { code: '107', name: '其他业务收入', unit: '万元', kind: '数值', decimals: 1, reporters: U, parent: '105', relation: '分项', section: '规模以上工业' },
  { code: '108', name: '营业成本', unit: '万元', kind: '数值', decimals: 1, reporters: U, section: '规模以上工业' },
  { code: '109', name: '利润总额', unit: '万元', kind: '数值', decimals: 1, reporters: U, section: '规模以上工业' },
  { code: '110', name: '应交增值税', unit: '万元', kind: '数值', decimals: 1, reporters: U, section: '规模以上工业' },
  { code: '111', name: '资产总计', unit: '万元', kind: '数值', decimals: 1, reporters: U, section: '规模以上工业' },
  { code: '112', name: '流动资产合计', unit: '万元', kind: '数值', decimals: 1, reporters: U, parent: '111', relation: '分项', section: '规模以上工业' },
  { code: '113', name: '非流动资产合计', unit: '万元', kind: '数值', decimals: 1, reporters: U, parent: '111', relation: '分项', section: '规模以上工业' },
  { code: '114', name: '平均用工人数', unit: '人', kind: '计数', reporters: U, section: '规模以上工业' },
]);

const s = new Sheet('工业（B204-1表）');
s.title('规模以上工业企业主要经济指标', 5);
s.add([null, null, null, '表　　号：B204-1表']);
s.add([`填报单位：${U}`, null, null, '制定机关：国家统计局']);
s.add(['报告期：2024年', null, null, '批准文号：国统制〔2023〕101号']);
s.add(['计量单位：万元', null, null, '有效期至：2025年12月']);
const head = s.add(['指标名称', '代码', '计量单位', '本年实际', '上年同期'], { header: true });
s.add(['甲', '乙', '丙', 1, 2], { header: true });
s.add(['企业单位数', { text: '101' }, '个', 412, 398]);
s.add(['工业总产值', { text: '102' }, '万元', a(8865432.1), a(8243567.8)]);
s.add(['工业销售产值', { text: '103' }, '万元', a(8612005.4), a(7998120.3)]);
s.add(['　其中：出口交货值', { text: '104' }, '万元', a(12345678000), a(1187650.2)]);
s.add(['营业收入', { text: '105' }, '万元', a(9876543.2), a(9100234.5)]);
s.add(['　主营业务收入', { text: '106' }, '万元', a(9512345.6), a(8790120.3)]);
s.add(['　其他业务收入', { text: '107' }, '万元', a(364197.5), a(310114.2)]);
s.add(['营业成本', { text: '108' }, '万元', a(8123456.7), a(7543210.9)]);
s.add(['利润总额', { text: '109' }, '万元', a(612345.8), a(587654.3)]);
s.add(['应交增值税', { text: '110' }, '万元', { f: "'[B204-1表（初报）.xlsx]Sheet1'!D18", result: { error: '#REF!' } }, a(301245.6)]);
s.add(['资产总计', { text: '111' }, '万元', a(5432198.6), a(5012345.0)]);
s.add(['　流动资产合计', { text: '112' }, '万元', a(3210456.3), a(2987654.3)]);
s.add(['　非流动资产合计', { text: '113' }, '万元', a(2222462.3), a(2024690.7)]);
const last = s.add(['平均用工人数', { text: '114' }, '人', 58764, 57210]);
s.table = `A${head}:E${last}`;
s.add([]);
s.add([footer('王建军', '赵敏', '0571-86015523', '2025年1月18日').replace('填表人', '统计负责人：李霞　　　　填表人')]);
s.merge('D2:E2').merge('D3:E3').merge('D4:E4').merge('D5:E5');
s.widths = [26, 8, 10, 16, 16];
const form = s.build();

const S = form.name;
export const book: BookSource = {
  file: '01-official-form-b204',
  style: '统计局制发的法定报表：表号/制定机关/批准文号/有效期至表头、计量单位：万元、甲乙丙列号行、代码列（区工信局填报B204-1表）',
  period: '2024年',
  sheets: [catalog, form],
  expect: {
    problems: [
      { check: 'prev-year', severity: 'error', sheet: S, cell: s.cell('工业总产值', 'E'), indicator: '工业总产值', reporter: U, expected: '8234567.8', actual: '8243567.8', note: '上年同期 8243567.8 ≠ 上年公布数 8234567.8（34↔43 两位数字颠倒）' },
      { check: 'part-of', severity: 'error', sheet: S, cell: s.cell('其中：出口交货值', 'D'), also: [s.cell('工业销售产值', 'D')], indicator: '出口交货值', reporter: U, note: '出口交货值 12345678000 > 工业销售产值 8612005.4（按元填报，10⁴ 单位错位；目录以编码 103 指定上级）' },
      { check: 'parse', severity: 'error', sheet: S, cell: s.cell('应交增值税', 'D'), indicator: '应交增值税', reporter: U, note: '公式引用外部初报文件，缓存结果为 #REF!' },
      { check: 'balance', severity: 'error', sheet: S, cell: s.cell('资产总计', 'D'), also: [s.cell('流动资产合计', 'D'), s.cell('非流动资产合计', 'D')], indicator: '资产总计', reporter: U, expected: '5432918.6', actual: '5432198.6', note: '分项之和 3210456.3+2222462.3=5432918.6，填报 5432198.6（数字颠倒），差 −720.0，超出取整区间' },
    ],
    traps: [
      { sheet: S, cell: s.cell('营业收入', 'D'), why: '主营 9512345.6 + 其他 364197.5 = 9876543.1，总数 9876543.2：差 0.1 ≤ 0.05+0.05+0.05（XBRL 取整区间），不是 balance' },
      { sheet: S, cell: s.cell('甲', 'A'), why: '甲 乙 丙 1 2 列号行：不是数据行，不得有 unknown/parse' },
      { sheet: S, cell: s.cell('有效期至：2025年12月', 'D'), why: '表号/制定机关/批准文号/有效期至表头：“有效期至：2025年12月”不是报告期，本表报告期仍为 2024年' },
      { sheet: S, cell: s.cell('企业单位数', 'E'), why: '上年同期 398 = 上年公布数 398，不是 prev-year' },
      { sheet: S, cell: s.cell('工业总产值', 'D'), why: '同比 8865432.1/8234567.8 = +7.66%，低于阈值 30%，不是 yoy' },
    ],
    summary: [
      { indicator: '工业总产值', value: '8865432.1' },
      { indicator: '营业收入', value: '9876543.2' },
      { indicator: '企业单位数', value: '412' },
      { indicator: '平均用工人数', value: '58764' },
    ],
    notes: ['编码列为文本 “101”…，与目录编码一致；上级指标以编码（103/105/111）给出'],
  },
  verify: [
    { kind: 'sum', total: s.ref('营业收入', 'D'), parts: [s.ref('主营业务收入', 'D'), s.ref('其他业务收入', 'D')], decimals: 1, ok: true, what: '营业收入 = 主营 + 其他（取整区间内）' },
    { kind: 'sum', total: s.ref('营业收入', 'E'), parts: [s.ref('主营业务收入', 'E'), s.ref('其他业务收入', 'E')], decimals: 1, ok: true, what: '上年营业收入' },
    { kind: 'sum', total: s.ref('资产总计', 'D'), parts: [s.ref('流动资产合计', 'D'), s.ref('非流动资产合计', 'D')], decimals: 1, ok: false, what: '资产总计（planted）' },
    { kind: 'sum', total: s.ref('资产总计', 'E'), parts: [s.ref('流动资产合计', 'E'), s.ref('非流动资产合计', 'E')], decimals: 1, ok: true, what: '上年资产总计' },
    { kind: 'le', part: s.ref('其中：出口交货值', 'D'), whole: s.ref('工业销售产值', 'D'), ok: false, what: '出口交货值 ≤ 销售产值（planted）' },
    { kind: 'le', part: s.ref('其中：出口交货值', 'E'), whole: s.ref('工业销售产值', 'E'), ok: true, what: '上年出口交货值' },
    { kind: 'value', cell: s.ref('工业总产值', 'E'), equals: 8234567.8, ok: false, what: '上年同期 = 上年公布数（planted）' },
    { kind: 'value', cell: s.ref('企业单位数', 'E'), equals: 398, ok: true, what: '企业单位数上年' },
    { kind: 'yoy', cur: s.ref('工业总产值', 'D'), prev: 8234567.8, threshold: 30, ok: true, what: '工业总产值同比' },
  ],
};
