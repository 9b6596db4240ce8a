/**
 * Issue 14, the engine side of the clerk's year, through the EngineService the pane and the page
 * call (inProcessEngine wired as the worker wires it): collect department files with the diff of
 * a resubmission, accept a finding, hand out the forms of a year, roll over, diff.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { inProcessEngine } from '../../src/app/engine';
import type { EngineService, SubmissionFile } from '../../src/app/ports';
import { readXlsx } from '../../src/adapters/xlsx/readXlsx';
import { writeCopyWithSheets } from '../../src/adapters/xlsx/writeSheets';
import { yearFiles } from '../../src/adapters/xlsx/yearFiles';
import type { CellValue, OutSheet, SheetGrid, WorkbookGrid } from '../../src/core';
import { book, catalogSheet, longSheet, sheet } from '../helpers/grid';

const engine: EngineService = inProcessEngine({
  readXlsx: async (bytes, file) => (await readXlsx(bytes, file)).grid,
  writeCopy: async (bytes, file, sheets) => {
    const copy = await writeCopyWithSheets(bytes, file, sheets);
    return { bytes: copy.bytes, names: copy.names };
  },
  writeDocx: async () => new Uint8Array(),
  year: async () => yearFiles,
});

/** 信访科 and 办公室 both report 办结件数 (一致): old 3049 against 3094 is a cross-source error. */
const CATALOG = catalogSheet([
  { name: '来信件数', unit: '宗', kind: '计数', reporters: '信访科' },
  { name: '办结件数', unit: '宗', kind: '计数', reporters: '信访科、办公室', parent: '来信件数', relation: '其中', published: 2840 },
  { name: '满意率', unit: '%', kind: '比率', decimals: 2, reporters: '信访科' },
  { name: '诉讼数', unit: '件', kind: '计数', reporters: '法规科' },
]);

const xinfang = (done: CellValue, rate: CellValue = '96.46%'): readonly (readonly CellValue[])[] => [
  ['来信件数', '宗', 3180, 2987],
  ['其中：办结件数', '宗', done, 2840],
  ['满意率', '%', rate, '95.83%'],
];

const BOOK: WorkbookGrid = book(
  CATALOG,
  longSheet('信访科', '宝安区人力资源局信访科', xinfang(3049)),
  longSheet('办公室', '宝安区人力资源局办公室', [['办结件数', '宗', 3094, 2840]]),
);

