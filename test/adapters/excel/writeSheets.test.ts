import { excelHost } from '../../../src/adapters/excel/excelHost';
import { compileWorkbook } from '../../../src/app/useCases';
import type { OutSheet } from '../../../src/core';
import { API_PROFILES, FakeWorkbook, PAYLOAD_LIMIT } from '../../helpers/fakeExcel';
import { MAX_ROW_HEIGHT } from '../../helpers/fakeExcelRules';
import { addTextHeavyBook, UNITS } from './bigBook';

function department(book: FakeWorkbook, name: string): void {
  book.addSheet(name, [[`填报单位：${name}`], ['指标名称', '单位', '本年数', '上年数'], ['来信件数', '宗', 10, 8], ['满意率', '%', 0.9623, 0.95]], { C4: '0.00%', D4: '0.00%' });
}

const summary = (rows: OutSheet['rows'], name = '汇总表'): OutSheet => ({ name, kind: 'summary', rows, widths: [10, 10], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }], freezeRows: 1, page: { orientation: 'landscape', fitToWidth: true } });
const tagOf = (book: FakeWorkbook, sheet: string): string | undefined => {
  const meta = book.sheet('_huibian')!;
  const row = [...meta.cells].find(([k, c]) => k.endsWith(',0') && c.value === sheet);
  return row ? (meta.cells.get(`${row[0].split(',')[0]},1`)?.value as string) : undefined;
};

