import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { readXlsx } from '../src/adapters/xlsx/readXlsx';
import { readCompilation, type Figure } from '../src/core';
import { SAMPLE } from '../scripts/sample/baoan-2023.source';
import { buildSampleWorkbook } from '../scripts/sample/buildSample';
import { SAMPLE_PATH } from './helpers/files';

async function sample() {
  const { grid } = await readXlsx(new Uint8Array(readFileSync(SAMPLE_PATH)), 'baoan-2023.xlsx');
  return readCompilation(grid);
}

const numberOf = (f: Figure | undefined) => (f?.current.kind === 'number' ? f.current : null);

describe('the bundled sample workbook', () => {
  it('reads the report’s 99.63% as the rate 99.63, 150余 as 150 approximate and 26.3万 as 263000', async () => {
    const c = await sample();
    const find = (name: string, sheet: string) => c.figures.find((f) => f.indicator?.name === name && f.sheet === sheet);
    expect(numberOf(find('劳资隐患化解率', '劳动监察大队'))).toMatchObject({ percent: true, decimals: 2 });
    expect(numberOf(find('劳资隐患化解率', '劳动监察大队'))?.value.toFixed()).toBe('99.63');
    expect(numberOf(find('参加合规讲座企业家次', '劳动监察大队'))).toMatchObject({ approx: { written: '150余' } });
    expect(numberOf(find('参加合规讲座企业家次', '劳动监察大队'))?.value.toFixed()).toBe('150');
    expect(numberOf(find('线上线下培训人次', '职业能力建设科'))?.value.toFixed()).toBe('263000');
  });

  it('holds every statistical figure of the report', async () => {
    const c = await sample();
    const values = new Set(c.figures.map((f) => numberOf(f)?.raw).filter(Boolean));
    for (const v of ['4', '150余', '6', '29', '77', '26.3万', '279', '23', '15', '2', '3', '1', '20', '24', '100%', '13', '5', '22448', '4434', '4418', '99.63%', '3180', '3049', '113', '96.23%', '18,520', '78', '15710']) {
      expect(values).toContain(v);
    }
  });

  it('reads every department sheet as a submission and the petition ledger as a ledger', async () => {
    const c = await sample();
    expect(c.catalogInferred).toBe(false);
    expect(c.submissions.map((s) => [s.sheet, s.layout, s.reporter])).toEqual([
      ['办公室', 'long', '办公室'],
      ['法规科', 'long', '法规科'],
      ['劳动监察大队', 'long', '劳动监察大队'],
      ['街道隐患排查', 'wide', '劳动监察大队'],
      ['信访科', 'long', '信访科'],
      ['仲裁院', 'long', '仲裁院'],
      ['职业能力建设科', 'long', '职业能力建设科'],
    ]);
    expect(c.ledgers.map((l) => [l.sheet, l.lastRow - l.firstRow + 1])).toEqual([['信访台账', 3180]]);
    expect(c.figures.filter((f) => f.indicator === null)).toEqual([]);
  });

  it('is the workbook its readable source builds (run `npm run sample` after editing the source)', async () => {
    const committed = new ExcelJS.Workbook();
    await committed.xlsx.load(readFileSync(SAMPLE_PATH) as unknown as ExcelJS.Buffer);
    const built = buildSampleWorkbook(SAMPLE);
    expect(committed.worksheets.map((w) => w.name)).toEqual(built.worksheets.map((w) => w.name));
    for (const ws of built.worksheets) {
      const other = committed.getWorksheet(ws.name)!;
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const got = other.getCell(r, c);
          expect([ws.name, cell.address, got.value, got.numFmt]).toEqual([ws.name, cell.address, cell.value, cell.numFmt]);
        });
      });
    }
  });
});

describe('checking the bundled sample', () => {
  it('finds the report’s own two slips and nothing else wrong: 99.63% truncated, 96.23% of 113 impossible; the 13 lawsuits balance', async () => {
    const { runCli } = await import('./helpers/cli');
    const run = await runCli('check', SAMPLE_PATH, '--json');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.out);
    const serious = json.findings.filter((f: { severity: string }) => f.severity !== 'info');
    expect(serious.map((f: { check: string; refs: { sheet: string; cell: string }[] }) => [f.check, f.refs[0]])).toEqual([
      ['granularity', { sheet: '信访科', cell: 'D7' }],
      ['ratio-truncated', { sheet: '劳动监察大队', cell: 'D12' }],
      ['yoy', { sheet: '信访科', cell: 'D8' }],
    ]);
    expect(serious[1]).toMatchObject({ indicator: '劳资隐患化解率', reporter: '劳动监察大队', expected: 99.64, actual: 99.63, difference: -0.01 });
    expect(serious[0]).toMatchObject({ indicator: '国满件满意率', reporter: '信访科', actual: 96.23 });
    expect(json.findings.filter((f: { check: string }) => f.check === 'balance')).toEqual([]);
  });
});
