import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../../src/adapters/xlsx/readWorkbook';
import { runCli } from '../../helpers/cli';
import { runCliProcess } from '../../helpers/cliProcess';
import { deflateRepeated, MINIMAL_PARTS, patchParts, xlsxBytes, zipWithEntry } from '../../helpers/craft';
import { tempDir } from '../../helpers/files';
import JSZip from 'jszip';

/** The package with its media entries declaring `size` bytes each (the data itself unchanged). */
function withDeclaredSizes(bytes: Uint8Array, size: number, count: number): Uint8Array {
  const out = Buffer.from(bytes);
  let changed = 0;
  for (let p = out.length - 46; p >= 0 && changed < count; p--) {
    if (out.readUInt32LE(p) !== 0x02014b50) continue;
    if (!out.subarray(p + 46, p + 46 + out.readUInt16LE(p + 28)).toString().startsWith('xl/media/')) continue;
    out.writeUInt32LE(size, p + 24);
    changed++;
  }
  return new Uint8Array(out);
}

/**
 * Issue 11: work is bounded by what a file really holds, not by what it claims. Each case is a
 * file of the kind that ran out of memory, hung, or spoke in a library's words; each run here
 * is a process of its own with a heap far below what the claim would need.
 */
const HEAP_MB = 400;
const FORM = {
  法规科: [['填报单位：法规科'], ['指标名称', '单位', '本年数'], ['行政诉讼案件数', '宗', 13], ['其中：胜诉数', '宗', 5]],
};

const withSheetXml = (bytes: Uint8Array, patch: (xml: string) => string): Promise<Uint8Array> => patchParts(bytes, { 'xl/worksheets/sheet1.xml': patch });
const addMerge = (ref: string) => (xml: string): string => xml.replace('</sheetData>', `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`);

