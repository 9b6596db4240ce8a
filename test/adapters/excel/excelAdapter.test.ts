import { excelHost } from '../../../src/adapters/excel/excelHost';
import { HostError, explainOfficeError } from '../../../src/adapters/excel/errors';
import { CELLS_PER_SYNC } from '../../../src/adapters/excel/runtime';
import { checkWorkbook, compileWorkbook } from '../../../src/app/useCases';
import type { OutSheet } from '../../../src/core';
import { FakeWorkbook, PAYLOAD_LIMIT } from '../../helpers/fakeExcel';

function department(book: FakeWorkbook, name: string, value: number | string = 10): void {
  book.addSheet(name, [[`填报单位：${name}`], ['指标名称', '单位', '本年数', '上年数'], ['来信件数', '宗', value, 8], ['满意率', '%', 0.9623, 0.95]], { C4: '0.00%', D4: '0.00%' });
}

describe('reading the open workbook through office-js', () => {
  it.each([1, 10, 300])('reads %i sheets in the same three syncs', async (n) => {
    const book = new FakeWorkbook();
    for (let i = 0; i < n; i++) department(book, `单位${i + 1}`);
    const grid = await excelHost(book.runtime()).readGrid();
    expect(grid.sheets).toHaveLength(n);
    expect(book.stats.syncs).toBe(3);
    expect(grid.sheets[0].values[2]).toEqual(['来信件数', '宗', 10, 8]);
    expect(grid.sheets[0].formats?.[3]?.[2]).toBe('0.00%');
  });

  it('reads a 200,000-row sheet in blocks, no response near the 5 MB cap', async () => {
    const book = new FakeWorkbook();
    const rows: (string | number)[][] = [['编号', '状态', '金额']];
    for (let r = 0; r < 200_000; r++) rows.push([`X${r}`, r % 3 === 0 ? '办结' : '在办', r % 97]);
    book.addSheet('信访台账', rows);
    department(book, '信访科');
    const grid = await excelHost(book.runtime()).readGrid();
    expect(grid.sheets[0].values).toHaveLength(200_001);
    expect(grid.sheets[0].values[200_000]).toEqual(['X199999', '在办', 199_999 % 97]);
    expect(book.stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(book.stats.syncs).toBe(2 + Math.ceil((200_001 * 3) / CELLS_PER_SYNC));
  }, 60_000);

  it('reads error cells as errors, and finds a wrong cell end to end', async () => {
    const book = new FakeWorkbook();
    book.addSheet('指标目录', [['指标名称', '单位', '类型', '报送单位'], ['来信件数', '宗', '计数', '信访科、办公室']]);
    department(book, '信访科', '#DIV/0!');
    department(book, '办公室');
    const report = checkWorkbook(await excelHost(book.runtime()).readGrid());
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => [f.check, f.refs[0]])).toEqual([['parse', { sheet: '信访科', cell: 'C3' }]]);
  });
});

