import { UnusableInputError } from '../../app/errors';

/**
 * Limits checked before ExcelJS sees a file: ExcelJS inflates every zip entry without a cap,
 * so a small file could otherwise claim gigabytes of memory (FIELD-NOTES.md).
 */
export interface XlsxLimits {
  readonly fileBytes: number;
  readonly uncompressedBytes: number;
  readonly entries: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  /** Largest file accepted, in bytes. */
  fileBytes: 64 * 1024 * 1024,
  /** Largest total of uncompressed entries, in bytes. */
  uncompressedBytes: 1024 * 1024 * 1024,
  /** Most zip entries. */
  entries: 20_000,
};

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export interface PackageFacts {
  readonly entries: readonly { readonly name: string; readonly uncompressed: number }[];
  readonly uncompressedBytes: number;
}

/** Refuses, with a one-line reason, anything that is not a sound .xlsx within the limits. */
export function inspectXlsxPackage(data: Uint8Array, file: string, limits: XlsxLimits = XLSX_LIMITS): PackageFacts {
  const refuse = (reason: string): never => {
    throw new UnusableInputError(reason, file);
  };
  if (data.length === 0) refuse('文件是空的。');
  if (data.length > limits.fileBytes) refuse(`文件大小${mb(data.length)}，超过上限${mb(limits.fileBytes)}。`);
  if (OLE_MAGIC.every((b, i) => data[i] === b)) {
    if (containsUtf16(data, 'EncryptionInfo')) refuse('文件设置了打开密码（已加密），请在Excel中取消密码后另存为.xlsx再试。');
    refuse('这是旧版Excel 97-2003（.xls）文件，请在Excel或WPS中“另存为”.xlsx格式后再试。');
  }
  if (looksLikeHtml(data)) refuse('这是网页（HTML）文件，只是扩展名像Excel，请在Excel或WPS中“另存为”.xlsx格式后再试。');
  if (readU32(data, 0) !== ZIP_LOCAL) refuse('不是Excel工作簿（.xlsx）文件。');

  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) refuse('文件不完整或已损坏（压缩包目录缺失），请重新获取原文件。');
  const count = view.getUint16(end + 10, true);
  const dirOffset = view.getUint32(end + 16, true);
  if (count > limits.entries) refuse(`压缩包内有${count}个部件，超过上限${limits.entries}。`);
  const entries: { name: string; uncompressed: number }[] = [];
  let total = 0;
  let p = dirOffset;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || view.getUint32(p, true) !== ZIP_CENTRAL) refuse('文件不完整或已损坏（压缩包目录损坏）。');
    const flags = view.getUint16(p + 8, true);
    const uncompressed = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    const name = decoder.decode(data.subarray(p + 46, p + 46 + nameLength));
    if (flags & 1) refuse('文件内容已加密，无法读取。');
    if (localOffset >= data.length) refuse('文件不完整或已损坏（内容被截断）。');
    total += uncompressed === 0xffffffff ? Infinity : uncompressed;
    entries.push({ name, uncompressed });
    p += 46 + nameLength + extra + comment;
  }
  if (total > limits.uncompressedBytes) refuse(`解压后大小超过上限${mb(limits.uncompressedBytes)}，疑似异常文件。`);
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml')) refuse('压缩包里没有Excel工作簿内容，不是.xlsx文件。');
  return { entries, uncompressedBytes: total };
}

function findEndOfCentralDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let p = view.byteLength - 22; p >= min; p--) {
    if (view.getUint32(p, true) === ZIP_END) return p;
  }
  return -1;
}

function readU32(data: Uint8Array, at: number): number {
  if (data.length < at + 4) return -1;
  return (data[at] | (data[at + 1] << 8) | (data[at + 2] << 16) | (data[at + 3] << 24)) >>> 0;
}

function looksLikeHtml(data: Uint8Array): boolean {
  let i = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  while (i < data.length && (data[i] === 0x20 || data[i] === 0x0a || data[i] === 0x0d || data[i] === 0x09)) i++;
  if (data[i] !== 0x3c) return false;
  const head = new TextDecoder().decode(data.subarray(i, i + 200)).toLowerCase();
  return /^<(!doctype html|html|head|body|table|meta|\?xml[^>]*>\s*<html|xml)/.test(head) || head.includes('<html');
}

function containsUtf16(data: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= data.length; i++) {
    for (let j = 0; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;
}
