import { excelHost } from '../../../src/adapters/excel/excelHost';
import { REQUEST_BUDGET } from '../../../src/adapters/excel/payload';
import type { ImportPlan } from '../../../src/app/ports';
import type { OutSheet, SheetGrid } from '../../../src/core';
import { API_PROFILES, FakeWorkbook, PAYLOAD_LIMIT } from '../../helpers/fakeExcel';

const LOG: OutSheet = { name: '报送记录', kind: 'log' as OutSheet['kind'], rows: [[{ value: '文件' }, { value: '单位' }], [{ value: '信访科.xlsx' }, { value: '信访科' }]], widths: [16, 10], merges: [] };

/** A department sheet as the engine hands it over: values, number formats, a merged title, widths. */
function department(name: string, letters: number, rate: number): SheetGrid {
  return {
    name,
    values: [[`2024年${name}统计表`], [`填报单位：${name}`], ['指标名称', '单位', '本年数'], ['来信件数', '宗', letters], ['满意率', '%', rate], ['=备注', null, '2024-01']],
    formats: [[], [], [], [null, null, '#,##0'], [null, null, '0.00%']],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    columnWidths: [18, 6, 10],
  };
}

const plan = (sheets: readonly SheetGrid[]): ImportPlan => ({ entries: [], refused: [], sheets, log: LOG });

function bookWithOld(api: (typeof API_PROFILES)[number]): FakeWorkbook {
  const book = new FakeWorkbook({ api });
  book.addSheet('指标目录', [['指标名称', '单位', '报送单位'], ['来信件数', '宗', '信访科']]);
  book.addSheet('信访科', [['旧表'], ['填报单位：信访科'], ['指标名称', '单位', '本年数'], ['来信件数', '宗', 3180], ['满意率', '%', 0.9623], ['旧的第六行'], ['旧的第七行', 1, 2]]);
  return book;
}

describe.each(API_PROFILES)('writing an import through office-js (ExcelApi %s)', (api) => {
  it('replaces a resubmitted unit’s sheet in place and adds a new unit’s, keeping formats, merges and widths', async () => {
    const book = bookWithOld(api);
    const host = excelHost(book.runtime());
    await host.writeImport!(plan([department('信访科', 3190, 0.9646), department('法律顾问室', 12, 1)]), []);
    // Replaced in place: the new figures, nothing of the old sheet left below them.
    expect(book.cell('信访科', 'C4')).toMatchObject({ value: 3190, numberFormat: '#,##0' });
    expect(book.cell('信访科', 'C5')).toMatchObject({ value: 0.9646, numberFormat: '0.00%' });
    expect(book.cell('信访科', 'A7')?.value ?? null).toBeNull();
    expect(book.cell('信访科', 'C7')?.value ?? null).toBeNull();
    expect(book.sheet('信访科')!.merges.map((m) => [m.top, m.left, m.rows, m.cols])).toEqual([[0, 0, 1, 3]]);
    expect([...book.sheet('信访科')!.columnWidths.values()]).toEqual([131, 47, 75]);
    // The new unit is a new sheet, after the others.
    expect(book.sheets.map((s) => s.name).slice(0, 3)).toEqual(['指标目录', '信访科', '法律顾问室']);
    expect(book.cell('法律顾问室', 'C4')!.value).toBe(12);
    // A department's text that looks like a formula stays text.
    expect(book.cell('法律顾问室', 'A6')).toMatchObject({ value: '=备注', numberFormat: '@' });
    expect(book.cell('法律顾问室', 'A6')!.formula).toBeUndefined();
    // 报送记录 is Huibian's own sheet, written like the others.
    expect(book.cell('报送记录', 'A2')!.value).toBe('信访科.xlsx');
  });

  it('writes a big import in few syncs, each request well under the 5 MB Excel on the web allows', async () => {
    const book = bookWithOld(api);
    // 30,000 rows of Chinese text: about 4 MB of values, more than one request can carry safely.
    const rows = Array.from({ length: 30_000 }, (_, i) => [`第${i + 1}项群众来信来访事项办理情况统计`, '宗', i, '本项数据由社区工作站根据台账逐条核实后填报']);
    const big: SheetGrid = { name: '信访台账', values: [['事项', '单位', '件数', '备注'], ...rows] };
    const before = book.stats.syncs;
    await excelHost(book.runtime()).writeImport!(plan([big]), []);
    const syncs = book.stats.syncs - before;
    expect(book.cell('信访台账', 'C30001')!.value).toBe(29_999);
    expect(book.stats.refusedRequests).toBe(0);
    expect(book.stats.maxRequestBytes).toBeLessThan(REQUEST_BUDGET);
    expect(book.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT * 0.8);
    // Two syncs to read the sheet list and protection, the cells in 1 MB writes batched under the
    // 3.5 MB budget, then 报送记录's own few: bounded by the bytes, not by the rows.
    expect(syncs).toBeLessThanOrEqual(12);
    // Measured: 8 syncs, the largest request about 3.0 MB.
    void (`import of ${rows.length} rows (ExcelApi ${api}): ${syncs} syncs, largest request ${book.stats.maxRequestBytes} bytes`);
  });

  it('stops before writing anything when the resubmitted unit’s sheet is protected', async () => {
    const book = bookWithOld(api);
    book.sheet('信访科')!.protected = true;
    await expect(excelHost(book.runtime()).writeImport!(plan([department('信访科', 3190, 0.9646)]), [])).rejects.toThrow(/信访科/);
    expect(book.cell('信访科', 'C4')!.value).toBe(3180);
    expect(book.writtenSheets.size).toBe(0);
  });
});

describe('opening new workbooks and keeping the old 文字模板 in Excel', () => {
  it('offers Excel.createWorkbook only where ExcelApi 1.8 is supported, handing it the .xlsx as base64', async () => {
    const opened: string[] = [];
    const withCreate = (api: (typeof API_PROFILES)[number]) => ({ ...new FakeWorkbook({ api }).runtime(), createWorkbook: async (b64: string) => void opened.push(b64) });
    expect(excelHost(withCreate('1.7')).createWorkbook).toBeUndefined();
    const host = excelHost(withCreate('newest'));
    await host.createWorkbook!(new Uint8Array([80, 75, 3, 4, 255]));
    expect(opened).toEqual([Buffer.from([80, 75, 3, 4, 255]).toString('base64')]);
    // Without the function (tests, older hosts) the pane downloads instead.
    expect(excelHost(new FakeWorkbook().runtime()).createWorkbook).toBeUndefined();
  });

  it('renames and hides the clerk’s 文字模板 before the learned one is written, in two syncs', async () => {
    const book = new FakeWorkbook();
    book.addSheet('文字模板', [['章节', '序号', '模板'], ['信访', 1, '受理来信{来信件数}件。']]);
    const before = book.stats.syncs;
    await excelHost(book.runtime()).retireSheets!([['文字模板', '文字模板（旧）']]);
    expect(book.stats.syncs - before).toBe(2);
    expect(book.sheet('文字模板（旧）')).toMatchObject({ visibility: 'Hidden' });
    expect(book.cell('文字模板（旧）', 'C2')!.value).toBe('受理来信{来信件数}件。');
  });

  it('leaves a protected 文字模板 alone and says so', async () => {
    const book = new FakeWorkbook();
    book.addSheet('文字模板', [['章节', '序号', '模板']]).protected = true;
    await expect(excelHost(book.runtime()).retireSheets!([['文字模板', '文字模板（旧）']])).rejects.toThrow(/文字模板/);
    expect(book.sheet('文字模板')!.visibility).toBe('Visible');
  });
});
