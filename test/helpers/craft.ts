import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { constants, deflateRawSync } from 'node:zlib';
import type { CellValue } from '../../src/core';

/** An .xlsx from inline rows (one entry per sheet), as bytes. */
export async function xlsxBytes(sheets: Record<string, readonly (readonly CellValue[])[]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = book.addWorksheet(name);
    for (const row of rows) ws.addRow(row.map((v) => (v && typeof v === 'object' ? (v.kind === 'error' ? { error: v.code } : v.kind === 'uncached' ? { formula: v.formula } : v.iso) : v)) as ExcelJS.CellValue[]);
  }
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The package with some parts rewritten (or removed, for null), the way a broken or hostile writer leaves it. */
export async function patchParts(bytes: Uint8Array, patches: Record<string, ((xml: string) => string) | null>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [path, patch] of Object.entries(patches)) {
    if (patch === null) zip.remove(path);
    else zip.file(path, patch(await zip.file(path)!.async('string')));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A package whose entry `name` holds `data` (raw DEFLATE) but declares `declared` bytes, in both headers. */
export function zipWithEntry(name: string, deflated: Uint8Array, declared: number, others: Record<string, string> = {}): Uint8Array {
  const entries = [...Object.entries(others).map(([n, text]) => ({ name: n, data: deflateRawSync(Buffer.from(text)), size: Buffer.byteLength(text) })), { name, data: Buffer.from(deflated), size: declared }];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const nameBytes = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, e.data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The parts of a minimal .xlsx around one worksheet part, for zipWithEntry. */
export const MINIMAL_PARTS: Record<string, string> = {
  '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  '_rels/.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml': '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="法规科" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};

/**
 * Raw DEFLATE of `head`, then `repeat` copies of `unit`, then `tail`, without ever holding the
 * text: each piece is compressed once with a sync flush (independent blocks concatenate into a
 * valid stream) and the megabyte piece is repeated, so 300 MB of XML costs a few hundred KB.
 */
export function deflateRepeated(head: string, unit: string, repeat: number, tail: string): Uint8Array {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const perChunk = Math.max(1, Math.floor((1 << 20) / unit.length));
  const chunk = deflateRawSync(Buffer.from(unit.repeat(perChunk)), flush);
  const pieces: Buffer[] = [deflateRawSync(Buffer.from(head), flush)];
  for (let left = repeat; left > 0; left -= perChunk) pieces.push(left >= perChunk ? chunk : deflateRawSync(Buffer.from(unit.repeat(left)), flush));
  pieces.push(deflateRawSync(Buffer.from(tail)));
  return new Uint8Array(Buffer.concat(pieces));
}
