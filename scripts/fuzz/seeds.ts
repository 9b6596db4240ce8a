/**
 * The fuzzer's seed workbooks: the bundled sample, two books generated here (a wide street
 * table with a catalogue and rules; a form with merges, hidden rows, formats, dates, errors,
 * comments and a drop-down list), a CSV and an HTML table, and — when `npm run fixtures` has
 * made them — the sample saved by LibreOffice as .xls and .ods.
 */
import ExcelJS from 'exceljs';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'assets', 'samples', 'baoan-2023.xlsx');

async function save(book: ExcelJS.Workbook, path: string): Promise<string> {
  writeFileSync(path, new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
  return path;
}

async function wideBook(path: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('指标目录').addRows([['指标名称', '单位', '类型', '报送单位', '汇总方式', '合计单位'], ['排查企业数', '家', '计数', '新安、西乡、航城', '求和', '全区'], ['发现隐患数', '宗', '计数', '新安、西乡、航城', '求和', '全区']]);
  const ws = book.addWorksheet('街道隐患排查');
  ws.addRows([['街道隐患排查情况'], ['街道', '排查企业数', '发现隐患数'], ['新安', 1200, 300], ['西乡', 1300, 310], ['航城', 800, 120], ['合计', 3300, 731]]);
  ws.mergeCells('A1:C1');
  book.addWorksheet('全区').addRows([['填报单位：全区'], ['指标名称', '本年数'], ['排查企业数', 3300], ['发现隐患数', 730]]);
  book.addWorksheet('校验规则').addRows([['编号', '规则说明', '表达式', '级别'], ['R1', '隐患不多于企业', '[发现隐患数] <= [排查企业数]', '错误'], ['R2', '有排查', 'SUM([新安!排查企业数], [西乡!排查企业数]) > 0', '警告']]);
  return save(book, path);
}

async function formBook(path: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('信访科');
  ws.addRows([['2023年信访工作统计表'], ['填报单位：信访科', null, '报告期：2023年'], ['指标名称', '单位', '本年数', '上年数'], ['来信件数', '件', 3180, 2990], ['其中：办结件数', '件', '3,049', 2900], ['满意率', '%', 0.9623, 0.95], ['约数', '件', '150余', '约120'], ['错误', '件', { error: '#REF!' }, null], ['日期', '', new Date(Date.UTC(2023, 11, 6)), null], ['合计', '件', { formula: 'C4+C5', result: 6229 }, { formula: 'D4+D5' }]]);
  ws.mergeCells('A1:D1');
  ws.getCell('C6').numFmt = '0.00%';
  ws.getCell('D6').numFmt = '0.00%';
  ws.getRow(8).hidden = true;
  ws.getCell('E4').note = '备注：含网上信访';
  ws.getCell('B4').dataValidation = { type: 'list', allowBlank: true, formulae: ['"件,宗"'] };
  book.addWorksheet('隐藏', { state: 'hidden' }).addRow(['x', 1]);
  return save(book, path);
}

export async function seedFiles(dir: string, withFixtures = false): Promise<string[]> {
  const csv = join(dir, '法规科.csv');
  writeFileSync(csv, '\ufeff填报单位：法规科\n指标名称,单位,本年数,上年数\n行政诉讼案件数,宗,13,11\n"其中：胜诉数",宗,5,4\n满意率,%,96.23%,"95%"\n');
  const html = join(dir, '仲裁院.xls');
  writeFileSync(html, '<html><head><meta charset="utf-8"></head><body><table><tr><td colspan="3">仲裁院统计表</td></tr><tr><td>指标名称</td><td>单位</td><td>本年数</td></tr><tr><td>受理案件数</td><td>件</td><td>15,710</td></tr><tr><td>结案率</td><td>%</td><td>98.50%</td></tr></table></body></html>');
  const seeds = [SAMPLE, await wideBook(join(dir, 'wide.xlsx')), await formBook(join(dir, 'form.xlsx')), csv, html];
  if (withFixtures) for (const f of ['baoan-2023.xls', 'baoan-2023.ods']) if (existsSync(join(ROOT, 'out', 'fixtures', f))) seeds.push(join(ROOT, 'out', 'fixtures', f));
  return seeds;
}
