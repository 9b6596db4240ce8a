/** 07 — 章节 names that already carry outline numbers (一、建筑业); narrative templates with 同比/增减/百分点/上年 placeholders. */
import { colLetter } from '../../../scripts/corpus/buildBook';
import { Sheet, catalogSheet, footer, templatesSheet } from '../../../scripts/corpus/helpers';
import type { BookSource } from '../../../scripts/corpus/types';

const ZJ = '区住建局';
const SW = '区商务局';
const S1 = '一、建筑业';
const S2 = '二、批发和零售业';
const S3 = '三、住宿和餐饮业';
const catalog = catalogSheet([
  { code: 'JZ01', name: '建筑业企业数', unit: '个', kind: '计数', reporters: ZJ, prev: 86, section: S1, note: '资质以上' },
  { code: 'JZ02', name: '建筑业总产值', unit: '亿元', kind: '数值', decimals: 1, reporters: ZJ, yoy: 30, prev: 320.5, section: S1 },
  { code: 'JZ03', name: '房屋施工面积', unit: '万平方米', kind: '数值', decimals: 1, reporters: ZJ, prev: 1256.3, section: S1 },
  { code: 'JZ04', name: '房屋竣工面积', unit: '万平方米', kind: '数值', decimals: 1, reporters: ZJ, prev: 402.7, section: S1 },
  { code: 'PL01', name: '社会消费品零售总额', unit: '亿元', kind: '数值', decimals: 1, reporters: SW, yoy: 20, prev: 415.2, section: S2 },
  { code: 'PL02', name: '限上批零企业数', unit: '个', kind: '计数', reporters: SW, prev: 312, section: S2 },
  { code: 'PL03', name: '网上零售额', unit: '亿元', kind: '数值', decimals: 1, reporters: SW, prev: 62.4, section: S2 },
  { code: 'PL04', name: '网上零售额占比', unit: '%', kind: '比率', decimals: 1, reporters: SW, formula: '[网上零售额]/[社会消费品零售总额]*100', prev: 15.0, section: S2 },
  { code: 'ZC01', name: '住宿和餐饮业营业额', unit: '亿元', kind: '数值', decimals: 1, reporters: SW, prev: 58.6, section: S3 },
]);

const d1 = (n: number) => ({ n, fmt: '0.0' });
const z = new Sheet('住建局');
z.title('2024年建筑业主要指标', 5);
z.add([`填报单位：${ZJ}`, null, null, '报告期：2024年']);
const zh = z.add(['指标名称', '计量单位', '本年数', '上年数', '备注'], { header: true });
z.add(['建筑业企业数', '个', 94, 86, '资质以上']);
z.add(['建筑业总产值', '亿元', d1(356.8), d1(320.5)]);
z.add(['房屋施工面积', '万平方米', d1(1198.7), d1(1256.3)]);
const zl = z.add(['房屋竣工面积', '万平方米', '待统计局反馈', d1(402.7)]);
z.table = `A${zh}:E${zl}`;
z.add([]);
z.add([footer('冯建华', '唐亮', '0571-86080123')]);
z.widths = [24, 10, 12, 12, 14];

const s = new Sheet('商务局');
s.title('2024年商贸流通主要指标', 5);
s.add([`填报单位：${SW}`, null, null, '报告期：2024年']);
const sh = s.add(['指标名称', '计量单位', '本年数', '上年数', '备注'], { header: true });
s.add(['社会消费品零售总额', '亿元', d1(452.8), d1(415.2)]);
s.add(['限上批零企业数', '个', 335, 321]);
s.add(['网上零售额', '亿元', d1(75.6), d1(62.4)]);
s.add(['网上零售额占比', '%', d1(16.7), d1(15.0)]);
s.add(['汽车类零售额', '亿元', d1(88.3), d1(80.9), '限额以上']);
const sl = s.add(['住宿和餐饮业营业额', '亿元', d1(61.9), d1(58.6)]);
s.table = `A${sh}:E${sl}`;
s.add([]);
s.add([footer('潘立群', '董雪', '0571-86090456')]);
s.widths = [24, 10, 12, 12, 14];