async function xlsx(sheets: readonly SheetGrid[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    if (s.name === 'Sheet1') [ws.getColumn(1).width, ws.getColumn(3).width] = [30, 12];
    for (const row of s.values) ws.addRow(row.map((v) => (v === null || typeof v !== 'object' ? v : null)) as ExcelJS.CellValue[]);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A generated sheet as the host would read it back after writing it, tagged as Huibian's. */
function written(out: OutSheet): SheetGrid {
  return { name: out.name, values: out.rows.map((r) => r.map((c) => c.value)), generated: out.kind ?? undefined };
}

describe('导入报送: planImport and applyImport', () => {
  let files: SubmissionFile[];
  beforeAll(async () => {
    files = [
      // 信访科 corrects two figures: 办结件数 3049 → 3094 and 满意率 96.46 → 95.58.
      { file: '信访科-更正.xlsx', bytes: await xlsx([longSheet('Sheet1', '宝安区人力资源局信访科', xinfang(3094, '95.58%'))]) },
      // 法规科 is new; its sheet states no unit, its file name does.
      { file: '法规科.xlsx', bytes: await xlsx([sheet('Sheet1', [['指标名称', '单位', '本年数'], ['诉讼数', '件', 13]])]) },
      { file: '坏文件.xlsx', bytes: new TextEncoder().encode('not a workbook') },
    ];
  });

  it('finds each file’s unit, replaces a resubmitted unit’s sheet and lists exactly the figures that changed', async () => {
    const plan = await engine.planImport(BOOK, files);
    expect(plan.entries.map((e) => [e.file, e.reporter, e.resubmission, e.sheets])).toEqual([
      ['信访科-更正.xlsx', '信访科', true, [{ from: 'Sheet1', as: '信访科', replaces: '信访科' }]],
      ['法规科.xlsx', '法规科', false, [{ from: 'Sheet1', as: '法规科', replaces: null }]],
    ]);
    const resubmitted = plan.entries[0].diff;
    expect(resubmitted.changed).toEqual([
      { reporter: '信访科', indicator: '办结件数', period: '2023年', previous: false, sheet: '信访科', cell: 'C5', old: '3049', new: '3094' },
      { reporter: '信访科', indicator: '满意率', period: '2023年', previous: false, sheet: '信访科', cell: 'C6', old: '96.46', new: '95.58' },
    ]);
    expect([resubmitted.added, resubmitted.removed]).toEqual([[], []]);
    expect(plan.entries[1].diff.added.map((c) => [c.indicator, c.new])).toEqual([['诉讼数', '13']]);
    expect(plan.refused).toHaveLength(1);
    expect(plan.refused[0].file).toBe('坏文件.xlsx');
    expect(plan.sheets.map((s) => s.name)).toEqual(['信访科', '法规科']);
    expect(plan.sheets[0].values[4]).toEqual(['其中：办结件数', '宗', 3094, 2840]);
    expect(plan.sheets[0].columnWidths).toEqual([30, null, 12, null]);
    // 报送记录: title, header, one row per file imported.
    expect(plan.log.kind).toBe('log');
    const logRows = plan.log.rows.slice(2).map((r) => r.slice(1, 6).map((c) => c.value));
    expect(logRows).toEqual([
      ['信访科-更正.xlsx', '信访科', '信访科', '重新报送', 2],
      ['法规科.xlsx', '法规科', '法规科', '首次报送', 1],
    ]);
    expect(String(plan.log.rows[2][6].value)).toContain('信访科·办结件数 3049→3094');
  });

  it('keeps diffs exact: 0.1 + 0.2 written as 0.3 is no change, 1.2万 against 12000 is none either', async () => {
    const before = book(CATALOG, longSheet('信访科', '信访科', [['来信件数', '宗', 12000], ['满意率', '%', 0.3]]));
    const after = book(CATALOG, longSheet('信访科', '信访科', [['来信件数', '宗', '1.2万'], ['满意率', '%', '0.30']]));
    expect(await engine.diff(before, after)).toEqual({ changed: [], added: [], removed: [] });
    const changed = await engine.diff(before, book(CATALOG, longSheet('信访科', '信访科', [['来信件数', '宗', 12001], ['满意率', '%', 0.3]])));
    expect(changed.changed.map((c) => [c.old, c.new])).toEqual([['12000', '12001']]);
  });

  it('writes the page’s new workbook: the check then reads the new figure only, and 报送记录 is Huibian’s own sheet', async () => {
    const before = await engine.check(BOOK);
    expect(before.findings.filter((f) => f.check === 'cross-source').map((f) => f.indicator)).toEqual(['办结件数']);
    const bookBytes = await xlsx(BOOK.sheets);
    const { bytes, plan } = await engine.applyImport(bookBytes, 'book.xlsx', files);
    expect(plan.entries).toHaveLength(2);
    const grid = await engine.readXlsx(bytes, 'book.xlsx');
    expect(grid.sheets.map((s) => s.name)).toEqual(['指标目录', '信访科', '办公室', '法规科', '报送记录', '_huibian']);
    const after = await engine.check(grid);
    expect(after.findings.filter((f) => f.check === 'cross-source')).toEqual([]);
    expect(after.reporters.map((r) => r.reporter).sort()).toEqual(['信访科', '办公室', '法规科'].sort());
    // A second import appends to 报送记录 and finds the new sheet a resubmission.
    const again = await engine.planImport(grid, [files[1]]);
    expect(again.entries[0].resubmission).toBe(true);
    expect(again.entries[0].diff).toEqual({ changed: [], added: [], removed: [] });
    expect(again.log.rows.slice(2).map((r) => r[1].value)).toEqual(['信访科-更正.xlsx', '法规科.xlsx', '法规科.xlsx']);
  });
});

describe('accept a finding (处理意见, SPEC §5.3)', () => {
  it('marks a finding 已说明 with a note, which then no longer counts as an open error and survives a re-run', async () => {
    const report = await engine.check(BOOK);
    // 法规科 sent nothing (missing) and 办结件数 disagrees (cross-source).
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.check)).toEqual(['missing', 'cross-source']);
    expect(report.summary.errors).toBe(2);
    const error = report.findings.find((f) => f.check === 'cross-source')!;
    expect(error.accepted).toBeNull();
    const sheetOut = await engine.accept(BOOK, {}, [{ key: error.key, status: 'explained', note: '办公室口径含电话件' }]);
    const header = sheetOut.rows.findIndex((r) => r[0]?.value === '序号');
    expect(sheetOut.rows[header].map((c) => c.value)).toEqual(['序号', '级别', '检查', '说明', '位置', '应为', '实为', '差额', '处理意见', '状态', '相关单元格', '键']);
    const row = sheetOut.rows.find((r) => r[11]?.value === error.key)!;
    expect([row[2].value, row[8].value, row[9].value]).toEqual(['多处不一致', '办公室口径含电话件', '已说明']);
    const withSheet: WorkbookGrid = { ...BOOK, sheets: [...BOOK.sheets, written(sheetOut)] };
    const again = await engine.check(withSheet);
    expect(again.summary.errors).toBe(1);
    expect(again.accepted.errors).toBe(1);
    expect(again.findings.find((f) => f.key === error.key)!.accepted).toEqual({ status: 'explained', note: '办公室口径含电话件' });
    // Another decision leaves the first in place; clearing it opens the finding again.
    const kept = await engine.accept(withSheet, {}, []);
    expect(kept.rows.find((r) => r[11]?.value === error.key)![8].value).toBe('办公室口径含电话件');
    const cleared = await engine.accept(withSheet, {}, [{ key: error.key, status: null, note: '' }]);
    expect(cleared.rows.find((r) => r[11]?.value === error.key)![8].value).toBe('');
  });

  it('loses the decision when the figure changes (the key holds the values)', async () => {
    const report = await engine.check(BOOK);
    const error = report.findings.find((f) => f.check === 'cross-source')!;
    const sheetOut = await engine.accept(BOOK, {}, [{ key: error.key, status: 'verified', note: '' }]);
    expect((await engine.check(book(...BOOK.sheets, written(sheetOut)))).accepted.errors).toBe(1);
    const changed = book(CATALOG, longSheet('信访科', '信访科', xinfang(3050)), BOOK.sheets[2], written(sheetOut));
    const again = await engine.check(changed);
    expect([again.summary.errors, again.accepted.errors]).toEqual([2, 0]);
  });
});