describe('writing Huibian’s sheets through office-js', () => {
  const summary = (rows: OutSheet['rows'], name = '汇总表'): OutSheet => ({ name, kind: 'summary', rows, widths: [10, 10], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }], freezeRows: 1, page: { orientation: 'landscape', fitToWidth: true } });

  it('writes text that begins with = + - @ (also full-width) as text, never as a formula', async () => {
    const book = new FakeWorkbook();
    department(book, '信访科');
    const texts = ['=1+1', '+86 热线', '-负责', '@张三', '＝SUM(A1)', '\t制表'];
    await excelHost(book.runtime()).writeSheets([summary([[{ value: '标题', style: 'title' }], ...texts.map((t) => [{ value: t, style: 'body' as const }, { value: 1, style: 'number' as const }])])]);
    texts.forEach((t, i) => {
      const cell = book.cell('汇总表', `A${i + 2}`)!;
      expect([cell.value, cell.formula, cell.numberFormat]).toEqual([t, undefined, '@']);
    });
    expect(book.cell('汇总表', 'B2')).toMatchObject({ value: 1, numberFormat: 'General' });
  });

  it('writes its own live formulas and links as such', async () => {
    const book = new FakeWorkbook();
    department(book, '信访科');
    await excelHost(book.runtime()).writeSheets([summary([[{ value: 10, formula: "'信访科'!C3", numFmt: '0' }, { value: '信访科!C3', link: { sheet: '信访科', cell: 'C3' } }]])]);
    expect(book.cell('汇总表', 'A1')).toMatchObject({ formula: "='信访科'!C3", numberFormat: '0' });
    expect(book.cell('汇总表', 'B1')).toMatchObject({ value: '信访科!C3', hyperlink: { documentReference: "'信访科'!C3", textToDisplay: '信访科!C3' } });
  });

  it('never writes to a sheet it did not create: a user’s 汇总表 stays, the output goes to 汇总表 (2)', async () => {
    const book = new FakeWorkbook();
    department(book, '信访科');
    book.addSheet('汇总表', [['我的汇总']]);
    const names = await excelHost(book.runtime()).writeSheets([summary([[{ value: '汇总', style: 'title' }]])]);
    expect(names.get('汇总表')).toBe('汇总表 (2)');
    expect([...book.writtenSheets].sort()).toEqual(['_huibian', '汇总表 (2)']);
    expect(book.cell('汇总表', 'A1')!.value).toBe('我的汇总');
    expect(book.sheet('_huibian')!.visibility).toBe('VeryHidden');
    expect(book.sheet('汇总表 (2)')!.customProperties.get('huibian')).toBe('summary');
  });

  it('rewrites its own sheets on a re-run instead of adding more: same sheets, same cells, constant syncs', async () => {
    const book = new FakeWorkbook();
    book.addSheet('指标目录', [['指标名称', '单位', '类型', '报送单位', '章节'], ['来信件数', '宗', '计数', '信访科', '信访'], ['满意率', '%', '比率', '信访科', '信访']]);
    department(book, '信访科');
    const host = excelHost(book.runtime());
    const write = async () => {
      const result = compileWorkbook(await host.readGrid());
      const before = book.stats.syncs;
      await host.writeSheets(result.sheets);
      return book.stats.syncs - before;
    };
    const syncs = await write();
    const snapshot = () => book.sheets.map((s) => [s.name, JSON.stringify([...s.cells].sort())]);
    const first = snapshot();
    expect(await write()).toBe(syncs);
    expect(snapshot()).toEqual(first);
    expect(book.sheets.map((s) => s.name)).toEqual(['指标目录', '信访科', '汇总表', '核对结果', '文字说明', '_huibian']);
    expect(syncs).toBe(3);
  });

  it('keeps every request under the 5 MB cap when writing a very long sheet', async () => {
    const book = new FakeWorkbook();
    const rows = Array.from({ length: 150_000 }, (_, i) => [{ value: `第${i}条核对结果，说明文字较长较长较长较长` }, { value: i }, { value: i * 2 }]);
    await excelHost(book.runtime()).writeSheets([{ name: '核对结果', kind: 'findings', rows, widths: [40, 8, 8], merges: [] }]);
    expect(book.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(book.cell('核对结果', 'B150000')!.value).toBe(149_999);
  }, 60_000);

  it('stops with a clear message on a protected sheet of its own, writing nothing', async () => {
    const book = new FakeWorkbook();
    const own = book.addSheet('汇总表', [['旧']]);
    own.customProperties.set('huibian', 'summary');
    own.protected = true;
    await expect(excelHost(book.runtime()).writeSheets([summary([[{ value: '新' }]])])).rejects.toMatchObject({ kind: 'protected', message: expect.stringContaining('受保护') });
    expect(book.cell('汇总表', 'A1')!.value).toBe('旧');
  });
});

describe('highlighting finding cells', () => {
  it('fills the cells and restores every original fill exactly', async () => {
    const book = new FakeWorkbook();
    department(book, '信访科');
    book.cell('信访科', 'C3')!.fill = { color: '#C6EFCE', pattern: 'Gray25', patternColor: '#00FF00', tintAndShade: 0.2 };
    const before = JSON.stringify([...book.sheet('信访科')!.cells]);
    const host = excelHost(book.runtime());
    expect(await host.highlight([{ sheet: '信访科', cell: 'C3' }, { sheet: '信访科', cell: 'C4:D4' }])).toBe(3);
    expect(book.cell('信访科', 'C3')!.fill.color).toBe('#FFE699');
    expect(book.cell('信访科', 'D4')!.fill.color).toBe('#FFE699');
    expect(book.cell('信访科', 'C3')!.value).toBe(10);
    expect(await host.clearHighlight()).toBe(3);
    expect(JSON.stringify([...book.sheet('信访科')!.cells])).toBe(before);
  });
});

describe('office-js errors', () => {
  it('says what to do when the clerk is editing a cell', () => {
    const e = explainOfficeError(Object.assign(new Error('x'), { code: 'InvalidOperationInCellEditMode' }));
    expect(e).toBeInstanceOf(HostError);
    expect(e.message).toBe('您正在编辑单元格，请先按回车或Esc退出编辑，再点一次。');
    expect(e.en).toBe('You are editing a cell: press Enter or Esc, then try again.');
  });
});
