import { messageOf } from '../../helpers/findings';
import ExcelJS from 'exceljs';
import { excelHost } from '../../../src/adapters/excel/excelHost';
import { readXlsx } from '../../../src/adapters/xlsx/readXlsx';
import { checkWorkbook } from '../../../src/app/useCases';
import { API_PROFILES, FakeWorkbook, PAYLOAD_LIMIT } from '../../helpers/fakeExcel';

function department(book: FakeWorkbook, name: string, value: number | string = 10): void {
  book.addSheet(name, [[`填报单位：${name}`], ['指标名称', '单位', '本年数', '上年数'], ['来信件数', '宗', value, 8], ['满意率', '%', 0.9623, 0.95]], { C4: '0.00%', D4: '0.00%' });
}

describe.each(API_PROFILES)('reading the open workbook through office-js (ExcelApi %s)', (api) => {
  it.each([1, 10, 300])('reads %i sheets in the same three syncs', async (n) => {
    const book = new FakeWorkbook({ api });
    for (let i = 0; i < n; i++) department(book, `单位${i + 1}`);
    const grid = await excelHost(book.runtime()).readGrid();
    expect(grid.sheets).toHaveLength(n);
    expect(book.stats.syncs).toBe(3);
    expect(grid.sheets[0].values[2]).toEqual(['来信件数', '宗', 10, 8]);
    expect(grid.sheets[0].formats?.[3]?.[2]).toBe('0.00%');
  });

  it('reads a 200,000-row sheet in blocks, every response under the 5 MB cap', async () => {
    const book = new FakeWorkbook({ api });
    const rows: (string | number)[][] = [['编号', '状态', '金额']];
    for (let r = 0; r < 200_000; r++) rows.push([`X${r}`, r % 3 === 0 ? '办结' : '在办', r % 97]);
    book.addSheet('信访台账', rows);
    department(book, '信访科');
    const grid = await excelHost(book.runtime()).readGrid();
    expect(grid.sheets[0].values).toHaveLength(200_001);
    expect(grid.sheets[0].values[200_000]).toEqual(['X199999', '在办', 199_999 % 97]);
    expect(book.stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(book.stats.syncs).toBeLessThanOrEqual(2 + 12);
  }, 60_000);

  it('reads a sheet of long Chinese text whole: a refused response is asked for again in smaller blocks', async () => {
    const book = new FakeWorkbook({ api });
    const text = '某某街道办事处关于群众来信来访事项的办理情况说明，已按规定程序逐件核实并答复来信人';
    book.addSheet('信访台账', Array.from({ length: 30_000 }, (_, r) => [`第${r + 1}件`, text, text]));
    const grid = await excelHost(book.runtime()).readGrid();
    expect(grid.sheets[0].values).toHaveLength(30_000);
    expect(grid.sheets[0].values[29_999]).toEqual(['第30000件', text, text]);
    expect(book.stats.refusedResponses).toBeGreaterThan(0);
    expect(book.stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT);
  }, 60_000);

  it('reads error cells as errors, and finds a wrong cell end to end', async () => {
    const book = new FakeWorkbook({ api });
    book.addSheet('指标目录', [['指标名称', '单位', '类型', '报送单位'], ['来信件数', '宗', '计数', '信访科、办公室']]);
    department(book, '信访科', '#DIV/0!');
    department(book, '办公室');
    const report = checkWorkbook(await excelHost(book.runtime()).readGrid());
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => [f.check, f.refs[0]])).toEqual([['parse', { sheet: '信访科', cell: 'C3' }]]);
  });

  it('reads a date cell as the date, and says it in the same words as a date read from a file', async () => {
    const book = new FakeWorkbook({ api });
    book.addSheet('指标目录', [['指标名称', '单位', '类型', '报送单位'], ['来信件数', '宗', '计数', '信访科']]);
    // 2024-01-15 is serial 45306 in Excel's 1900 date system.
    department(book, '信访科', 45306);
    book.cell('信访科', 'C3')!.numberFormat = 'yyyy-mm-dd';
    const fromExcel = await excelHost(book.runtime()).readGrid();
    expect(fromExcel.sheets[1].values[2][2]).toEqual({ kind: 'date', iso: '2024-01-15' });

    const file = new ExcelJS.Workbook();
    file.addWorksheet('指标目录').addRows([['指标名称', '单位', '类型', '报送单位'], ['来信件数', '宗', '计数', '信访科']]);
    const ws = file.addWorksheet('信访科');
    ws.addRows([['填报单位：信访科'], ['指标名称', '单位', '本年数', '上年数'], ['来信件数', '宗', new Date(Date.UTC(2024, 0, 15)), 8], ['满意率', '%', 0.9623, 0.95]]);
    ws.getCell('C3').numFmt = 'yyyy-mm-dd';
    ws.getCell('C4').numFmt = '0.00%';
    ws.getCell('D4').numFmt = '0.00%';
    const fromFile = (await readXlsx(new Uint8Array(await file.xlsx.writeBuffer()), 'book.xlsx')).grid;

    const messages = (grid: typeof fromFile) => checkWorkbook(grid).findings.filter((f) => f.check === 'parse').map((f) => messageOf(f));
    expect(messages(fromExcel)).toEqual(messages(fromFile));
    expect(messages(fromExcel).join('')).toContain('2024-01-15');
    expect(messages(fromExcel).join('')).not.toContain('45306');
  });

  it(api === 'newest' ? 'waits while the clerk edits a cell (delayForCellEdit), then reads' : 'says the clerk is editing a cell, not that the book is protected', async () => {
    const book = new FakeWorkbook({ api });
    department(book, '信访科');
    book.editing = true;
    const read = excelHost(book.runtime()).readGrid();
    if (api === 'newest') {
      expect((await read).sheets).toHaveLength(1);
      expect(book.stats.delayedForEdit).toBe(1);
    } else {
      await expect(read).rejects.toMatchObject({ kind: 'editing', message: expect.stringContaining('编辑单元格') });
      await expect(read).rejects.toMatchObject({ message: expect.not.stringContaining('保护') });
    }
  });
});
