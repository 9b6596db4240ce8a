/** 04 — a department sends both its 上半年 and its 全年 sheet; the half-year must not be compared with the year nor reach the summary. */
import { Sheet, catalogSheet, footer } from '../../../scripts/corpus/helpers';
import type { BookSource } from '../../../scripts/corpus/types';

const SJ = '区市场监管局';
const RX = '区12345热线';
const catalog = catalogSheet([
  { code: 'SJ01', name: '市场主体总数', unit: '户', kind: '计数', reporters: SJ, yoy: 20, prev: 52310, section: '市场主体' },
  { code: 'SJ02', name: '新登记市场主体数', unit: '户', kind: '计数', reporters: SJ, section: '市场主体' },
  { code: 'SJ03', name: '新登记企业数', unit: '户', kind: '计数', reporters: SJ, parent: 'SJ02', relation: '其中', section: '市场主体' },
  { code: 'SJ04', name: '消费投诉举报件数', unit: '件', kind: '计数', reporters: `${SJ}、${RX}`, aggregation: '一致', section: '消费维权' },
  { code: 'SJ05', name: '为消费者挽回经济损失', unit: '万元', kind: '数值', decimals: 2, reporters: SJ, section: '消费维权' },
  { code: 'SJ06', name: '食品安全抽检批次', unit: '批次', kind: '计数', reporters: SJ, section: '食品安全' },
  { code: 'SJ07', name: '抽检不合格批次', unit: '批次', kind: '计数', reporters: SJ, parent: 'SJ06', relation: '其中', section: '食品安全' },
  { code: 'SJ08', name: '抽检合格率', unit: '%', kind: '比率', decimals: 2, reporters: SJ, formula: '([食品安全抽检批次]-[抽检不合格批次])/[食品安全抽检批次]*100', section: '食品安全' },
]);

function form(name: string, period: string, title: string, v: (number | { n: number; fmt: string })[][]): Sheet {
  const s = new Sheet(name);
  s.title(title, 5);
  s.add([`填报单位：${SJ}`, null, null, `报告期：${period}`]);
  const h = s.add(['指标名称', '计量单位', '本期数', '上年同期数', '备注'], { header: true });
  const names = ['市场主体总数', '新登记市场主体数', '其中：新登记企业数', '消费投诉举报件数', '为消费者挽回经济损失', '食品安全抽检批次', '其中：抽检不合格批次', '抽检合格率'];
  const units = ['户', '户', '户', '件', '万元', '批次', '批次', '%'];
  names.forEach((n, i) => s.add([n, units[i], v[i][0], v[i][1]]));
  s.table = `A${h}:E${h + names.length}`;
  s.add([]);
  s.add([footer('郑国强', '何静', '0571-86045566', period === '2024年' ? '2025年1月16日' : '2024年7月10日')]);
  s.widths = [26, 10, 12, 12, 16];
  return s;
}
const m = (n: number) => ({ n, fmt: '#,##0.00' });
const half = form('市场监管局（上半年）', '2024年1-6月', '2024年上半年市场监管主要指标', [
  [54120, 50876], [4018, 3702], [2761, 2514], [6105, 5523], [m(603.18), m(571.4)], [1450, 1380], [31, 29], [98.86, 97.9],
]);
const year = form('市场监管局（全年）', '2024年', '2024年市场监管主要指标', [
  [56842, 52310], [8215, 7603], [8512, 5107], [12486, 11342], [m(1286.45), m(1190.27)], [3200, 2960], [74, 66], [97.69, 97.77],
]);

const r = new Sheet('12345热线');
r.title('2024年12345政务服务便民热线受理情况', 4);
r.add([`填报单位：${RX}`, null, '报告期：2024年']);
const rh = r.add(['项目', '单位', '本年数', '备注'], { header: true });
r.add(['热线受理总量', '件', 158632]);
const rl = r.add(['消费投诉举报件数', '件', 12468, '转市场监管部门办理']);
r.table = `A${rh}:D${rl}`;
r.add([]);
r.add(['填表人：邵敏　　　　联系电话：12345-8012']);
r.widths = [26, 8, 12, 20];

