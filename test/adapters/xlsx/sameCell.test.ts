import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookGrid } from '../../../src/adapters/excel/readGrid';
import { readWorkbook } from '../../../src/adapters/xlsx/readWorkbook';
import { parseCellValue, type CellValue, type Reading, type SheetGrid } from '../../../src/core';
import { convert } from '../../../scripts/fixtures/libreoffice';
import { runCli } from '../../helpers/cli';
import { FakeWorkbook } from '../../helpers/fakeExcel';
import { SAMPLE_PATH, tempDir } from '../../helpers/files';

/**
 * One table, every reader: a cell a department writes reads the same whether Huibian met it
 * in an .xlsx (written by Excel-like ExcelJS, or by LibreOffice), an .xls, an .ods, a CSV, or
 * inside Excel through office-js. The files in other formats are made by LibreOffice from the
 * same workbook (scripts/fixtures/libreoffice.ts), so what is compared is what a clerk gets
 * when a department saves its sheet in another format.
 */
type Reader = 'xlsx' | 'xlsx (LibreOffice)' | 'xls' | 'ods' | 'csv' | 'excel';
const READERS: readonly Reader[] = ['xlsx', 'xlsx (LibreOffice)', 'xls', 'ods', 'csv', 'excel'];

interface Case {
  readonly name: string;
  readonly value: ExcelJS.CellValue;
  readonly numFmt?: string;
  /** What the core reads (parseCellValue of the grid's value and format). */
  readonly reads: string;
  /** Readers that cannot carry the cell as written (a CSV holds text only). */
  readonly except?: readonly Reader[];
}

const serial = (y: number, m: number, d: number): number => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;

const TABLE: readonly Case[] = [
  { name: '整数', value: 22448, reads: '22448 d0' },
  { name: '小数', value: 12.5, reads: '12.5 d1' },
  { name: '负数', value: -5, reads: '-5 d0' },
  { name: '百分比格式', value: 0.9963, numFmt: '0.00%', reads: '99.63% d2' },
  { name: '百分数文本', value: '96.23%', reads: '96.23% d2 text' },
  // A CSV must quote 22,448 (it holds the separator), and a quoted field is text: a CSV cannot tell it from the text "22,448".
  { name: '千分位格式', value: 22448, numFmt: '#,##0', reads: '22448 d0', except: ['csv'] },
  { name: '两位小数格式', value: 1234.5, numFmt: '0.00', reads: '1234.5 d2' },
  { name: '千分位文本', value: '18,520', reads: '18520 d0 text' },
  { name: '全角数字', value: '１２３４', reads: '1234 d0 text' },
  { name: '约数', value: '150余', reads: '≈150 d0 text' },
  { name: '万', value: '26.3万', reads: '263000 d-3 text 万' },
  { name: '单位格式', value: 26.3, numFmt: '0.0"万人次"', reads: '263000 d-3 万 人次', except: ['csv'] },
  { name: '不适用', value: '—', reads: 'n/a' },
  { name: '空', value: null, reads: 'missing' },
  { name: '错误值', value: { error: '#DIV/0!' }, reads: 'invalid error #DIV/0!' },
  { name: '日期', value: new Date(Date.UTC(2023, 11, 6)), numFmt: 'yyyy-mm-dd', reads: 'invalid date' },
  // LibreOffice keeps TRUE in an .ods as the number 1 under a boolean display style, which SheetJS reads as 1.
  { name: '逻辑值', value: true, reads: 'invalid boolean TRUE', except: ['ods'] },
  { name: '文字', value: '见附表', reads: 'invalid text 见附表' },
];

function describe_(r: Reading): string {
  switch (r.kind) {
    case 'number':
      return [`${r.approx ? '≈' : ''}${r.value.toString()}${r.percent ? '%' : ''}`, `d${r.decimals}`, r.storedAsText ? 'text' : '', r.multiplier ?? '', r.unitText ?? ''].filter(Boolean).join(' ');
    case 'na':
      return 'n/a';
    case 'missing':
      return 'missing';
    case 'invalid':
      return `invalid ${r.reason}${r.reason === 'date' ? '' : ` ${r.raw}`}`;
  }
}

/** The reading of the value cell (column B) in the row named `name` (column A). */
function readingIn(sheet: SheetGrid, name: string): string {
  const r = sheet.values.findIndex((row) => row[0] === name);
  if (r < 0) return `no row ${name}`;
  const value: CellValue = sheet.values[r][1] ?? null;
  return describe_(parseCellValue(value, sheet.formats?.[r]?.[1] ?? null));
}