describe('报送模板 for a year, 下一年度', () => {
  async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return wb;
  }

  it('makes one form per unit that says the year asked for, with this year’s figure as 上年数 for next year', async () => {
    const forms = await engine.forms(BOOK, {}, 2024);
    expect(forms.map((f) => [f.unit, f.name])).toEqual([['信访科', '信访科.xlsx'], ['办公室', '办公室.xlsx'], ['法规科', '法规科.xlsx']]);
    const ws = (await load(forms[0].bytes)).worksheets[0];
    expect(ws.getCell('A1').value).toBe('2024年统计报表（信访科）');
    expect(ws.getCell('D2').value).toBe('报告期：2024年');
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => n > 3 && row.getCell(3).value && rows.push([String(row.getCell(3).value).trim(), row.getCell(6).value]));
    expect(rows.slice(0, 3)).toEqual([['来信件数', 3180], ['其中：办结件数', 3049], ['满意率', 96.46]]);
    const zip = unzipSync(await engine.formsZip(BOOK, {}, 2024));
    expect(Object.keys(zip)).toEqual(['信访科.xlsx', '办公室.xlsx', '法规科.xlsx']);
  });

  it('rolls the book over: 上年公布数 from this year, figures cleared, last year’s column this year’s, years moved on', async () => {
    const findings: SheetGrid = { name: '核对结果', values: [['核对结果']], generated: 'findings' };
    const sheets = BOOK.sheets.map((s) => (s.name === '信访科' ? { ...s, columnWidths: [24, null, 10] } : s));
    const bytes = await engine.rollover({ ...BOOK, sheets: [...sheets, findings] }, {}, 2024);
    const wb = await load(bytes);
    expect([1, 3].map((c) => wb.getWorksheet('信访科')!.getColumn(c).width)).toEqual([24, 10]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['指标目录', '信访科', '办公室']);
    const cat = wb.getWorksheet('指标目录')!;
    expect(cat.getCell('N1').value).toBe('上年公布数');
    expect([2, 3, 4, 5].map((r) => cat.getCell(`N${r}`).value)).toEqual([3180, 3049, 96.46, null]);
    const xf = wb.getWorksheet('信访科')!;
    expect([xf.getCell('C4').value, xf.getCell('D4').value, xf.getCell('C5').value, xf.getCell('D5').value]).toEqual([null, 3180, null, 3049]);
    expect([xf.getCell('A1').value, xf.getCell('C2').value]).toEqual(['信访科统计表', '报告期：2024年']);
  });
});