const templates = templatesSheet([
  { section: S1, order: 1, template: '{年度}年，全区资质以上建筑业企业{建筑业企业数}个，比上年{建筑业企业数:增减}；完成建筑业总产值{建筑业总产值}亿元，{建筑业总产值:同比}。' },
  { section: S1, order: 2, template: '房屋施工面积{房屋施工面积}万平方米，{房屋施工面积:同比}。' },
  { section: S2, order: 1, template: '全年实现社会消费品零售总额{社会消费品零售总额}亿元，{社会消费品零售总额:同比}；其中网上零售额{网上零售额}亿元，占比{网上零售额占比}%，比上年{网上零售额占比:百分点}。' },
  { section: S3, order: 1, template: '住宿和餐饮业营业额{住宿和餐饮业营业额}亿元，{住宿和餐饮业营业额:同比}，{上年度}年为{住宿和餐饮业营业额:上年}亿元。' },
]);

export const book: BookSource = {
  file: '07-outline-numbered-sections',
  style: '区统计局综合汇编：章节名自带大纲序号（一、建筑业 二、批发和零售业 三、住宿和餐饮业），亿元一位小数，带文字模板',
  period: '2024年',
  sheets: [catalog, z.build(), s.build(), templates],
  expect: {
    problems: [
      { check: 'parse', severity: 'error', sheet: '住建局', cell: z.cell('房屋竣工面积', 'C'), indicator: '房屋竣工面积', reporter: ZJ, note: '“待统计局反馈”不是数' },
      { check: 'prev-year', severity: 'error', sheet: '商务局', cell: s.cell('限上批零企业数', 'D'), indicator: '限上批零企业数', reporter: SW, expected: '312', actual: '321', note: '上年数 321 ≠ 上年公布数 312（数字颠倒）' },
      { check: 'unknown', severity: 'info', sheet: '商务局', cell: s.cell('汽车类零售额', 'A'), note: '“汽车类零售额”不在目录中' },
    ],
    traps: [
      { sheet: '指标目录', cell: `${colLetter(catalog.rows[0].indexOf('章节') + 1)}2`, why: '章节“一、建筑业”自带序号：汇总表分组和文字说明标题保留为“一、建筑业”，不再编号成“一、一、建筑业”' },
      { sheet: '商务局', cell: s.cell('网上零售额占比', 'C'), why: '75.6/452.8×100 = 16.696 → 16.7（一位小数），比率相符' },
      { sheet: '住建局', cell: z.cell('建筑业总产值', 'C'), why: '356.8/320.5 = +11.3%，低于 30% 阈值；上年数 = 上年公布数' },
      { sheet: '住建局', cell: z.cell('房屋施工面积', 'C'), why: '下降 4.6%：无阈值，不是 yoy；文字中写作 1198.7（不加千分位）' },
    ],
    summary: [
      { indicator: '建筑业总产值', value: '356.8' },
      { indicator: '社会消费品零售总额', value: '452.8' },
      { indicator: '网上零售额占比', value: '16.7' },
      { indicator: '房屋竣工面积', value: '' },
    ],
    narrative: [
      '2024年，全区资质以上建筑业企业94个，比上年增加8个；完成建筑业总产值356.8亿元，同比增长11.3%。',
      '房屋施工面积1198.7万平方米，同比下降4.6%。',
      '全年实现社会消费品零售总额452.8亿元，同比增长9.1%；其中网上零售额75.6亿元，占比16.7%，比上年提高1.7个百分点。',
      '住宿和餐饮业营业额61.9亿元，同比增长5.6%，2023年为58.6亿元。',
    ],
    notes: ['汇总表与文字说明的分组标题依次为 一、建筑业 / 二、批发和零售业 / 三、住宿和餐饮业'],
  },
  verify: [
    { kind: 'rate', rate: s.ref('网上零售额占比', 'C'), num: s.ref('网上零售额', 'C'), den: s.ref('社会消费品零售总额', 'C'), decimals: 1, mode: '四舍五入', ok: true, what: '网上零售额占比' },
    { kind: 'rate', rate: s.ref('网上零售额占比', 'D'), num: s.ref('网上零售额', 'D'), den: s.ref('社会消费品零售总额', 'D'), decimals: 1, mode: '四舍五入', ok: true, what: '上年占比' },
    { kind: 'yoy', cur: z.ref('建筑业总产值', 'C'), prev: 320.5, threshold: 30, ok: true, what: '建筑业总产值同比 (11.3%)' },
    { kind: 'yoy', cur: s.ref('社会消费品零售总额', 'C'), prev: 415.2, threshold: 20, ok: true, what: '社零同比 (9.1%)' },
    { kind: 'value', cell: s.ref('限上批零企业数', 'D'), equals: 312, ok: false, what: '限上批零上年（planted）' },
  ],
};