async function tableBook(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('读数');
  TABLE.forEach((c, i) => {
    ws.getCell(i + 1, 1).value = c.name;
    if (c.value !== null) ws.getCell(i + 1, 2).value = c.value;
    if (c.numFmt) ws.getCell(i + 1, 2).numFmt = c.numFmt;
  });
  writeFileSync(path, new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
}

/** The same sheet inside Excel: what office-js gives (a date is its serial number under a date format). */
async function excelSheet(): Promise<SheetGrid> {
  const fake = new FakeWorkbook();
  const formats: Record<string, string> = {};
  const rows = TABLE.map((c, i) => {
    if (c.numFmt) formats[`B${i + 1}`] = c.numFmt;
    const v = c.value;
    const value = v instanceof Date ? serial(2023, 12, 6) : v && typeof v === 'object' && 'error' in v ? v.error : (v as string | number | boolean | null);
    return [c.name, value];
  });
  fake.addSheet('读数', rows, formats);
  return (await readWorkbookGrid(fake.runtime(), 'book')).sheets[0];
}

const read = (path: string): SheetGrid[] => readWorkbook(new Uint8Array(readFileSync(path)), path.replace(/^.*\//, '')).grid.sheets as SheetGrid[];

describe('the same cell, whichever reader', () => {
  const dir = tempDir();
  const table = join(dir, 'table.xlsx');
  const sample = join(dir, 'baoan-2023.xlsx');
  const sheets = new Map<Reader, SheetGrid>();
  const converted: Record<string, string[]> = {};

  beforeAll(async () => {
    await tableBook(table);
    writeFileSync(sample, readFileSync(SAMPLE_PATH));
    for (const format of ['xls', 'ods', 'csv'] as const) converted[format] = convert([table, sample], format, dir);
    converted.lo = convert([table], 'xlsx', join(dir, 'lo'));
    sheets.set('xlsx', read(table)[0]);
    sheets.set('xlsx (LibreOffice)', read(converted.lo[0])[0]);
    sheets.set('xls', read(join(dir, 'table.xls'))[0]);
    sheets.set('ods', read(join(dir, 'table.ods'))[0]);
    sheets.set('csv', read(join(dir, 'table-csv', '读数.csv'))[0]);
    sheets.set('excel', await excelSheet());
  }, 240_000);

  it.each(TABLE.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const got = Object.fromEntries(READERS.filter((r) => !c.except?.includes(r)).map((r) => [r, readingIn(sheets.get(r)!, c.name)]));
    expect(got).toEqual(Object.fromEntries(Object.keys(got).map((r) => [r, c.reads])));
  });

  it('gives the same findings for the sample saved as .xls, as .ods and as one CSV per sheet as for the .xlsx', async () => {
    const findings = async (path: string): Promise<unknown> => {
      const run = await runCli('check', path, '--json');
      expect(run.err).toBe('');
      const json = JSON.parse(run.out);
      return { summary: json.summary, findings: json.findings };
    };
    const expected = await findings(sample);
    expect(expected).toMatchObject({ summary: { errors: 1, warnings: 2 } });
    expect(await findings(join(dir, 'baoan-2023.xls'))).toEqual(expected);
    expect(await findings(join(dir, 'baoan-2023.ods'))).toEqual(expected);
    // The CSVs, one per sheet and named after it, collected in the sample's sheet order.
    const order = read(sample).map((s) => s.name);
    const merged = join(dir, 'from-csv.xlsx');
    expect((await runCli('merge', ...order.map((s) => join(dir, 'baoan-2023-csv', `${s}.csv`)), '-o', merged)).code).toBe(0);
    expect(await findings(merged)).toEqual(expected);
  }, 120_000);

  it('compiles an .xls into a new .xlsx, says so, and the copy reads the same', async () => {
    const out = join(dir, 'compiled.xls');
    const run = await runCli('compile', join(dir, 'baoan-2023.xls'), '-o', out);
    expect(run.code).toBe(1);
    expect(run.out).toContain('写出的是新的.xlsx工作簿（不按原格式写回）');
    expect(run.out).toContain('已写出 ');
    expect(run.out).toContain('compiled.xlsx（按.xlsx格式写出，扩展名改为.xlsx）');
    const copy = readWorkbook(new Uint8Array(readFileSync(join(dir, 'compiled.xlsx'))), 'compiled.xlsx');
    expect(copy.format).toBe('xlsx');
    const original = read(join(dir, 'baoan-2023.xls'));
    for (const s of original) expect(copy.grid.sheets.find((x) => x.name === s.name)?.values).toEqual(s.values);
    expect(copy.grid.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['汇总表', '核对结果', '文字说明']));
  }, 120_000);
});
