import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readXlsx } from '../../../src/adapters/xlsx/readXlsx';
import { UnusableInputError } from '../../../src/app/errors';

async function toBytes(book: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

async function reason(data: Uint8Array): Promise<string> {
  try {
    await readXlsx(data, 'in.xlsx');
  } catch (e) {
    expect(e).toBeInstanceOf(UnusableInputError);
    expect((e as Error).message).not.toContain('\n');
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('reading .xlsx files with ExcelJS', () => {
  it('gives merged title cells once, formats, cached formula results and hidden rows', async () => {
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
    ws.addRow(['错误', { error: '#DIV/0!' }]);
    const { grid } = await readXlsx(await toBytes(book), 'a.xlsx');
    const s = grid.sheets[0];
    expect(s.values[0]).toEqual(['标题']);
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(s.formats?.[2]?.[1]).toBe('0.00%');
    expect(s.values[3]).toEqual(['合计', 1.9926, { kind: 'uncached', formula: 'C3*2' }]);
    expect(s.values[4]).toEqual(['富文本', '150余', { kind: 'date', iso: '2023-12-06' }]);
    expect(s.hiddenRows).toEqual([4]);
    expect(s.values[5]).toEqual(['错误', { kind: 'error', code: '#DIV/0!' }]);
  });

  it('refuses an old .xls file', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await reason(ole)).toMatch(/^in\.xlsx：这是旧版Excel 97-2003/);
  });

  it('refuses an encrypted workbook', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = 'EncryptionInfo';
    for (let i = 0; i < name.length; i++) ole[600 + i * 2] = name.charCodeAt(i);
    expect(await reason(ole)).toContain('加密');
  });

  it('refuses HTML saved as .xls', async () => {
    expect(await reason(new TextEncoder().encode('\ufeff<html><body><table><tr><td>1</td></tr></table></body></html>'))).toContain('HTML');
  });

  it('refuses a truncated file', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('a').addRow([1]);
    const bytes = await toBytes(book);
    expect(await reason(bytes.subarray(0, Math.floor(bytes.length / 2)))).toContain('不完整或已损坏');
  });

  it('refuses an empty file, a text file and a zip that is not a workbook', async () => {
    expect(await reason(new Uint8Array())).toContain('空的');
    expect(await reason(new TextEncoder().encode('指标,数值\n甲,1\n'))).toContain('不是Excel工作簿');
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    expect(await reason(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })))).toContain('没有Excel工作簿内容');
  });

  it('refuses a package beyond the size limits before inflating it', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('a').addRow(['x'.repeat(5000)]);
    const bytes = await toBytes(book);
    await expect(readXlsx(bytes, 'big.xlsx', { limits: { fileBytes: 1e9, uncompressedBytes: 4000, entries: 100 } })).rejects.toThrow(/解压后大小超过上限/);
    await expect(readXlsx(bytes, 'big.xlsx', { limits: { fileBytes: 100, uncompressedBytes: 1e9, entries: 100 } })).rejects.toThrow(/超过上限/);
    await expect(readXlsx(bytes, 'big.xlsx', { limits: { fileBytes: 1e9, uncompressedBytes: 1e9, entries: 3 } })).rejects.toThrow(/部件/);
  });
});