describe.each(API_PROFILES)('writing Huibian’s sheets through office-js (ExcelApi %s)', (api) => {
  it('writes text that begins with = + - @ (also full-width) as text, never as a formula', async () => {
    const book = new FakeWorkbook({ api });
    department(book, '信访科');
    const texts = ['=1+1', '+86 热线', '-负责', '@张三', '＝SUM(A1)', '\t制表'];
    await excelHost(book.runtime()).writeSheets([summary([[{ value: '标题', style: 'title' }], ...texts.map((t) => [{ value: t, style: 'body' as const }, { value: 1, style: 'number' as const }])])]);
    texts.forEach((t, i) => {
      const cell = book.cell('汇总表', `A${i + 2}`)!;
      expect([cell.value, cell.formula, cell.numberFormat]).toEqual([t, undefined, '@']);
    });
    expect(book.cell('汇总表', 'B2')).toMatchObject({ value: 1, numberFormat: 'General' });
  });

  it('styles every cell from one base: 宋体, its size, grey borders; a column of one style is one range', async () => {
    const book = new FakeWorkbook({ api });
    const rows = [[{ value: '标题', style: 'title' as const }], ...Array.from({ length: 500 }, (_, i) => [{ value: `第${i}行`, style: 'body' as const }, { value: i, style: 'number' as const }])];
    await excelHost(book.runtime()).writeSheets([summary(rows)]);
    expect(book.cell('汇总表', 'A1')!.font).toMatchObject({ name: '宋体', size: 16, bold: true });
    expect(book.cell('汇总表', 'B501')!.font).toMatchObject({ name: '宋体', size: 11 });
    expect(book.cell('汇总表', 'A300')!.borders).toMatchObject({ EdgeTop: { style: 'Continuous', color: '#808080' }, InsideHorizontal: { color: '#808080' } });
    // Three style blocks, not 1,001 ranges: the whole write is one small request.
    expect(book.stats.maxRequestCalls).toBeLessThan(120);
  });

  it('writes its own live formulas and links as such', async () => {
    const book = new FakeWorkbook({ api });
    department(book, '信访科');
    await excelHost(book.runtime()).writeSheets([summary([[{ value: 10, formula: "'信访科'!C3", numFmt: '0' }, { value: '信访科!C3', link: { sheet: '信访科', cell: 'C3' } }]])]);
    expect(book.cell('汇总表', 'A1')).toMatchObject({ formula: "='信访科'!C3", numberFormat: '0' });
    expect(book.cell('汇总表', 'B1')).toMatchObject({ value: '信访科!C3', hyperlink: { documentReference: "'信访科'!C3", textToDisplay: '信访科!C3' } });
  });

  it('never writes to a sheet it did not create: a user’s 汇总表 stays, the output goes to 汇总表 (2)', async () => {
    const book = new FakeWorkbook({ api });
    department(book, '信访科');
    book.addSheet('汇总表', [['我的汇总']]);
    const names = await excelHost(book.runtime()).writeSheets([summary([[{ value: '汇总', style: 'title' }]])]);
    expect(names.get('汇总表')).toBe('汇总表 (2)');
    expect([...book.writtenSheets].sort()).toEqual(['_huibian', '汇总表 (2)']);
    expect(book.cell('汇总表', 'A1')!.value).toBe('我的汇总');
    expect(book.sheet('_huibian')!.visibility).toBe('VeryHidden');
    expect(tagOf(book, '汇总表 (2)')).toBe('summary');
    // Worksheet custom properties are ExcelApi 1.12: at 1.7 the meta sheet alone carries the tag.
    expect(book.sheet('汇总表 (2)')!.customProperties.get('huibian')).toBe(api === 'newest' ? 'summary' : undefined);
  });

  it('takes the next name when a chart sheet, invisible to worksheets, holds 汇总表', async () => {
    const book = new FakeWorkbook({ api });
    department(book, '信访科');
    book.addChartSheet('汇总表');
    const names = await excelHost(book.runtime()).writeSheets([summary([[{ value: '汇总', style: 'title' }]]), { ...summary([[{ value: '核对' }]], '核对结果'), kind: 'findings' }]);
    expect([names.get('汇总表'), names.get('核对结果')]).toEqual(['汇总表 (2)', '核对结果']);
    expect(book.cell('汇总表 (2)', 'A1')!.value).toBe('汇总');
    expect(tagOf(book, '汇总表 (2)')).toBe('summary');
  });

  it.each([
    ['2023年度各街道办事处社区工作站群众来信来访及网上信访数据汇总表', '不能超过31个字符'],
    ['汇总[2023]', '不能含有'],
    ['History', '保留'],
  ])('refuses the sheet name %s from 设置 with a clear message, writing nothing', async (name, words) => {
    const book = new FakeWorkbook({ api });
    department(book, '信访科');
    await expect(excelHost(book.runtime()).writeSheets([summary([[{ value: '汇总' }]], name)])).rejects.toMatchObject({ kind: 'invalid-name', message: expect.stringContaining(words) });
    expect(book.writtenSheets.size).toBe(0);
    expect(book.sheets).toHaveLength(1);
  });

  it('rewrites its own sheets on a re-run instead of adding more: same sheets, same cells, constant syncs', async () => {
    const book = new FakeWorkbook({ api });
    book.addSheet('指标目录', [['指标名称', '单位', '类型', '报送单位', '章节'], ['来信件数', '宗', '计数', '信访科', '信访'], ['满意率', '%', '比率', '信访科', '信访']]);
    department(book, '信访科');
    const host = excelHost(book.runtime());
    const write = async () => {
      const result = compileWorkbook(await host.readGrid());
      const before = book.stats.syncs;
      await host.writeSheets(result.sheets);
      return book.stats.syncs - before;
    };
    const first = await write();
    const snapshot = () => book.sheets.map((s) => [s.name, JSON.stringify([...s.cells].sort())]);
    const written = snapshot();
    expect(await write()).toBeLessThanOrEqual(first);
    expect(snapshot()).toEqual(written);
    expect(book.sheets.map((s) => s.name)).toEqual(['指标目录', '信访科', '汇总表', '核对结果', '文字说明', '_huibian']);
    expect(first).toBeLessThanOrEqual(4);
  });

  it('keeps every request under the 5 MB cap when writing a very long sheet of Chinese text', async () => {
    const book = new FakeWorkbook({ api });
    const rows = Array.from({ length: 150_000 }, (_, i) => [{ value: `第${i}条核对结果，说明文字较长较长较长较长` }, { value: i }, { value: i * 2 }]);
    await excelHost(book.runtime()).writeSheets([{ name: '核对结果', kind: 'findings', rows, widths: [40, 8, 8], merges: [] }]);
    expect(book.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(book.cell('核对结果', 'B150000')!.value).toBe(149_999);
  }, 60_000);

  it('keeps rows within Excel’s 409 points: a long paragraph of 文字说明 continues in the next row', async () => {
    const book = new FakeWorkbook({ api });
    book.addSheet('指标目录', [['指标名称', '单位', '类型', '报送单位', '章节'], ['来信件数', '宗', '计数', '信访科', '信访']]);
    department(book, '信访科');
    const sentence = '全年共受理群众来信{来信件数}宗，比上年有所增加，各街道办事处按照属地管理原则逐件办理并答复。';
    book.addSheet('文字模板', [['章节', '模板'], ['信访', sentence.repeat(60)]]);
    const host = excelHost(book.runtime());
    const result = compileWorkbook(await host.readGrid());
    await host.writeSheets(result.sheets);
    const narrative = book.sheet('文字说明')!;
    expect(Math.max(...narrative.rowHeights.values())).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    const text = [...narrative.cells.values()].map((c) => c.value).filter((v) => typeof v === 'string').join('');
    expect(text.match(/全年共受理群众来信10宗/g)).toHaveLength(60);
  });

  it('stops with a clear message on a protected sheet of its own, writing nothing', async () => {
    const book = new FakeWorkbook({ api });
    const own = book.addSheet('汇总表', [['旧']]);
    own.customProperties.set('huibian', 'summary');
    book.addSheet('_huibian', [['sheet', 'kind', 'version'], ['汇总表', 'summary', 1]]).visibility = 'VeryHidden';
    own.protected = true;
    await expect(excelHost(book.runtime()).writeSheets([summary([[{ value: '新' }]])])).rejects.toMatchObject({ kind: 'protected', message: expect.stringContaining('受保护') });
    expect(book.cell('汇总表', 'A1')!.value).toBe('旧');
    expect(book.writtenSheets.size).toBe(0);
  });

  it('says the workbook structure is protected when a sheet must be added, writing nothing', async () => {
    const book = new FakeWorkbook({ api });
    department(book, '信访科');
    book.structureProtected = true;
    await expect(excelHost(book.runtime()).writeSheets([summary([[{ value: '新' }]])])).rejects.toMatchObject({ kind: 'protected', message: expect.stringContaining('工作簿结构受保护') });
    expect(book.sheets).toHaveLength(1);
  });
});

describe.each(API_PROFILES)('a 300-unit, text-heavy book through office-js (ExcelApi %s)', (api) => {
  it('is read, compiled with live formulas and written, every request and response under 5 MB', async () => {
    const book = new FakeWorkbook({ api });
    addTextHeavyBook(book);
    const host = excelHost(book.runtime());
    const grid = await host.readGrid();
    const read = { ...book.stats };
    const result = compileWorkbook(grid, { live: true });
    expect(result.findings.length).toBeGreaterThanOrEqual(2 * UNITS);
    await host.writeSheets(result.sheets);
    const write = { syncs: book.stats.syncs - read.syncs, maxRequestBytes: book.stats.maxRequestBytes };
    // The maintainer's figures: syncs and the largest request and response, by the UTF-8 byte count.
    process.stdout.write(`[300-unit book, ExcelApi ${api}] read: ${read.syncs} syncs, largest response ${read.maxResponseBytes} B; write: ${write.syncs} syncs, largest request ${write.maxRequestBytes} B\n`);
    expect(read.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(book.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(book.stats.refusedRequests).toBe(0);
    // A live total over 300 units is one formula within Excel's 255 arguments.
    expect(book.cell('汇总表', 'D5')!.formula).toMatch(/^=SUM\(SUM\(/);
    expect(book.sheet('核对结果')!.cells.size).toBeGreaterThan(2 * UNITS * 10);
  }, 120_000);
});
