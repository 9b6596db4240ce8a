import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readWorkbook } from '../../../src/adapters/xlsx/readWorkbook';
import { XLSX } from '../../../src/adapters/xlsx/sheetjs';
import { UnusableInputError } from '../../../src/app/errors';

async function toBytes(book: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

function reason(data: Uint8Array, file = 'in.xlsx'): string {
  try {
    readWorkbook(data, file);
  } catch (e) {
    expect(e).toBeInstanceOf(UnusableInputError);
    expect((e as Error).message).not.toContain('\n');
    expect((e as Error).message.startsWith(`${file}：`)).toBe(true);
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
}

/** A compound (OLE) file holding the named streams, written by SheetJS's CFB writer. */
function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const cfb = (XLSX as unknown as { CFB: { utils: { cfb_new(): unknown; cfb_add(c: unknown, n: string, d: Uint8Array): void }; write(c: unknown, o: object): ArrayLike<number> } }).CFB;
  const container = cfb.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) cfb.utils.cfb_add(container, name, data);
  return Uint8Array.from(cfb.write(container, { type: 'array' }));
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('reading a workbook with SheetJS', () => {
  it('gives merged title cells once, formats, cached formula results, dates and hidden rows, as the grid always had them', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('法规科');
    ws.addRow(['标题']);
    ws.mergeCells('A1:C1');
    ws.addRow(['指标名称', '本年数', '上年数']);
    ws.addRow(['满意率', 0.9963, 0.99]);
    ws.getCell('B3').numFmt = '0.00%';
    ws.addRow(['合计', { formula: 'B3*2', result: 1.9926 }, { formula: 'C3*2' }]);
    ws.addRow(['富文本', { richText: [{ text: '15' }, { text: '0余' }] }, new Date(Date.UTC(2023, 11, 6))]);
    ws.getRow(5).hidden = true;
    ws.addRow(['错误', { error: '#DIV/0!' }, true, { text: '链接', hyperlink: 'http://example.org' }]);
    book.addWorksheet('隐藏', { state: 'hidden' }).addRow(['x']);
    book.addWorksheet('深藏', { state: 'veryHidden' }).addRow(['y']);
    const { grid, format } = readWorkbook(await toBytes(book), 'a.xlsx');
    expect(format).toBe('xlsx');
    const s = grid.sheets[0];
    expect(s.values[0]).toEqual(['标题']);
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(s.formats?.[2]?.[1]).toBe('0.00%');
    expect(s.values[3]).toEqual(['合计', 1.9926, { kind: 'uncached', formula: 'C3*2' }]);
    expect(s.values[4]).toEqual(['富文本', '150余', { kind: 'date', iso: '2023-12-06' }]);
    expect(s.hiddenRows).toEqual([4]);
    expect(s.values[5]).toEqual(['错误', { kind: 'error', code: '#DIV/0!' }, true, '链接']);
    expect(grid.sheets.map((x) => [x.name, x.visibility])).toEqual([['法规科', 'visible'], ['隐藏', 'hidden'], ['深藏', 'veryHidden']]);
  });

  it('reads CSV in UTF-8 or GBK: quoted cells as text, numbers with the format they show, formulas never', () => {
    const csv = '\ufeff指标名称,本年数,上年数,备注\n"来信件数",3180,"3,180",=1+1\n满意率,96.23%,"96.23%",110101199001011234\n"说明, 含逗号","多行\n文字",22448.5,\n';
    const { grid, format } = readWorkbook(text(csv), '信访科.csv');
    expect(format).toBe('csv');
    const s = grid.sheets[0];
    expect(s.name).toBe('信访科');
    expect(s.values).toEqual([
      ['指标名称', '本年数', '上年数', '备注'],
      ['来信件数', 3180, '3,180', '=1+1'],
      ['满意率', 0.9623, '96.23%', '110101199001011234'],
      ['说明, 含逗号', '多行\n文字', 22448.5],
    ]);
    expect(s.formats?.[2]?.[1]).toBe('0.00%');
    const gbk = Uint8Array.from([0xd6, 0xb8, 0xb1, 0xea, 0x09, 0x31, 0x2c, 0x32, 0x33, 0x34, 0x0a]); // 指标<TAB>1,234
    const tsv = readWorkbook(gbk, 'gbk.csv').grid.sheets[0];
    expect(tsv.values).toEqual([['指标', 1234]]);
    expect(tsv.formats?.[0]?.[1]).toBe('#,##0');
  });

  it('reads an HTML table and an Excel 2003 XML spreadsheet saved under an .xls name', () => {
    const html = '<html><head><meta charset="utf-8"></head><body><table><tr><td colspan="2">2023年统计表</td></tr><tr><td>指标名称</td><td>本年数</td></tr><tr><td>化解率</td><td>99.63%</td></tr><tr><td>企业数</td><td>22,448</td></tr><tr><td>讲座</td><td>150余</td></tr></table></body></html>';
    const fromHtml = readWorkbook(text(html), 'report.xls');
    expect(fromHtml.format).toBe('html');
    const s = fromHtml.grid.sheets[0];
    expect(s.values).toEqual([['2023年统计表'], ['指标名称', '本年数'], ['化解率', 0.9963], ['企业数', 22448], ['讲座', '150余']]);
    expect([s.formats?.[2]?.[1], s.formats?.[3]?.[1]]).toEqual(['0.00%', '#,##0']);
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    const xml = '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="信访科"><Table><Row><Cell><Data ss:Type="String">来信件数</Data></Cell><Cell><Data ss:Type="Number">3180</Data></Cell></Row></Table></Worksheet></Workbook>';
    const fromXml = readWorkbook(text(xml), 'xml.xls');
    expect(fromXml.format).toBe('xml');
    expect(fromXml.grid.sheets.map((x) => [x.name, x.values])).toEqual([['信访科', [['来信件数', 3180]]]]);
  });

  it('refuses, in one line naming the file, an empty, truncated, encrypted or foreign file', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('a').addRow([1]);
    const bytes = await toBytes(book);
    expect(reason(new Uint8Array())).toContain('空的');
    expect(reason(bytes.subarray(0, Math.floor(bytes.length / 2)))).toContain('不完整或已损坏');
    expect(reason(compoundFile({ EncryptionInfo: new Uint8Array(200), EncryptedPackage: new Uint8Array(5000) }))).toContain('加密');
    expect(reason(compoundFile({ WordDocument: new Uint8Array(5000) }), 'memo.xls')).toContain('Word文档');
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    expect(reason(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })))).toContain('压缩包（Word文档）');
    expect(reason(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0]), 'photo.xls')).toContain('不是Excel或WPS表格文件');
  });

  it('refuses a package beyond the size limits before inflating it', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('a').addRow(['x'.repeat(5000)]);
    const bytes = await toBytes(book);
    expect(() => readWorkbook(bytes, 'big.xlsx', { limits: { uncompressedBytes: 4000 } })).toThrow(/解压后大小超过上限/);
    expect(() => readWorkbook(bytes, 'big.xlsx', { limits: { fileBytes: 100 } })).toThrow(/超过上限/);
    expect(() => readWorkbook(bytes, 'big.xlsx', { limits: { entries: 3 } })).toThrow(/部件/);
    expect(() => readWorkbook(bytes, 'big.xlsx', { limits: { cells: 0 } })).toThrow(/单元格.*超过上限/);
  });
});
