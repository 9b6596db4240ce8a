import { excelHost } from '../../../src/adapters/excel/excelHost';
import { HostError, explainOfficeError } from '../../../src/adapters/excel/errors';
import { API_PROFILES, FakeWorkbook } from '../../helpers/fakeExcel';

function workbook(api: (typeof API_PROFILES)[number]): FakeWorkbook {
  const book = new FakeWorkbook({ api });
  book.addSheet('信访科', [['来信件数', 10]]);
  book.addSheet('备用', [['来信件数', 12]]).visibility = 'Hidden';
  book.addSheet('底稿', [['来信件数', 14]]).visibility = 'VeryHidden';
  return book;
}

describe.each(API_PROFILES)('going to a finding’s cell (ExcelApi %s)', (api) => {
  it('activates a visible sheet and selects the cell', async () => {
    const book = workbook(api);
    await excelHost(book.runtime()).select({ sheet: '信访科', cell: 'B1' });
    expect(book.stats.activated).toEqual(['信访科']);
  });

  it('says where a cell on a hidden sheet is, and shows the sheet only when asked', async () => {
    const book = workbook(api);
    const host = excelHost(book.runtime());
    await expect(host.select({ sheet: '备用', cell: 'B1' })).rejects.toMatchObject({ kind: 'hidden', message: expect.stringContaining('备用!B1') });
    expect(book.stats.activated).toEqual([]);
    expect(book.sheet('备用')!.visibility).toBe('Hidden');
    await host.revealSheet!('备用');
    await host.select({ sheet: '备用', cell: 'B1' });
    expect(book.stats.activated).toEqual(['备用']);
  });

  it('never activates or shows a very hidden sheet', async () => {
    const book = workbook(api);
    const host = excelHost(book.runtime());
    await expect(host.select({ sheet: '底稿', cell: 'B1' })).rejects.toMatchObject({ kind: 'very-hidden', message: expect.stringContaining('底稿!B1') });
    await expect(host.revealSheet!('底稿')).rejects.toMatchObject({ kind: 'very-hidden' });
    expect(book.sheet('底稿')!.visibility).toBe('VeryHidden');
    expect(book.stats.activated).toEqual([]);
  });

  it('says a sheet renamed since the check is gone', async () => {
    const book = workbook(api);
    book.renameSheet('信访科', '信访科（新）');
    await expect(excelHost(book.runtime()).select({ sheet: '信访科', cell: 'B1' })).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('office-js errors in the clerk’s words', () => {
  it('says what to do when the clerk is editing a cell', () => {
    const e = explainOfficeError(Object.assign(new Error('x'), { code: 'InvalidOperationInCellEditMode' }));
    expect(e).toBeInstanceOf(HostError);
    expect(e.message).toBe('您正在编辑单元格，请先按回车或Esc退出编辑，再点一次。');
    expect(e.en).toBe('You are editing a cell: press Enter or Esc, then try again.');
  });

  it.each(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded'])('does not send the clerk to close other workbooks over %s: retrying cannot help', (code) => {
    const e = explainOfficeError(Object.assign(new Error('x'), { code }));
    expect(e.kind).toBe('too-large');
    expect(e.message).not.toMatch(/关闭|重试后|请重试/);
    expect(e.message).toContain('重试也不会成功');
    expect(e.en).not.toMatch(/close/i);
  });

  it('does not call plain InvalidOperation protection: that is checked before every write', () => {
    expect(explainOfficeError(Object.assign(new Error('x'), { code: 'InvalidOperation' })).message).not.toContain('保护');
  });
});
