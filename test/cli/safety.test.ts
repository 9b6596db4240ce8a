import ExcelJS from 'exceljs';
import { linkSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { runCliProcess } from '../helpers/cliProcess';
import { patchParts, xlsxBytes } from '../helpers/craft';
import { SAMPLE_PATH, tempDir } from '../helpers/files';

/** Issue 11: the clerk's input is never lost, a closed pipe is no crash, a library never speaks. */
const FORM = {
  法规科: [['填报单位：法规科'], ['指标名称', '单位', '本年数'], ['行政诉讼案件数', '宗', 13], ['其中：胜诉数', '宗', 5]],
};

describe('the CLI keeps the clerk’s files and terminal safe', () => {
  const dir = tempDir();
  const save = (name: string, bytes: Uint8Array): string => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('refuses -o or --docx that is the input itself, by any path, before doing anything', async () => {
    const book = save('book.xlsx', readFileSync(SAMPLE_PATH));
    const before = readFileSync(book);
    symlinkSync(book, join(dir, 'link.xlsx'));
    linkSync(book, join(dir, 'hard.xlsx'));
    for (const args of [
      ['compile', book, '-o', book],
      ['compile', book, '-o', join(dir, 'out.xlsx'), '--docx', book],
      ['compile', book, '-o', join(dir, '.', 'sub', '..', 'book.xlsx')],
      ['compile', book, '-o', join(dir, 'link.xlsx')],
      ['compile', book, '-o', join(dir, 'hard.xlsx')],
      ['check', book, '-o', join(dir, 'book.xls')], // an .xls output is written as .xlsx: book.xlsx
    ]) {
      const run = await runCli(...args);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/^无法处理：.*输出文件就是输入文件“book\.xlsx”，会覆盖原文件；请另选一个输出文件名。\n$/);
      expect(readFileSync(book).equals(before)).toBe(true);
    }
  });

  it('leaves the target as it was when writing fails half-way (a file-size limit)', async () => {
    const out = save('previous.xlsx', readFileSync(SAMPLE_PATH));
    const before = readFileSync(out);
    // 50 KB: the compiled workbook (about 100 KB) cannot be written in full.
    const run = await runCliProcess(['compile', SAMPLE_PATH, '-o', out], { shell: 'ulimit -f 50' });
    expect(run.code).not.toBe(0);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(run.err.split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
  }, 60_000);

  it('ends quietly when the reader closes the pipe (`check --json | head -c 100`)', async () => {
    // 5,000 findings: far more JSON than a pipe holds, so writing goes on after the reader left.
    const rows = [['指标名称', '本年数'], ...Array.from({ length: 5000 }, (_, i) => [`指标${i}`, { kind: 'error', code: '#REF!' } as const])];
    const book = save('many.xlsx', await xlsxBytes({ 信访科: rows }));
    const run = await runCliProcess(['check', book, '--json'], { stdoutBytes: 100 });
    expect(run.err).toBe('');
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
  }, 60_000);

  it('reads a sheet named with more than 31 characters; refuses to write a copy in one line that says why, no library warning', async () => {
    const long = '二〇二三年度各街道劳动保障监察执法检查情况统计汇总表（第一批次，含补报）';
    expect(long.length).toBeGreaterThan(31);
    const book = save('long-name.xlsx', await patchParts(await xlsxBytes(FORM), { 'xl/workbook.xml': (xml) => xml.replace('name="法规科"', `name="${long}"`) }));
    const check = await runCliProcess(['check', book, '--json']);
    expect(check.err).toBe('');
    expect(check.code).toBeLessThan(2);
    expect(JSON.parse(check.out).workbook).toBe('long-name.xlsx');
    const compile = await runCliProcess(['compile', book, '-o', join(dir, 'long-out.xlsx')]);
    expect(compile.code).toBe(2);
    expect(compile.err).toBe(`无法处理：long-name.xlsx：工作表名“${long}”超过31个字符，Excel不允许这样的名称，写出副本前请在Excel或WPS中把它改短。\n`);
  }, 60_000);

  it('carries a 批注 on an empty source cell into the compiled copy, and says which parts cannot be carried', async () => {
    const source = new ExcelJS.Workbook();
    const ws = source.addWorksheet('法规科');
    for (const row of FORM.法规科) ws.addRow(row);
    ws.getCell('C3').note = '含行政复议案件';
    ws.getCell('E2').note = '本列待补';
    const bytes = new Uint8Array((await source.xlsx.writeBuffer()) as ArrayBuffer);
    const book = save('comments.xlsx', await withPart(bytes, 'xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>'));
    const out = join(dir, 'comments-out.xlsx');
    const run = await runCli('compile', book, '-o', out);
    expect(run.code).toBeLessThan(2);
    expect(run.out).toContain('注意：源文件中的数据透视表无法带入汇编结果副本（副本中没有这些内容；原文件不受影响）。');
    // Read the copy's comments part itself: ExcelJS, loading the copy, would drop E2's again.
    expect(await commentsOf(out)).toEqual({ C3: '含行政复议案件', E2: '本列待补' });
  });

  it('finds a rule too long or too deep on its own row, and still runs the others', async () => {
    const terms = Array.from({ length: 4_001 }, () => '1').join('+');
    const signs = `${'-'.repeat(8_000)}1 = 1`;
    const huge = Array.from({ length: 100_000 }, () => '[行政诉讼案件数]').join('+');
    const book = save('rules.xlsx', await xlsxBytes({
      法规科: [['填报单位：法规科'], ['指标名称', '单位', '本年数'], ['行政诉讼案件数', '宗', 13], ['胜诉数', '宗', 5]],
      校验规则: [['编号', '规则说明', '表达式', '级别'], ['R1', '加法链', `${terms} = 4001`, '错误'], ['R2', '正负号', signs, '错误'], ['R3', '十万项', `${huge} = 0`, '错误'], ['R4', '胜诉多于案件数', '[胜诉数] > [行政诉讼案件数]', '错误']],
    }));
    const run = await runCli('check', book, '--json');
    expect(run.err).toBe('');
    const rules = JSON.parse(run.out).findings.filter((f: { check: string }) => f.check === 'rule');
    const at = (cell: string): string[] => rules.filter((f: { refs: { cell: string }[] }) => f.refs.some((r) => r.cell === cell)).map((f: { message: string }) => f.message);
    expect(at('C2').join()).toContain('表达式的项或层次过多（超过500层）');
    expect(at('C3').join()).toContain('表达式的项或层次过多（超过500层）');
    expect(at('C4').join()).toMatch(/表达式过长（\d+个字符，上限8192）/);
    // R4 runs: 5 > 13 does not hold.
    expect(at('C5')).toHaveLength(1);
    expect(at('C5')[0]).toContain('胜诉多于案件数');
  });
});

async function withPart(bytes: Uint8Array, path: string, text: string): Promise<Uint8Array> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(bytes);
  zip.file(path, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Every comment of the workbook's first sheet, by cell, from the package's comments part. */
async function commentsOf(path: string): Promise<Record<string, string>> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(readFileSync(path));
  const name = Object.keys(zip.files).find((n) => /^xl\/comments\d*\.xml$/.test(n))!;
  const xml = await zip.file(name)!.async('string');
  const out: Record<string, string> = {};
  for (const m of xml.matchAll(/<comment ref="([A-Z]+\d+)"[^>]*>([\s\S]*?)<\/comment>/g)) out[m[1]] = [...m[2].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join('');
  return out;
}
