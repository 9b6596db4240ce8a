import { excelHost } from '../../../src/adapters/excel/excelHost';
import { API_PROFILES, FakeWorkbook } from '../../helpers/fakeExcel';

function department(book: FakeWorkbook, name: string) {
  return book.addSheet(name, [[`填报单位：${name}`], ['指标名称', '单位', '本年数', '上年数'], ['来信件数', '宗', 10, 8], ['满意率', '%', 0.9623, 0.95]]);
}
const none = { protectedSheets: [], missingSheets: [] };

describe.each(API_PROFILES)('highlighting finding cells (ExcelApi %s)', (api) => {
  it('fills the cells and restores every original fill exactly', async () => {
    const book = new FakeWorkbook({ api });
    department(book, '信访科');
    // Fill patterns are ExcelApi 1.9: at 1.7 a cell's fill is its colour alone.
    book.cell('信访科', 'C3')!.fill = api === 'newest' ? { color: '#C6EFCE', pattern: 'Gray25', patternColor: '#00FF00', tintAndShade: 0.2 } : { color: '#C6EFCE', pattern: 'Solid', patternColor: '', tintAndShade: 0 };
    const before = JSON.stringify([...book.sheet('信访科')!.cells]);
    const host = excelHost(book.runtime());
    expect(await host.highlight([{ sheet: '信访科', cell: 'C3' }, { sheet: '信访科', cell: 'C4:D4' }])).toEqual({ cells: 3, ...none });
    expect(book.cell('信访科', 'C3')!.fill.color).toBe('#FFE699');
    expect(book.cell('信访科', 'D4')!.fill.color).toBe('#FFE699');
    expect(book.cell('信访科', 'C3')!.value).toBe(10);
    expect(await host.clearHighlight()).toEqual({ cells: 3, ...none });
    expect(JSON.stringify([...book.sheet('信访科')!.cells])).toBe(before);
  });

  it('fetches each sheet once, however many cells: 2,000 cells in two requests', async () => {
    const book = new FakeWorkbook({ api });
    book.addSheet('台账', Array.from({ length: 2_000 }, (_, r) => [`L${r}`, r]));
    const host = excelHost(book.runtime());
    expect((await host.highlight([{ sheet: '台账', cell: 'B1:B2000' }])).cells).toBe(2_000);
    expect(book.stats.sheetLookups).toBeLessThanOrEqual(1);
    expect(book.cell('台账', 'B2000')!.fill.color).toBe('#FFE699');
  });

  it('restores a sheet the clerk renamed, drops a deleted one and says so, and is never stuck', async () => {
    const book = new FakeWorkbook({ api });
    department(book, '信访科');
    department(book, '办公室');
    const host = excelHost(book.runtime());
    await host.highlight([{ sheet: '信访科', cell: 'C3' }, { sheet: '办公室', cell: 'C3' }]);
    book.renameSheet('信访科', '信访科（已核）');
    book.deleteSheet('办公室');
    expect(await host.clearHighlight()).toEqual({ cells: 1, protectedSheets: [], missingSheets: ['办公室'] });
    expect(book.cell('信访科（已核）', 'C3')!.fill.color).toBe('#FFFFFF');
    // The saved fills are gone: the next clear has nothing left to do, and does not fail.
    expect(await host.clearHighlight()).toEqual({ cells: 0, ...none });
  });

  it('leaves a protected sheet alone when highlighting, fills the rest, and says which', async () => {
    const book = new FakeWorkbook({ api });
    department(book, '信访科').protected = true;
    department(book, '办公室');
    const host = excelHost(book.runtime());
    expect(await host.highlight([{ sheet: '信访科', cell: 'C3' }, { sheet: '办公室', cell: 'C3' }, { sheet: '已删除', cell: 'A1' }])).toEqual({ cells: 1, protectedSheets: ['信访科'], missingSheets: ['已删除'] });
    expect(book.cell('信访科', 'C3')!.fill.color).toBe('#FFFFFF');
    expect(book.cell('办公室', 'C3')!.fill.color).toBe('#FFE699');
  });

  it('keeps the saved fills of a sheet protected since, to restore once it is unprotected', async () => {
    const book = new FakeWorkbook({ api });
    const sheet = department(book, '信访科');
    const host = excelHost(book.runtime());
    await host.highlight([{ sheet: '信访科', cell: 'C3' }]);
    sheet.protected = true;
    expect(await host.clearHighlight()).toEqual({ cells: 0, protectedSheets: ['信访科'], missingSheets: [] });
    sheet.protected = false;
    expect(await host.clearHighlight()).toEqual({ cells: 1, ...none });
    expect(book.cell('信访科', 'C3')!.fill.color).toBe('#FFFFFF');
  });
});
