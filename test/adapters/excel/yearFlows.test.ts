/**
 * Issue 14 in Excel: the pane's import and accept flows through the real engine and the Excel
 * adapter, against the fake office-js, counting syncs and the largest request's bytes.
 */
import ExcelJS from 'exceljs';
import { excelHost } from '../../../src/adapters/excel/excelHost';
import { REQUEST_BUDGET } from '../../../src/adapters/excel/payload';
import { readXlsx } from '../../../src/adapters/xlsx/readXlsx';
import { writeCopyWithSheets } from '../../../src/adapters/xlsx/writeSheets';
import { yearFiles } from '../../../src/adapters/xlsx/yearFiles';
import { inProcessEngine } from '../../../src/app/engine';
import type { EngineService, SubmissionFile } from '../../../src/app/ports';
import { API_PROFILES, FakeWorkbook } from '../../helpers/fakeExcel';

const engine: EngineService = inProcessEngine({
  readXlsx: async (bytes, file) => (await readXlsx(bytes, file)).grid,
  writeCopy: async (bytes, file, sheets) => {
    const copy = await writeCopyWithSheets(bytes, file, sheets);
    return { bytes: copy.bytes, names: copy.names };
  },
  writeDocx: async () => new Uint8Array(),
  year: async () => yearFiles,
});

const CATALOG = [
  ['指标名称', '单位', '类型', '小数位', '报送单位', '计算公式'],
  ['来信件数', '宗', '计数', null, '信访科', null],
  ['办结件数', '宗', '计数', null, '信访科', null],
  ['调查件数', '宗', '计数', null, '信访科', null],
  ['满意率', '%', '比率', 2, '信访科', '[满意件数]/[调查件数]*100'],
  ['满意件数', '宗', '计数', null, null, null],
  ['诉讼数', '件', '计数', null, '法规科', null],
];

const xinfang = (letters: number, rate: string): (string | number | null)[][] => [
  ['2023年信访工作统计表'],
  ['填报单位：宝安区人力资源局信访科', null, '报告期：2023年'],
  ['指标名称', '单位', '本年数', '上年数'],
  ['来信件数', '宗', letters, 2987],
  ['其中：办结件数', '宗', 3049, 2840],
  ['调查件数', '宗', 113, 96],
  ['满意率', '%', rate, '95.83%'],
];

/** The compilation workbook open in Excel: 信访科's rate 96.23% of 113 is impossible (granularity). */
function openBook(api: (typeof API_PROFILES)[number]): FakeWorkbook {
  const book = new FakeWorkbook({ api });
  book.addSheet('指标目录', CATALOG);
  book.addSheet('信访科', xinfang(3180, '96.23%'));
  return book;
}

async function departmentFile(name: string, rows: (string | number | null)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  rows.forEach((r) => ws.addRow(r));
  ws.mergeCells('A1:D1');
  ws.getColumn(1).width = 20;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe.each(API_PROFILES)('the clerk’s year in Excel (ExcelApi %s)', (api) => {
  let files: SubmissionFile[];
  beforeAll(async () => {
    files = [
      // 信访科 corrects two figures: 来信件数 3180 → 3190 and 满意率 96.23% → 96.46%.
      { file: '信访科-更正.xlsx', bytes: await departmentFile('信访科', xinfang(3190, '96.46%')) },
      { file: '法规科.xlsx', bytes: await departmentFile('法规科', [['2023年法规科统计表'], ['填报单位：法规科', null, '报告期：2023年'], ['指标名称', '单位', '本年数', '上年数'], ['诉讼数', '件', 13, 11]]) },
    ];
  });

  it('imports two files: the diff, then the sheets written in place in a few small syncs, and the check reads the new figures', async () => {
    const book = openBook(api);
    const host = excelHost(book.runtime());
    const before = await engine.check(await host.readGrid());
    expect(before.findings.filter((f) => f.severity === 'error').map((f) => f.check)).toEqual(['missing', 'granularity']);

    const plan = await engine.planImport(await host.readGrid(), files);
    expect(plan.entries.map((e) => [e.reporter, e.resubmission, e.diff.changed.map((c) => `${c.indicator} ${c.old}→${c.new}`)])).toEqual([
      ['信访科', true, ['来信件数 3180→3190', '满意率 96.23→96.46']],
      ['法规科', false, []],
    ]);
    const syncs = book.stats.syncs;
    await host.writeImport!(plan, files);
    const importSyncs = book.stats.syncs - syncs;
    // Read the sheets and protection (2), write both files' cells (1), 报送记录 through the generated-sheet writer (its own few).
    expect(importSyncs).toBeLessThanOrEqual(8);
    expect(book.stats.maxRequestBytes).toBeLessThan(REQUEST_BUDGET);
    expect(book.stats.refusedRequests).toBe(0);

    // 信访科 rewritten where it stood (no 信访科 (2)), 法规科 added, 报送记录 Huibian's.
    expect(book.sheets.map((s) => s.name).filter((n) => !n.startsWith('_'))).toEqual(['指标目录', '信访科', '法规科', '报送记录']);
    expect(book.cell('信访科', 'C4')!.value).toBe(3190);
    expect(book.cell('信访科', 'C7')!.value).toBe('96.46%');
    expect(book.sheet('信访科')!.merges).toHaveLength(1);
    // ExcelJS's width 20 characters, as the department's file had it, in points.
    expect(book.sheet('信访科')!.columnWidths.get(0)).toBe(145);
    const after = await engine.check(await host.readGrid());
    expect(after.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(after.reporters.map((r) => r.reporter)).toEqual(['信访科', '法规科']);
    // Measured: 7 syncs, the largest request about 56 KB.
  });

  it('accepts a finding: 核对结果 written in one budgeted pass, the note kept by a re-check and by a re-compile', async () => {
    const book = openBook(api);
    const host = excelHost(book.runtime());
    const grid = await host.readGrid();
    const report = await engine.check(grid);
    const impossible = report.findings.find((f) => f.check === 'granularity')!;
    const sheet = await engine.accept(grid, {}, [{ key: impossible.key, status: 'explained', note: '国家信访局反馈数据，按原数报送' }]);
    const syncs = book.stats.syncs;
    await host.writeSheets([sheet]);
    // Measured: 4 syncs, the largest request about 150 KB.
    expect(book.stats.syncs - syncs).toBeLessThanOrEqual(4);
    expect(book.stats.maxRequestBytes).toBeLessThan(REQUEST_BUDGET);

    const again = await engine.check(await host.readGrid());
    expect(again.summary.errors).toBe(report.summary.errors - 1);
    expect(again.accepted.errors).toBe(1);
    expect(again.findings.find((f) => f.key === impossible.key)!.accepted).toEqual({ status: 'explained', note: '国家信访局反馈数据，按原数报送' });

    // 写入汇总表、核对结果和文字说明 rewrites 核对结果: the note stays with its finding.
    const compiled = await engine.compile(await host.readGrid());
    await host.writeSheets(compiled.sheets);
    const notes = [...book.sheet('核对结果')!.cells.values()].map((c) => c.value);
    expect(notes).toContain('国家信访局反馈数据，按原数报送');
    expect((await engine.check(await host.readGrid())).accepted.errors).toBe(1);
  });
});
