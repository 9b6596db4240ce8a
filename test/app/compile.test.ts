import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { cellsOf, loadBook as load, SAMPLE_PATH, tempDir, writeXlsx } from '../helpers/files';



/** The 汇总表 row of an indicator, as [本年, 上年, 增减, 增减率] cells. */
function summaryRow(ws: ExcelJS.Worksheet, name: string): ExcelJS.Cell[] {
  let found: ExcelJS.Row | null = null;
  ws.eachRow((row) => {
    if (row.getCell(2).value === name) found = row;
  });
  if (!found) throw new Error(`no summary row ${name}`);
  const row = found as ExcelJS.Row;
  return [4, 5, 6, 7].map((c) => row.getCell(c));
}

describe('huibian compile', () => {
  const dir = tempDir();
  const out = join(dir, 'compiled.xlsx');
  const docx = join(dir, 'compiled.docx');
  let code = -1;

  beforeAll(async () => {
    code = (await runCli('compile', SAMPLE_PATH, '-o', out, '--docx', docx)).code;
  });

  it('writes 汇总表, 核对结果 and 文字说明 even though the check found errors (exit 1)', async () => {
    expect(code).toBe(1);
    const book = await load(out);
    expect(book.worksheets.map((w) => w.name).slice(-4)).toEqual(['汇总表', '核对结果', '文字说明', '_huibian']);
    const meta = book.getWorksheet('_huibian')!;
    expect([2, 3, 4].map((r) => [meta.getCell(r, 1).value, meta.getCell(r, 2).value])).toEqual([['汇总表', 'summary'], ['核对结果', 'findings'], ['文字说明', 'narrative']]);
  });

  it('lays the 汇总表 out for printing: title, subtitle, header, sections, formats, frozen header, A4 landscape one page wide', async () => {
    const ws = (await load(out)).getWorksheet('汇总表')!;
    expect(ws.getCell('A1').value).toBe('宝安区人力资源局2023年统计汇总表');
    expect(ws.getCell('A2').value).toBe('报告期：2023年\u3000\u3000填报单位：宝安区人力资源局');
    expect([...Array(9)].map((_, i) => ws.getCell(3, i + 1).value)).toEqual(['序号', '指标', '单位', '本年', '上年', '增减', '增减率(%)', '报送单位', '备注']);
    expect(ws.getCell('A4').value).toBe('普法宣传');
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A1:I1', 'A2:I2', 'A4:I4']));
    expect(ws.getCell('C3').font.bold).toBe(true);
    expect((ws.getCell('C3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9E1F2');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    const [cur, prev, change, rate] = summaryRow(ws, '劳资隐患化解率');
    expect([cur.value, cur.numFmt, prev.value, change.value, rate.value]).toEqual([99.63, '0.00', 99.44, 0.19, null]);
    const [sum] = summaryRow(ws, '排查企业数');
    expect([sum.value, sum.numFmt]).toEqual([22448, '0']);
    const [approx, approxPrev, approxChange] = summaryRow(ws, '参加合规讲座企业家次');
    expect([approx.value, approxPrev.value, approxChange.value]).toEqual(['150余', '120余', null]);
  });

  it('keeps every source sheet as it was, cell by cell, formats included', async () => {
    const [original, copy] = await Promise.all([load(SAMPLE_PATH), load(out)]);
    for (const ws of original.worksheets) expect(cellsOf(copy.getWorksheet(ws.name)!)).toEqual(cellsOf(ws));
  });

  it('gives the same generated sheets when run again on its own output', async () => {
    const again = join(dir, 'again.xlsx');
    await runCli('compile', out, '-o', again);
    const [a, b] = await Promise.all([load(out), load(again)]);
    for (const name of ['汇总表', '文字说明']) expect(cellsOf(b.getWorksheet(name)!)).toEqual(cellsOf(a.getWorksheet(name)!));
    const withoutSubtitle = (cells: string[]) => cells.filter((c) => !/^\["[A-Z]+2"/.test(c));
    expect(withoutSubtitle(cellsOf(b.getWorksheet('核对结果')!))).toEqual(withoutSubtitle(cellsOf(a.getWorksheet('核对结果')!)));
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
  });

  it('writes the Word document in the GB/T 9704-2012 layout', async () => {
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(xml).toContain('方正小标宋简体');
    expect(xml).toContain('黑体');
    expect(xml).toContain('一、普法宣传');
    expect(xml).toContain('组织排查企业22448家,发现劳资隐患4434宗,已化解4418宗,化解率99.63%。');
    expect(xml).toMatch(/<w:sz w:val="44"\/>/);
    const settings = await zip.file('word/settings.xml')!.async('string');
    expect(settings).toContain('<w:evenAndOddHeaders');
    const footers = await Promise.all(Object.keys(zip.files).filter((f) => /footer\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(footers.join()).toMatch(/— .*PAGE.* —/s);
    const fonts = await zip.file('word/fontTable.xml')!.async('string');
    expect(fonts).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    expect(fonts).toMatch(/<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
  });
});

describe('the summary table from other workbooks', () => {
  const dir = tempDir();
  const catalog = [
    ['指标名称', '单位', '类型', '小数位', '报送单位', '上级指标', '关系', '章节'],
    ['经费', '万元', '数值', 1, '财务科', null, null, '经费'],
    ['甲项经费', '万元', '数值', 1, '财务科', '经费', '分项', '经费'],
    ['乙项经费', '万元', '数值', 1, '财务科', '经费', '分项', '经费'],
    ['新增件数', '件', '计数', null, '财务科', null, null, '经费'],
    ['=1+1', '件', '计数', null, '财务科', null, null, '经费'],
  ];
  const dept = (total: number, note: string) => [
    ['填报单位：财务科'],
    ['指标名称', '单位', '本年数', '上年数', '备注'],
    ['经费', '万元', total, 10, note],
    ['甲项经费', '万元', 5.04, 5, null],
    ['乙项经费', '万元', 5.04, 5, null],
    ['新增件数', '件', 3, 0, '@张三'],
    ['=1+1', '件', 2, null, '-负责'],
  ];

  async function compile(total: number, note = '+86 热线', extra: string[] = []): Promise<ExcelJS.Worksheet> {
    const path = await writeXlsx(dir, `book-${total}.xlsx`, { 指标目录: catalog, 财务科: dept(total, note) });
    const result = join(dir, `out-${total}-${extra.length}.xlsx`);
    await runCli('compile', path, '-o', result, ...extra);
    return (await load(result)).getWorksheet('汇总表')!;
  }

  it('adds the 尾差 footnote when every balance holds only within rounding', async () => {
    const ws = await compile(10.1);
    const notes: string[] = [];
    ws.eachRow((row) => {
      const v = row.getCell(1).value;
      if (typeof v === 'string' && v.startsWith('注：')) notes.push(v);
    });
    expect(notes).toEqual(['注：部分合计数与分项之和因四舍五入存在尾差，未作机械调整。']);
  });

  it('leaves the footnote out when the parts add up exactly, or do not add up at all', async () => {
    for (const total of [10.08, 11]) {
      const ws = await compile(total);
      let found = false;
      ws.eachRow((row) => {
        if (String(row.getCell(1).value ?? '').includes('尾差')) found = true;
      });
      expect(found).toBe(false);
    }
  });

  it('leaves 增减率 blank when last year is 0 or missing, never #DIV/0! or Infinity', async () => {
    const ws = await compile(10.08);
    expect(summaryRow(ws, '新增件数').map((c) => c.value)).toEqual([3, 0, 3, null]);
    expect(summaryRow(ws, '=1+1').map((c) => c.value)).toEqual([2, null, null, null]);
  });

  it('writes text that begins with = + - @ as text, never as a formula', async () => {
    const ws = await compile(10.08, '=HYPERLINK("http://x","点我")');
    const texts: ExcelJS.Cell[] = [];
    ws.eachRow((row) => row.eachCell((c) => {
      if (typeof c.value === 'string' && /^[=+\-@]/.test(c.value)) texts.push(c);
    }));
    expect(texts.map((c) => c.value).sort()).toEqual(['-负责', '=1+1', '=HYPERLINK("http://x","点我")', '@张三'].sort());
    for (const c of texts) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.formula).toBeUndefined();
    }
  });

  it('in live mode writes 本年/上年 as formulas pointing at the source cells, with the values cached', async () => {
    const ws = await compile(10.08, 'x', ['--live']);
    const [cur, prev, change] = summaryRow(ws, '经费');
    expect(cur.value).toEqual({ formula: "'财务科'!C3", result: 10.08 });
    expect(prev.value).toEqual({ formula: "'财务科'!D3", result: 10 });
    expect((change.value as ExcelJS.CellFormulaValue).formula).toMatch(/^D\d+-E\d+$/);
    expect((change.value as ExcelJS.CellFormulaValue).result).toBe(0.1);
  });

  it('leaves a user’s own 汇总表 alone and writes 汇总表 (2)', async () => {
    const path = await writeXlsx(dir, 'mine.xlsx', { 指标目录: catalog, 财务科: dept(10.08, ''), 汇总表: [['我的汇总']] });
    const result = join(dir, 'mine-out.xlsx');
    await runCli('compile', path, '-o', result);
    const book = await load(result);
    expect(book.getWorksheet('汇总表')!.getCell('A1').value).toBe('我的汇总');
    expect(book.getWorksheet('汇总表 (2)')!.getCell('A1').value).toBe('2023年统计汇总表'.replace('2023年', ''));
    writeFileSync(join(dir, 'noop'), '');
  });
});
