/** 16 — an agriculture bureau's book as WPS 表格 saves it (ExcelJS output rewritten to WPS's XML: rich-text runs, t="n", a wrong <dimension>, KSO properties, print titles). */
import { Sheet, catalogSheet, footer } from '../../../scripts/corpus/helpers';
import type { BookSource } from '../../../scripts/corpus/types';

const NY = '区农业农村局';
const catalog = catalogSheet([
  { code: 'NY01', name: '粮食播种面积', unit: '亩', kind: '数值', decimals: 0, reporters: NY, section: '农业生产' },
  { code: 'NY02', name: '粮食总产量', unit: '吨', kind: '数值', decimals: 0, reporters: NY, section: '农业生产' },
  { code: 'NY03', name: '早稻产量', unit: '吨', kind: '数值', decimals: 0, reporters: NY, parent: 'NY02', relation: '分项', section: '农业生产' },
  { code: 'NY04', name: '晚稻产量', unit: '吨', kind: '数值', decimals: 0, reporters: NY, parent: 'NY02', relation: '分项', section: '农业生产' },
  { code: 'NY05', name: '小麦产量', unit: '吨', kind: '数值', decimals: 0, reporters: NY, parent: 'NY02', relation: '分项', section: '农业生产' },
  { code: 'NY06', name: '其他粮食产量', unit: '吨', kind: '数值', decimals: 0, reporters: NY, parent: 'NY02', relation: '分项', section: '农业生产' },
  { code: 'NY07', name: '高标准农田建设面积', unit: '亩', kind: '数值', decimals: 0, reporters: NY, section: '农田建设' },
  { code: 'NY08', name: '农村居民人均可支配收入', unit: '元', kind: '数值', decimals: 0, reporters: NY, prev: 38652, yoy: 15, section: '农民收入' },
]);

const s = new Sheet('农业农村局');
s.title('2024年农业农村主要指标', 5);
s.add([`填报单位：${NY}`, null, null, '报告期：2024年']);
const h = s.add(['指标名称', '计量单位', '本年数', '上年数', '备注'], { header: true });
s.add(['粮食播种面积', '亩', 186420, 185960]);
s.add(['粮食总产量', '吨', 78650, 77410]);
s.add(['　早稻产量', '吨', 21340, 20980]);
s.add(['　晚稻产量', '吨', 38210, 37650]);
s.add(['　小麦产量', '吨', 6120, 6030]);
s.add(['　其他粮食产量', '吨', 12890, 12750]);
s.add(['高标准农田建设面积', '万亩', 1.2, 1.05, '新建和改造提升']);
const last = s.add(['农村居民人均可支配收入', '元', 41386, 38562]);
s.table = `A${h}:E${last}`;
s.add([]);
s.add([footer('钟立农', '廖晓梅', '0571-86220099')]);
s.widths = [26, 10, 12, 12, 16];

export const book: BookSource = {
  file: '16-saved-by-wps',
  style: '区农业农村局的表，由 WPS 表格保存（富文本共享字符串、显式 t="n"、错误的 <dimension ref="A1">、KSOProductBuildVer 自定义属性、打印标题）',
  period: '2024年',
  producer: 'wps',
  creator: 'WPS_1700000000',
  sheets: [catalog, s.build()],
  expect: {
    problems: [
      { check: 'balance', severity: 'error', sheet: '农业农村局', cell: s.cell('粮食总产量', 'C'), also: ['早稻产量', '晚稻产量', '小麦产量', '其他粮食产量'].map((n) => s.cell(n, 'C')), indicator: '粮食总产量', reporter: NY, expected: '78560', actual: '78650', note: '21340+38210+6120+12890 = 78560 ≠ 78650（数字颠倒）；上年 77410 相符' },
      { check: 'prev-year', severity: 'error', sheet: '农业农村局', cell: s.cell('农村居民人均可支配收入', 'D'), indicator: '农村居民人均可支配收入', reporter: NY, expected: '38652', actual: '38562', note: '上年数 38562 ≠ 上年公布数 38652' },
    ],
    traps: [
      { sheet: '农业农村局', cell: 'A2', why: '“填报单位：区农业农村局”在 WPS 文件里是两段富文本（键加粗）：仍读作填报单位；<dimension ref="A1"> 不能让读取只看到 A1' },
      { sheet: '农业农村局', cell: s.cell('高标准农田建设面积', 'C'), info: 'unit', why: '1.2 万亩 = 12000 亩：可换算，只有提示，汇总表写 12000' },
      { sheet: '农业农村局', cell: s.cell('农村居民人均可支配收入', 'C'), why: '41386/38652 = +7.1%，低于阈值 15%' },
    ],
    summary: [
      { indicator: '粮食总产量', value: '78650' },
      { indicator: '高标准农田建设面积', value: '12000' },
      { indicator: '农村居民人均可支配收入', value: '41386' },
    ],
  },
  verify: [
    { kind: 'sum', total: s.ref('粮食总产量', 'C'), parts: ['早稻产量', '晚稻产量', '小麦产量', '其他粮食产量'].map((n) => s.ref(n, 'C')), ok: false, what: '粮食总产量（planted）' },
    { kind: 'sum', total: s.ref('粮食总产量', 'D'), parts: ['早稻产量', '晚稻产量', '小麦产量', '其他粮食产量'].map((n) => s.ref(n, 'D')), ok: true, what: '上年粮食总产量' },
    { kind: 'value', cell: s.ref('农村居民人均可支配收入', 'D'), equals: 38652, ok: false, what: '上年收入 = 上年公布数（planted）' },
    { kind: 'yoy', cur: s.ref('农村居民人均可支配收入', 'C'), prev: 38652, threshold: 15, ok: true, what: '收入同比' },
    { kind: 'value', cell: { cell: s.ref('高标准农田建设面积', 'C'), factor: 10000 }, equals: 12000, ok: true, what: '万亩 → 亩' },
  ],
};