describe('bounded by what the file really holds', () => {
  const dir = tempDir();
  const save = (name: string, bytes: Uint8Array): string => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it.each(['A1:XFD1048576', 'B2:XFD1048576'])('checks and compiles a 9 KB workbook whose one merge covers %s', async (ref) => {
    const book = save(`merge-${ref.replace(':', '-')}.xlsx`, await withSheetXml(await xlsxBytes(FORM), addMerge(ref)));
    const check = await runCliProcess(['check', book, '--json'], { heapMb: HEAP_MB });
    expect([check.code! < 2, check.err]).toEqual([true, '']);
    expect(JSON.parse(check.out).findings.length).toBeGreaterThanOrEqual(0);
    const out = join(dir, `merge-${ref.replace(':', '-')}-out.xlsx`);
    const compile = await runCliProcess(['compile', book, '-o', out], { heapMb: HEAP_MB });
    expect([compile.code! < 2, compile.err]).toEqual([true, '']);
    expect(compile.out).toContain(`合并区域${ref}超出数据所在范围，副本中改为`);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    expect((copy.getWorksheet('法规科')!.model as { merges: string[] }).merges).toEqual([ref === 'A1:XFD1048576' ? 'A1:C4' : 'B2:C4']);
  }, 120_000);

  it('compiles a workbook with a merge over a whole column G1:G1048576 within a small heap', async () => {
    const book = save('column-merge.xlsx', await withSheetXml(await xlsxBytes(FORM), addMerge('G1:G1048576')));
    const run = await runCliProcess(['compile', book, '-o', join(dir, 'column-merge-out.xlsx'), '--live'], { heapMb: HEAP_MB });
    expect([run.code! < 2, run.err]).toEqual([true, '']);
    expect(run.out).toContain('合并区域G1:G1048576超出数据所在范围');
  }, 120_000);

  it('compiles a workbook whose data validation covers $A$1:$XFD$1048576 (the $ no longer slips past the cap)', async () => {
    const validation = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="$A$1:$XFD$1048576"><formula1>"是,否"</formula1></dataValidation></dataValidations>';
    const book = save('validation.xlsx', await withSheetXml(await xlsxBytes(FORM), (xml) => xml.replace('</sheetData>', `</sheetData>${validation}`)));
    const run = await runCliProcess(['compile', book, '-o', join(dir, 'validation-out.xlsx')], { heapMb: HEAP_MB, timeoutMs: 60_000 });
    expect([run.code! < 2, run.err]).toEqual([true, '']);
    expect(run.out).toContain('数据有效性区域$A$1:$XFD$1048576超出数据所在范围');
  }, 120_000);

  it('refuses an entry that claims 4 KB and inflates to 256 MB as soon as it passes 4 KB', () => {
    const bomb = zipWithEntry('xl/worksheets/sheet1.xml', deflateRepeated('<worksheet><sheetData>', '<row/>', 256 * 1024 * 1024 / 6, '</sheetData></worksheet>'), 4096, MINIMAL_PARTS);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    expect(() => readWorkbook(bomb, 'bomb.xlsx')).toThrow('bomb.xlsx：文件不完整或已损坏（部件xl/worksheets/sheet1.xml的实际大小与声明不符），请重新获取原文件。');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses a 300 MB sheet inside a small file, and 4 million empty cells, in one line each and within a small heap', async () => {
    const padded = zipWithEntry('xl/worksheets/sheet1.xml', deflateRepeated('<worksheet><sheetData>', ' ', 300 * 1024 * 1024, '</sheetData></worksheet>'), 300 * 1024 * 1024 + 46, MINIMAL_PARTS);
    expect(padded.length).toBeLessThan(1024 * 1024);
    const huge = await runCliProcess(['compile', save('huge.xlsx', padded), '-o', join(dir, 'huge-out.xlsx'), '--live'], { heapMb: HEAP_MB });
    expect([huge.code, huge.out]).toEqual([2, '']);
    expect(huge.err).toBe('无法处理：huge.xlsx：部件xl/worksheets/sheet1.xml解压后超过上限256 MB，疑似异常文件。\n');
    const [head, cell, tail] = ['<worksheet><sheetData><row r="1">', '<c r="A1" s="1"/>', '</row></sheetData></worksheet>'];
    const empty = zipWithEntry('xl/worksheets/sheet1.xml', deflateRepeated(head, cell, 4_000_000, tail), head.length + cell.length * 4_000_000 + tail.length, MINIMAL_PARTS);
    const many = await runCliProcess(['check', save('empty-cells.xlsx', empty)], { heapMb: HEAP_MB });
    expect(many.code).toBe(2);
    expect(many.err).toMatch(/^无法处理：empty-cells\.xlsx：工作簿有\d+个以上单元格，超过上限3000000，请拆分后再试。\n$/);
  }, 120_000);

  it('refuses the bombs of every format on what they hold, quickly: a zip of honest giants, ODS and HTML repeats, XML spans, cells beyond the grid', async () => {
    const quick = (bytes: Uint8Array, file: string): string => {
      const started = Date.now();
      try {
        readWorkbook(bytes, file);
      } catch (e) {
        expect(Date.now() - started).toBeLessThan(5000);
        return (e as Error).message;
      }
      throw new Error(`${file} was read`);
    };
    // Five parts of 250 MB each, declared truthfully: 1.25 GB unpacked.
    const zip = new JSZip();
    for (const [name, text] of Object.entries(MINIMAL_PARTS)) zip.file(name, text);
    for (let i = 0; i < 5; i++) zip.file(`xl/media/image${i}.png`, 'x');
    const base = await zip.generateAsync({ type: 'uint8array' });
    expect(quick(withDeclaredSizes(base, 250 * 1024 * 1024, 5), 'giants.xlsx')).toBe('giants.xlsx：解压后大小超过上限1024 MB，疑似异常文件。');
    // An .ods row of one value repeated across every column, and repeated down every row.
    const ods = new JSZip();
    ods.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
    ods.file('META-INF/manifest.xml', '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>');
    ods.file('content.xml', '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="S"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>');
    expect(quick(await ods.generateAsync({ type: 'uint8array' }), 'repeat.ods')).toMatch(/^repeat\.ods：工作簿有\d+个以上单元格，超过上限3000000/);
    // A number style asking for 4,294,967,296 decimal places (found by the fuzzer: SheetJS wrote them out until memory ran out).
    ods.file('content.xml', '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:spreadsheet><table:table table:name="S"/></office:spreadsheet></office:body></office:document-content>');
    ods.file('styles.xml', '<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"><office:styles><number:number-style style:name="N1"><number:number number:decimal-places="4294967296" number:min-integer-digits="1"/></number:number-style></office:styles></office:document-styles>');
    expect(quick(await ods.generateAsync({ type: 'uint8array' }), 'digits.ods')).toBe('digits.ods：文件已损坏，无法读取（styles.xml: number:decimal-places="4294967296"），请重新获取原文件。');
    // An HTML table of 20,000 merged cells: SheetJS compares every cell with every merge.
    const html = `<table><tr>${'<td colspan="2">1</td>'.repeat(20_000)}</tr></table>`;
    expect(quick(new TextEncoder().encode(html), 'spans.xls')).toContain('合并单元格');
    const xml = '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table><Column ss:Span="1000000000"/><Row><Cell><Data ss:Type="Number">1</Data></Cell></Row></Table></Worksheet></Workbook>';
    expect(quick(new TextEncoder().encode(xml), 'span.xls')).toContain('文件已损坏');
    const far = await withSheetXml(await xlsxBytes(FORM), (x) => x.replace('</sheetData>', '<row r="5"><c r="ZZZZ5"><v>1</v></c></row></sheetData>'));
    expect(quick(far, 'far.xlsx')).toContain('有单元格超出Excel的范围');
  });

  it('says a workbook without its shared strings, or without any sheet, cannot be used (exit 2), never 未发现问题', async () => {
    const noStrings = save('no-sst.xlsx', await patchParts(await xlsxBytes(FORM), { 'xl/sharedStrings.xml': null }));
    const run = await runCli('check', noStrings);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toMatch(/^无法处理：no-sst\.xlsx：文件已损坏，无法读取（工作表“法规科”），请重新获取原文件。\n$/);
    const noSheets = save('no-sheets.xlsx', await patchParts(await xlsxBytes(FORM), { 'xl/workbook.xml': (xml) => xml.replace(/<sheets>.*<\/sheets>/s, '<sheets/>') }));
    const none = await runCli('check', noSheets);
    expect([none.code, none.out]).toEqual([2, '']);
    expect(none.err).toContain('没有读到任何工作表');
  });

  it('refuses a sheet declared 20,000 times in xl/workbook.xml in one line, instead of parsing its part 20,000 times (found by npm run fuzz)', async () => {
    const copies = await patchParts(await xlsxBytes(FORM), { 'xl/workbook.xml': (xml) => xml.replace(/<sheet\b[^>]*\/>/, (tag) => tag.repeat(20_000)) });
    const started = Date.now();
    expect(() => readWorkbook(copies, 'copies.xlsx')).toThrow(/^copies\.xlsx：文件已损坏，无法读取（xl\/workbook\.xml: sheet "法规科" declared twice），请重新获取原文件。$/);
    expect(Date.now() - started).toBeLessThan(5000);
    // The same sheet under a second name, pointing at the same part, is the same damage.
    const alias = await patchParts(await xlsxBytes(FORM), { 'xl/workbook.xml': (xml) => xml.replace(/<sheet\b[^>]*\/>/, (tag) => `${tag}${tag.replace(/name="[^"]*"/, 'name="别名"').replace(/sheetId="\d+"/, 'sheetId="99"')}`) });
    expect(() => readWorkbook(alias, 'alias.xlsx')).toThrow(/declared twice/);
  });

  it('compiles a workbook whose document date is no date, as if it had none (found by npm run fuzz: "Invalid time value")', async () => {
    const book = save('bad-date.xlsx', await patchParts(await xlsxBytes(FORM), { 'docProps/core.xml': (xml) => xml.replace(/(<dcterms:created[^>]*>)[^<]*/, '$1１２３').replace(/(<dcterms:modified[^>]*>)[^<]*/, '$1yesterday') }));
    const run = await runCli('compile', book, '-o', join(dir, 'bad-date-out.xlsx'));
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const copy = readWorkbook(new Uint8Array(readFileSync(join(dir, 'bad-date-out.xlsx'))), 'bad-date-out.xlsx');
    expect(copy.grid.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['法规科', '汇总表']));
  });

  it('reads a cut-off sheet whose whole-sheet hyperlink hides inside a broken tag, or stands without its container, without a cell per covered cell (found by npm run fuzz)', async () => {
    const link = '<hyperlink ref="A1:XFD1048576" display="x"/>';
    const cut = await withSheetXml(await xlsxBytes(FORM), (x) => `${x.slice(0, x.lastIndexOf('<row') + 12)}<hyperlinks>${link}</hyperlinks>`);
    const bare = await withSheetXml(await xlsxBytes(FORM), (x) => x.replace('</sheetData>', `</sheetData>${link}`));
    for (const [file, bytes] of [['cut.xlsx', cut], ['bare.xlsx', bare]] as const) {
      const started = Date.now();
      let sheets: readonly string[] = [];
      try {
        sheets = readWorkbook(bytes, file).grid.sheets.map((s) => s.name);
      } catch (e) {
        expect((e as Error).message).toMatch(new RegExp(`^${file.replace('.', '\\.')}：`));
      }
      expect(Date.now() - started).toBeLessThan(5000);
      if (file === 'bare.xlsx') expect(sheets).toEqual(['法规科']);
    }
  });

  it('speaks of a damaged zip in the clerk’s words, never JSZip’s "Bug : uncompressed data size mismatch"', async () => {
    const bytes = Buffer.from(await xlsxBytes(FORM));
    // Shrink the size that the sheet's central-directory entry declares.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    for (let p = bytes.indexOf(0x02014b50 & 0xff); p >= 0; p = bytes.indexOf(0x50, p + 1)) {
      if (bytes.readUInt32LE(p) === 0x02014b50 && bytes.subarray(p + 46, p + 46 + name.length).equals(name)) bytes.writeUInt32LE(bytes.readUInt32LE(p + 24) - 7, p + 24);
    }
    const file = save('size-mismatch.xlsx', new Uint8Array(bytes));
    for (const args of [['check', file], ['compile', file, '-o', join(dir, 'mismatch-out.xlsx')]]) {
      const run = await runCli(...args);
      expect(run.code).toBe(2);
      expect(run.err).toBe('无法处理：size-mismatch.xlsx：文件不完整或已损坏（部件xl/worksheets/sheet1.xml的实际大小与声明不符），请重新获取原文件。\n');
    }
  });
});