describe('滚动沿用 through the engine', () => {
  it('learns templates from last year’s text, gives the sheet to write and the sheets it replaces', async () => {
    const { readFileSync } = await import('node:fs');
    const { SAMPLE_PATH, SEED_REPORT_PATH } = await import('../helpers/files');
    const grid = await engine.readXlsx(new Uint8Array(readFileSync(SAMPLE_PATH)), 'baoan-2023.xlsx');
    const learned = await engine.learn(readFileSync(SEED_REPORT_PATH, 'utf8'), grid);
    expect(learned.templates.length).toBeGreaterThan(10);
    expect(learned.templates.some((t) => t.template.includes('{来信信访办结件数}'))).toBe(true);
    expect(learned.sheet.kind).toBe('templates');
    expect(learned.retire).toEqual([['文字模板', '文字模板（旧）']]);
    expect(learned.unbound.every((t) => typeof t === 'string' && t !== '')).toBe(true);
  });
});

describe('a unit with two sheets', () => {
  const catalog = catalogSheet([
    { name: '排查企业数', unit: '家', kind: '计数', reporters: '新安街道、西乡街道', aggregation: '求和', totalReporter: '监察大队' },
    { name: '讲座场次', unit: '场', kind: '计数', reporters: '监察大队' },
  ]);
  const wide = (a: number, b: number, as = '街道排查'): SheetGrid =>
    sheet(as, [['填报单位：监察大队', null, '报告期：2023年'], ['街道', '排查企业数'], ['新安街道', a], ['西乡街道', b], ['合计', a + b]]);
  const long = longSheet('监察大队', '监察大队', [['讲座场次', '场', 12], ['排查企业数', '家', 30]]);

  it('replaces the sheet of the same layout (the streets’ table), not the unit’s other sheet', async () => {
    const plan = await engine.planImport(book(catalog, long, wide(10, 20)), [{ file: '监察大队-街道.xlsx', bytes: await xlsx([wide(11, 20, 'Sheet1')]) }]);
    expect(plan.entries[0].sheets).toEqual([{ from: 'Sheet1', as: '街道排查', replaces: '街道排查' }]);
    expect(plan.entries[0].diff.changed.map((c) => [c.reporter, c.indicator, c.cell, c.old, c.new])).toEqual([
      ['新安街道', '排查企业数', 'B3', '10', '11'],
      ['监察大队', '排查企业数', 'B5', '30', '31'],
    ]);
  });

  it('adds a sheet of the unit that matches none of its sheets under its own name', async () => {
    const plan = await engine.planImport(book(catalog, long), [{ file: '监察大队.xlsx', bytes: await xlsx([wide(10, 20)]) }]);
    expect(plan.entries[0]).toMatchObject({ resubmission: false, sheets: [{ from: '街道排查', as: '街道排查', replaces: null }] });
  });
});

describe('a file with two sheets of one unit', () => {
  it('places both: a file’s sheets never replace each other', async () => {
    const first = longSheet('信访科', '信访科', xinfang(3094));
    const second = longSheet('信访科续表', '信访科', xinfang(3094));
    const plan = await engine.planImport(book(CATALOG), [{ file: '信访科.xlsx', bytes: await xlsx([first, second]) }]);
    expect(plan.entries[0].sheets).toEqual([
      { from: '信访科', as: '信访科', replaces: null },
      { from: '信访科续表', as: '信访科续表', replaces: null },
    ]);
  });
});