const H = half.name;
const Y = year.name;
export const book: BookSource = {
  file: '04-halfyear-and-year',
  style: '一个部门同时报送上半年表和全年表（期别既在表名也在报告期），另有12345热线报同一“一致”指标',
  period: '2024年',
  sheets: [catalog, half.build(), year.build(), r.build()],
  expect: {
    problems: [
      { check: 'part-of', severity: 'error', sheet: Y, cell: year.cell('其中：新登记企业数', 'C'), also: [year.cell('新登记市场主体数', 'C')], indicator: '新登记企业数', reporter: SJ, note: '新登记企业数 8512 > 新登记市场主体数 8215' },
      { check: 'cross-source', severity: 'error', sheet: Y, cell: year.cell('消费投诉举报件数', 'C'), also: [`12345热线!${r.cell('消费投诉举报件数', 'C')}`], indicator: '消费投诉举报件数', note: '市场监管局 12486 ≠ 12345热线 12468（只比全年表，不比上半年表的 6105）' },
      { check: 'ratio', severity: 'error', sheet: H, cell: half.cell('抽检合格率', 'C'), indicator: '抽检合格率', reporter: SJ, expected: '97.86', actual: '98.86', note: '上半年表在本表内照样校验：(1450−31)/1450×100 = 97.862 → 97.86' },
      { check: 'unknown', severity: 'info', sheet: '12345热线', cell: r.cell('热线受理总量', 'A'), note: '“热线受理总量”不在指标目录中' },
    ],
    traps: [
      { sheet: H, cell: half.cell('消费投诉举报件数', 'C'), why: '上半年 6105 与全年 12486、热线 12468 不同：其他期别，不做 cross-source，也不算 duplicate' },
      { sheet: H, cell: half.cell('市场主体总数', 'D'), why: '上半年表的上年同期 50876 是 2023年6月末数，不与上年公布数 52310 比较（不是 prev-year）' },
      { sheet: Y, cell: year.cell('市场主体总数', 'D'), why: '全年表上年同期 52310 = 上年公布数；同比 +8.66% < 20%' },
      { sheet: Y, cell: year.cell('抽检合格率', 'C'), why: '(3200−74)/3200×100 = 97.6875 → 97.69，比率相符' },
    ],
    summary: [
      { indicator: '市场主体总数', value: '56842' },
      { indicator: '新登记市场主体数', value: '8215' },
      { indicator: '消费投诉举报件数', value: '12486' }, // 不一致时取第一个报送单位（区市场监管局）的数
      { indicator: '抽检合格率', value: '97.69' },
    ],
    notes: ['“市场监管局（上半年）”列为其他期别（2024年1-6月）；它的数字不进入汇总表和文字说明', '本汇编期别为 2024年（多数表的报告期）'],
  },
  verify: [
    { kind: 'le', part: year.ref('其中：新登记企业数', 'C'), whole: year.ref('新登记市场主体数', 'C'), ok: false, what: '全年 企业 ≤ 主体（planted）' },
    { kind: 'le', part: half.ref('其中：新登记企业数', 'C'), whole: half.ref('新登记市场主体数', 'C'), ok: true, what: '上半年 企业 ≤ 主体' },
    { kind: 'equal', cells: [year.ref('消费投诉举报件数', 'C'), r.ref('消费投诉举报件数', 'C')], ok: false, what: '投诉件数 全年两单位（planted）' },
    { kind: 'rate', rate: half.ref('抽检合格率', 'C'), num: 1419, den: half.ref('食品安全抽检批次', 'C'), decimals: 2, mode: '四舍五入', ok: false, what: '上半年合格率（planted）; 1419 = 1450−31' },
    { kind: 'value', cell: half.ref('食品安全抽检批次', 'C'), equals: 1450, ok: true, what: '上半年抽检批次' },
    { kind: 'value', cell: half.ref('其中：抽检不合格批次', 'C'), equals: 31, ok: true, what: '上半年不合格' },
    { kind: 'rate', rate: year.ref('抽检合格率', 'C'), num: 3126, den: year.ref('食品安全抽检批次', 'C'), decimals: 2, mode: '四舍五入', ok: true, what: '全年合格率; 3126 = 3200−74' },
    { kind: 'value', cell: year.ref('其中：抽检不合格批次', 'C'), equals: 74, ok: true, what: '全年不合格' },
    { kind: 'rate', rate: year.ref('抽检合格率', 'D'), num: 2894, den: year.ref('食品安全抽检批次', 'D'), decimals: 2, mode: '四舍五入', ok: true, what: '上年合格率; 2894 = 2960−66' },
    { kind: 'value', cell: year.ref('市场主体总数', 'D'), equals: 52310, ok: true, what: '上年 = 上年公布数' },
    { kind: 'yoy', cur: year.ref('市场主体总数', 'C'), prev: 52310, threshold: 20, ok: true, what: '市场主体同比' },
    { kind: 'yoy', cur: half.ref('市场主体总数', 'C'), prev: half.ref('市场主体总数', 'D'), threshold: 20, ok: true, what: '上半年市场主体同比' },
  ],
};
