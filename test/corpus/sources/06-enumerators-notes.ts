/** 06 — labels numbered ①, ⑴, Ⅰ., a), 一、, （一）, 1、, 1.; 注：/说明： rows between blocks (the table goes on below them). */
import { Sheet, catalogSheet, footer } from '../../../scripts/corpus/helpers';
import type { BookSource } from '../../../scripts/corpus/types';

const MZ = '区民政局';
const K = { reporters: MZ, kind: '计数' as const };
const catalog = catalogSheet([
  { code: 'MZ01', name: '城市低保对象人数', unit: '人', ...K, section: '社会救助' },
  { code: 'MZ02', name: '农村低保对象人数', unit: '人', ...K, section: '社会救助' },
  { code: 'MZ03', name: '特困供养人员数', unit: '人', ...K, section: '社会救助' },
  { code: 'MZ04', name: '临时救助人次', unit: '人次', ...K, section: '社会救助' },
  { code: 'MZ05', name: '养老机构数', unit: '个', ...K, section: '养老服务' },
  { code: 'MZ06', name: '公办养老机构床位数', unit: '张', ...K, section: '养老服务' },
  { code: 'MZ07', name: '民办养老机构床位数', unit: '张', ...K, section: '养老服务' },
  { code: 'MZ08', name: '居家养老服务站点数', unit: '个', ...K, section: '养老服务' },
  { code: 'MZ09', name: '婚姻登记对数', unit: '对', ...K, section: '社会事务' },
  { code: 'MZ10', name: '离婚登记对数', unit: '对', ...K, section: '社会事务' },
  { code: 'MZ11', name: '殡葬火化数', unit: '具', ...K, section: '社会事务' },
  { code: 'MZ12', name: '节地生态安葬数', unit: '具', ...K, section: '社会事务' },
  { code: 'MZ13', name: '社会组织总数', unit: '个', ...K, section: '社会组织' },
  { code: 'MZ14', name: '社会团体数', unit: '个', ...K, parent: 'MZ13', relation: '其中', section: '社会组织' },
]);

const s = new Sheet('民政局');
s.title('2024年民政事业统计报表', 5);
s.add([`填报单位：${MZ}`, null, null, '报告期：2024年']);
const h = s.add(['指标名称', '计量单位', '本年数', '上年数', '备注'], { header: true });
s.add(['一、社会救助'], { bold: true });
s.add(['（一）城乡低保'], { bold: true });
s.add(['1、城市低保对象人数', '人', 1862, 1935]);
s.add(['2、农村低保对象人数', '人', 4317, 4502]);
s.add(['（二）特困供养和临时救助'], { bold: true });
s.add(['⑴ 特困供养人员数', '人', 986, 1012]);
s.add(['⑵ 临时救助人次', '人次', 2345, 2108]);
s.add(['注：低保对象人数为2024年12月末数；临时救助含“先行救助”。']);
s.add(['二、养老服务'], { bold: true });
s.add(['① 养老机构数', '个', 38, 36]);
s.add(['（一）养老床位'], { bold: true });
s.add(['⑴ 公办养老机构床位数', '张', 2460, 2380]);
s.add(['⑵ 民办养老机构床位数', '张', 3180, 2950]);
s.add(['小计', '张', 5740, 5330]);
s.add(['说明：床位数含护理型床位，不含社区日间照料床位。']);
s.add(['三、社会事务'], { bold: true });
s.add(['Ⅰ. 婚姻登记对数', '对', 3612, 3877]);
s.add(['Ⅱ. 离婚登记对数', '对', 1315, 1402]);
s.add(['a) 殡葬火化数', '具', 2874, 2790]);
s.add(['b) 节地生态安葬数', '具', 1036, 921]);
s.add(['四、社会组织'], { bold: true });
s.add(['1. 社会组织总数', '个', 512, 497]);
s.add(['　其中：社会团体数', '个', 198, 193]);
const last = s.add(['（1）婚姻登记对数', '对', 3621, null, '据婚姻登记系统导出']);
s.table = `A${h}:E${last}`;
s.add([]);
s.add([footer('韩卫国', '宋佳', '0571-86070011')]);
s.widths = [34, 10, 12, 12, 22];
const S = s.name;

export const book: BookSource = {
  file: '06-enumerators-and-notes',
  style: '民政统计报表：指标名称带各式序号（一、（一）1、⑴ ① Ⅰ. a) 1. （1）），区块之间夹着“注：”“说明：”行',
  period: '2024年',
  sheets: [catalog, s.build()],
  expect: {
    problems: [
      { check: 'balance', severity: 'error', sheet: S, cell: s.cell('小计', 'C'), also: [s.cell('⑴ 公办养老机构床位数', 'C'), s.cell('⑵ 民办养老机构床位数', 'C')], expected: '5640', actual: '5740', note: '注：行之后的区块照读：小计 5740 ≠ 2460+3180 = 5640（上年列 2380+2950 = 5330 相符）' },
      { check: 'duplicate', severity: 'error', sheet: S, cell: s.cell('（1）婚姻登记对数', 'C'), also: [s.cell('Ⅰ. 婚姻登记对数', 'C')], indicator: '婚姻登记对数', reporter: MZ, note: '同一表内婚姻登记对数出现两次：3612 与 3621（去掉序号后同名）' },
      { check: 'missing', severity: 'error', sheet: S, cell: '', indicator: '居家养老服务站点数', reporter: MZ, note: '目录要求民政局报送，表中没有该行' },
    ],
    traps: [
      { sheet: S, cell: s.cell('注：低保对象人数为2024年12月末数；临时救助含“先行救助”。', 'A'), why: '注：行不是数据也不是表尾：不得有 unknown，其下的养老服务、社会事务区块照读' },
      { sheet: S, cell: s.cell('⑴ 特困供养人员数', 'A'), why: '⑴ 序号去掉后即目录名称，不是 unknown' },
      { sheet: S, cell: s.cell('Ⅰ. 婚姻登记对数', 'A'), why: 'Ⅰ. 序号去掉后即目录名称' },
      { sheet: S, cell: s.cell('a) 殡葬火化数', 'A'), why: 'a) 序号去掉后即目录名称；说明：行之后照读' },
      { sheet: S, cell: s.cell('① 养老机构数', 'C'), why: '① 养老机构数（个）在小计区块之外（其下有“（一）养老床位”标题），不计入床位小计' },
    ],
    summary: [
      { indicator: '城市低保对象人数', value: '1862' },
      { indicator: '殡葬火化数', value: '2874' },
      { indicator: '居家养老服务站点数', value: '', remark: '未报送：区民政局' },
    ],
  },
  verify: [
    { kind: 'sum', total: s.ref('小计', 'C'), parts: [s.ref('⑴ 公办养老机构床位数', 'C'), s.ref('⑵ 民办养老机构床位数', 'C')], ok: false, what: '床位小计（planted）' },
    { kind: 'sum', total: s.ref('小计', 'D'), parts: [s.ref('⑴ 公办养老机构床位数', 'D'), s.ref('⑵ 民办养老机构床位数', 'D')], ok: true, what: '上年床位小计' },
    { kind: 'equal', cells: [s.ref('Ⅰ. 婚姻登记对数', 'C'), s.ref('（1）婚姻登记对数', 'C')], ok: false, what: '婚姻登记对数两处（planted duplicate）' },
    { kind: 'le', part: s.ref('其中：社会团体数', 'C'), whole: s.ref('1. 社会组织总数', 'C'), ok: true, what: '社会团体 ≤ 社会组织' },
  ],
};
