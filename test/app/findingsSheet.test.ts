import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { cellsOf, loadBook as load, SAMPLE_PATH, tempDir } from '../helpers/files';



function findingRows(ws: ExcelJS.Worksheet): { header: number; rows: ExcelJS.Row[] } {
  let header = 0;
  ws.eachRow((row, n) => {
    if (row.getCell(1).value === '序号') header = n;
  });
  const rows: ExcelJS.Row[] = [];
  for (let n = header + 1; n <= ws.rowCount; n++) rows.push(ws.getRow(n));
  return { header, rows };
}

describe('huibian check -o: the 核对结果 sheet (SPEC §5.3)', () => {
  const dir = tempDir();
  const first = join(dir, 'checked.xlsx');
  const second = join(dir, 'checked-again.xlsx');

  beforeAll(async () => {
    await runCli('check', SAMPLE_PATH, '-o', first);
  });

  it('writes one row per finding, errors first, each linking to its cell', async () => {
    const book = await load(first);
    const ws = book.getWorksheet('核对结果')!;
    const { rows } = findingRows(ws);
    const first3 = rows.slice(0, 3).map((r) => [r.getCell(2).value, r.getCell(3).value]);
    expect(first3).toEqual([['错误', '比率不可能'], ['警告', '截尾取舍'], ['警告', '同比异常']]);
    expect(rows[0].getCell(5).value).toEqual({ formula: `HYPERLINK("#'信访科'!D7","信访科!D7")`, result: '信访科!D7' });
    expect(rows[0].getCell(4).value).toContain('96.23%');
    expect(rows[1].getCell(6).value).toBe(99.64);
    expect(rows[1].getCell(7).value).toBe(99.63);
    expect(rows[1].getCell(8).value).toBe(-0.01);
  });

  it('puts a summary block on top: totals and counts per unit', async () => {
    const ws = (await load(first)).getWorksheet('核对结果')!;
    expect(String(ws.getCell('A2').value)).toContain('错误 1 项，警告 2 项，提示 5 项');
    expect([ws.getCell('A5').value, ws.getCell('B5').value, ws.getCell('C5').value, ws.getCell('D5').value]).toEqual(['信访科', 1, 1, 3]);
  });

  it('keeps the source sheets exactly as they were: values, formulas, formats', async () => {
    const [original, copy] = await Promise.all([load(SAMPLE_PATH), load(first)]);
    for (const ws of original.worksheets) expect(cellsOf(copy.getWorksheet(ws.name)!)).toEqual(cellsOf(ws));
    expect(copy.worksheets.map((w) => w.name)).toEqual([...original.worksheets.map((w) => w.name), '核对结果', '_huibian']);
    expect(copy.getWorksheet('_huibian')!.state).toBe('veryHidden');
  });

  it('carries the clerk’s 处理意见 over to a re-run for the same finding, and gives the same sheet', async () => {
    const book = await load(first);
    const ws = book.getWorksheet('核对结果')!;
    const { rows } = findingRows(ws);
    rows[0].getCell(9).value = '已电话核实，国家信访局反馈为109件满意';
    writeFileSyncBook(first, await book.xlsx.writeBuffer());
    await runCli('check', first, '-o', second);
    const again = (await load(second)).getWorksheet('核对结果')!;
    expect(findingRows(again).rows[0].getCell(9).value).toBe('已电话核实，国家信访局反馈为109件满意');
    // The same sheet but for the subtitle, which names the input file.
    const withoutSubtitle = (cells: string[]) => cells.filter((c) => !/^\["[A-Z]+2"/.test(c));
    expect(withoutSubtitle(cellsOf(again))).toEqual(withoutSubtitle(cellsOf(ws)));
    expect((await load(second)).worksheets.filter((w) => w.name.startsWith('核对结果'))).toHaveLength(1);
  });

  it('gives the same sheet when run twice on the same workbook', async () => {
    const [a, b] = [join(dir, 'once.xlsx'), join(dir, 'twice.xlsx')];
    await runCli('check', SAMPLE_PATH, '-o', a);
    await runCli('check', SAMPLE_PATH, '-o', b);
    const [x, y] = await Promise.all([load(a), load(b)]);
    expect(cellsOf(y.getWorksheet('核对结果')!)).toEqual(cellsOf(x.getWorksheet('核对结果')!));
  });

  it('drops the note of a finding whose values changed', async () => {
    const book = await load(first);
    const ws = book.getWorksheet('核对结果')!;
    findingRows(ws).rows[0].getCell(9).value = '旧意见';
    book.getWorksheet('信访科')!.getCell('D7').value = '96.24%';
    const edited = join(dir, 'edited.xlsx');
    writeFileSyncBook(edited, await book.xlsx.writeBuffer());
    const out = join(dir, 'edited-checked.xlsx');
    await runCli('check', edited, '-o', out);
    const rows = findingRows((await load(out)).getWorksheet('核对结果')!).rows;
    expect(rows[0].getCell(7).value).toBe(96.24);
    expect(rows[0].getCell(9).value).toBe('');
  });

  it('leaves a user’s own sheet named 核对结果 alone and writes 核对结果 (2)', async () => {
    const book = await load(SAMPLE_PATH);
    book.addWorksheet('核对结果').getCell('A1').value = '我自己的笔记';
    const mine = join(dir, 'mine.xlsx');
    writeFileSyncBook(mine, await book.xlsx.writeBuffer());
    const out = join(dir, 'mine-checked.xlsx');
    const run = await runCli('check', mine, '-o', out);
    expect(run.err).toContain('核对结果 (2)');
    const copy = await load(out);
    expect(copy.getWorksheet('核对结果')!.getCell('A1').value).toBe('我自己的笔记');
    expect(copy.getWorksheet('核对结果 (2)')).toBeDefined();
  });
});

function writeFileSyncBook(path: string, data: ExcelJS.Buffer | ArrayBuffer): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('node:fs').writeFileSync(path, new Uint8Array(data as ArrayBuffer));
}
