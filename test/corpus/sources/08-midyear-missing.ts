/** 08 — a mid-year (1-6月) compilation where two units have sent nothing, one left a figure blank, and some indicators nobody reported. */
import { Sheet, catalogSheet, footer } from '../../../scripts/corpus/helpers';
import type { BookSource, Row } from '../../../scripts/corpus/types';

const FG = '区发改局';
const CZ = '区财政局';
const RS = '区人社局';
const NY = '区农业农村局';
const JT = '区交通运输局';
const WL = '区文旅局';
const catalog = catalogSheet([
  { code: 'FG01', name: '重点项目数', unit: '个', kind: '计数', reporters: FG, section: '项目建设' },
  { code: 'FG02', name: '重点项目完成投资', unit: '亿元', kind: '数值', decimals: 1, reporters: `${FG}、${JT}`, aggregation: '求和', section: '项目建设' },
  { code: 'CZ01', name: '一般公共预算收入', unit: '亿元', kind: '数值', decimals: 2, reporters: CZ, section: '财政' },
  { code: 'CZ02', name: '一般公共预算支出', unit: '亿元', kind: '数值', decimals: 2, reporters: CZ, section: '财政' },
  { code: 'CZ03', name: '税收收入', unit: '亿元', kind: '数值', decimals: 2, section: '财政', note: '税收占比的分子，不单独报送' },
  { code: 'CZ04', name: '税收占比', unit: '%', kind: '比率', decimals: 1, reporters: CZ, formula: '[税收收入]/[一般公共预算收入]*100', section: '财政' },
  { code: 'RS01', name: '城镇新增就业人数', unit: '人', kind: '计数', reporters: RS, section: '就业' },
  { code: 'RS02', name: '失业人员再就业人数', unit: '人', kind: '计数', reporters: RS, section: '就业' },
  { code: 'RS03', name: '城镇调查失业率', unit: '%', kind: '比率', decimals: 1, reporters: RS, section: '就业' },
  { code: 'RS04', name: '参加职业技能培训人次', unit: '人次', kind: '计数', reporters: RS, section: '就业' },
  { code: 'NY01', name: '粮食播种面积', unit: '万亩', kind: '数值', decimals: 2, reporters: NY, section: '农业农村' },
  { code: 'NY02', name: '农村居民人均可支配收入', unit: '元', kind: '数值', decimals: 0, reporters: NY, section: '农业农村' },
  { code: 'JT01', name: '公路客运量', unit: '万人次', kind: '数值', decimals: 1, reporters: JT, section: '交通' },
  { code: 'WL01', name: '接待游客人次', unit: '万人次', kind: '数值', decimals: 1, reporters: WL, section: '文化旅游' },
  { code: 'WL02', name: '旅游总收入', unit: '亿元', kind: '数值', decimals: 2, reporters: WL, section: '文化旅游' },
]);

function unitSheet(name: string, unit: string, rows: Row[], who: [string, string, string]): Sheet {
  const s = new Sheet(name);
  s.title(`2024年1-6月重点指标完成情况（${unit}）`, 4);
  s.add([`填报单位：${unit}`, null, '报告期：2024年1-6月']);
  const h = s.add(['指标名称', '计量单位', '本期数', '备注'], { header: true });
  for (const r of rows) s.add(r);
  s.table = `A${h}:D${h + rows.length}`;
  s.add([]);
  s.add([footer(...who, '2024年7月8日')]);
  s.widths = [26, 10, 12, 24];
  return s;
}
const d = (n: number, k: number) => ({ n, fmt: k === 1 ? '0.0' : '0.00' });
const fg = unitSheet('发改局1-6月', FG, [['重点项目数', '个', 46], ['重点项目完成投资', '亿元', d(58.6, 1), '不含交通项目']], ['蒋文斌', '卢倩', '0571-86100011']);
const cz = unitSheet('财政局1-6月', CZ, [['一般公共预算收入', '亿元', d(36.42, 2)], ['一般公共预算支出', '亿元', d(41.87, 2)], ['税收占比', '%', d(82.6, 1)]], ['吴志明', '吴芳', '0571-86033301']);
const rs = unitSheet('人社局1-6月', RS, [['城镇新增就业人数', '人', 6218], ['失业人员再就业人数', '人', 1432], ['城镇调查失业率', '%', '—', '区级不单独发布'], ['参加职业技能培训人次', '人次', null, '数据待核']], ['罗建平', '谢婷', '0571-86110022']);
const wl = unitSheet('文旅局1-6月', WL, [['接待游客人次', '万人次', d(326.8, 1)], ['旅游总收入', '亿元', d(38.15, 2)]], ['高志远', '曹颖', '0571-86120033']);

export const book: BookSource = {
  file: '08-midyear-missing-units',
  style: '年中（1-6月）进度汇编：两个单位整表未报，一个单位漏填一项，若干指标无人报送（汇总表仍保留行）',
  period: '2024年1-6月',
  sheets: [catalog, fg.build(), cz.build(), rs.build(), wl.build()],
  expect: {
    problems: [
      { check: 'missing', severity: 'error', sheet: '指标目录', cell: '', reporter: NY, note: '区农业农村局整表未报：一条 missing，列出 粮食播种面积、农村居民人均可支配收入（不是每项一条）' },
      { check: 'missing', severity: 'error', sheet: '指标目录', cell: '', reporter: JT, note: '区交通运输局整表未报：一条 missing，列出 重点项目完成投资、公路客运量' },
      { check: 'missing', severity: 'error', sheet: '人社局1-6月', cell: rs.cell('参加职业技能培训人次', 'C'), indicator: '参加职业技能培训人次', reporter: RS, note: '人社局报了表但该项空白' },
    ],
    traps: [
      { sheet: '人社局1-6月', cell: rs.cell('城镇调查失业率', 'C'), why: '“—”：不适用，无值也不算缺报' },
      { sheet: '财政局1-6月', cell: cz.cell('税收占比', 'C'), why: '税收收入无报送单位（只是公式分子），从不算缺报；税收占比缺分子，无从复算，不报 ratio' },
      { sheet: '发改局1-6月', cell: fg.cell('重点项目完成投资', 'C'), why: '求和指标两家应报、只到一家：汇总表写 58.6 并标 1/2，不是 aggregate/balance 错误' },
      { sheet: '发改局1-6月', cell: fg.cell('重点项目数', 'A'), why: '表名带“1-6月”、报告期 2024年1-6月，与汇编期别相同：不是其他期别' },
    ],
    summary: [
      { indicator: '重点项目完成投资', value: '58.6', remark: '1/2 | 未报送：区交通运输局' },
      { indicator: '粮食播种面积', value: '', remark: '未报送：区农业农村局' },
      { indicator: '农村居民人均可支配收入', value: '', remark: '未报送：区农业农村局' },
      { indicator: '公路客运量', value: '', remark: '未报送：区交通运输局' },
      { indicator: '城镇新增就业人数', value: '6218' },
    ],
    notes: ['汇编期别 2024年1-6月（各表报告期一致）；{年度} 仍为 2024', '汇总表共 15 行（目录每个指标一行），无人报送的行不丢'],
  },
  verify: [
    { kind: 'value', cell: fg.ref('重点项目完成投资', 'C'), equals: 58.6, ok: true, what: '重点项目完成投资（只有发改局）' },
  ],
};
