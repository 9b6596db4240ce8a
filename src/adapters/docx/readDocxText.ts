import JSZip from 'jszip';
import { UnreadableFileError } from '../unreadableFile';
import { withinDraftLength } from './draftLength';
import { draftRefusalText, type DraftRefusal } from './i18n/draftRefusals';

/**
 * Limits on a draft: a year's report is 20–200 thousand characters; these refuse only the absurd,
 * before 核稿 or 滚动沿用 spends minutes and gigabytes on it (every figure becomes a finding or a
 * template: a 50 MB draft held 1.4 million figures and peaked at 4.3 GB).
 */
const DRAFT_LIMITS = {
  /** Largest draft file accepted, in bytes. */
  fileBytes: 8 * 1024 * 1024,
  /** Largest document.xml a .docx may inflate to, in bytes (metered while inflating). */
  documentXmlBytes: 256 * 1024 * 1024,
} as const;

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * A draft's text from the bytes of a file (核稿, 滚动沿用): a .docx (tables one row a line,
 * cells separated by tabs), or text in UTF-8, UTF-16 (with its byte-order mark) or GB18030.
 * Anything else — an old .doc, a PDF, a zip that is not a Word document, binary data — is
 * refused in one line naming the file.
 */
export async function readDraftBytes(data: Uint8Array, file: string): Promise<string> {
  const refuse = (refusal: DraftRefusal): never => refuseDraft(refusal, file);
  if (data.length === 0) refuse({ key: 'empty' });
  if (data.length > DRAFT_LIMITS.fileBytes) refuse({ key: 'file-too-large', bytes: data.length, limit: DRAFT_LIMITS.fileBytes });
  if (data[0] === 0x50 && data[1] === 0x4b) return withinDraftLength(await readDocxText(data, file), file);
  if (OLE_MAGIC.every((b, i) => data[i] === b)) refuse({ key: 'old-word' });
  if (startsWith(data, '%PDF')) refuse({ key: 'pdf' });
  if (startsWith(data, '{\\rtf')) refuse({ key: 'rtf' });
  const text = decodeText(data);
  if (text === null) refuse({ key: 'not-text' });
  return withinDraftLength(text!, file);
}

/** Throws the refusal; typed `never` so that callers read as guards. */
function refuseDraft(refusal: DraftRefusal, file: string): never {
  throw new UnreadableFileError(refusal, file, draftRefusalText);
}


function startsWith(data: Uint8Array, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (data[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** Text in UTF-16 (by its byte-order mark or its pattern of zero bytes), UTF-8 or GB18030; null for binary data. */
function decodeText(data: Uint8Array): string | null {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  const sample = data.subarray(0, 65536);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  if (half > 8 && oddZeros > half * 0.3 && evenZeros < half * 0.05) return new TextDecoder('utf-16le').decode(data);
  if (half > 8 && evenZeros > half * 0.3 && oddZeros < half * 0.05) return new TextDecoder('utf-16be').decode(data);
  let controls = evenZeros + oddZeros;
  for (let i = 0; i < sample.length; i++) if (sample[i] < 0x20 && sample[i] !== 0 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a].includes(sample[i])) controls++;
  if (controls > sample.length * 0.01 || evenZeros + oddZeros > 0) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\ufeff/, '');
  } catch {
    text = new TextDecoder('gb18030').decode(data);
    let bad = 0;
    const probe = text.slice(0, 65536);
    for (let i = 0; i < probe.length; i++) if (probe.charCodeAt(i) === 0xfffd) bad++;
    if (bad > probe.length * 0.01) return null;
  }
  return text;
}

/**
 * The text of a .docx, one paragraph a line and one table row a line with its cells separated by
 * tabs (a cell merged across columns is followed by as many empty cells), so that 核稿 reads a
 * Word table row by row. Offsets in findings refer to this text. Linear in document.xml.
 */
export async function readDocxText(data: Uint8Array, file: string, limits: { readonly documentXmlBytes: number } = DRAFT_LIMITS): Promise<string> {
  const refuse = (refusal: DraftRefusal): never => refuseDraft(refusal, file);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return refuse({ key: 'bad-zip' });
  }
  const doc = zip.file('word/document.xml');
  if (!doc) {
    if (zip.file('xl/workbook.xml')) refuse({ key: 'workbook' });
    refuse({ key: 'no-document' });
  }
  const xml = await inflateBounded(doc!, limits.documentXmlBytes).catch((e: unknown) => {
    if (e instanceof UnreadableFileError) return refuse(e.refusal as DraftRefusal);
    return refuse({ key: 'damaged' });
  });
  return documentText(xml);
}

/** Inflates one entry, stopping as soon as it passes `limit` bytes, whatever size the zip claims. */
function inflateBounded(entry: JSZip.JSZipObject, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const decoder = new TextDecoder('utf-8');
    const parts: string[] = [];
    let total = 0;
    let done = false;
    const stream = (entry as unknown as { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> }).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        if (done) return;
        total += chunk.length;
        if (total > limit) {
          done = true;
          stream.pause();
          reject(new UnreadableFileError<DraftRefusal>({ key: 'inflated-too-large', limit }, '', draftRefusalText));
          return;
        }
        parts.push(decoder.decode(chunk, { stream: true }));
      })
      .on('error', (e) => {
        if (!done) reject(e);
        done = true;
      })
      .on('end', () => {
        if (done) return;
        done = true;
        parts.push(decoder.decode());
        resolve(parts.join(''));
      })
      .resume();
  });
}

const TAGS = /<(\/?)(w:tbl|w:tr|w:tc|w:p|w:t|w:tab|w:br|w:cr|w:gridSpan|mc:Fallback)\b([^>]*?)(\/?)>/g;

/** document.xml → text: paragraphs as lines, tables as tab-separated rows (nested tables flattened into their cell). */
function documentText(xml: string): string {
  const lines: string[] = [];
  let depth = 0;
  let fallback = 0;
  let paragraph = '';
  const outer: string[] = [];
  let textStart = -1;
  let cell: string[] = [];
  let span = 1;
  let row: string[] = [];
  TAGS.lastIndex = 0;
  for (let m = TAGS.exec(xml); m; m = TAGS.exec(xml)) {
    const [, closing, tag, attrs, selfClosing] = m;
    if (tag === 'mc:Fallback') {
      if (!selfClosing) fallback += closing ? -1 : 1;
      continue;
    }
    if (fallback > 0) continue;
    const inTable = depth > 0;
    switch (tag) {
      case 'w:t':
        if (selfClosing) break;
        if (!closing) textStart = TAGS.lastIndex;
        else if (textStart >= 0) {
          paragraph += decodeEntities(xml.slice(textStart, m.index));
          textStart = -1;
        }
        break;
      case 'w:tab':
        if (!closing) paragraph += ' ';
        break;
      case 'w:br':
      case 'w:cr':
        if (!closing) paragraph += inTable ? ' ' : '\n';
        break;
      case 'w:p':
        if (selfClosing) {
          if (!inTable) lines.push('');
        } else if (!closing) {
          // A text box puts paragraphs inside a paragraph: the outer one resumes after it.
          outer.push(paragraph);
          paragraph = '';
        } else {
          if (inTable) cell.push(paragraph);
          else lines.push(paragraph);
          paragraph = outer.pop() ?? '';
        }
        break;
      case 'w:gridSpan': {
        const n = /w:val="(\d+)"/.exec(attrs);
        if (n && depth === 1) span = Math.min(64, Math.max(1, Number(n[1])));
        break;
      }
      case 'w:tc':
        if (depth !== 1 || selfClosing) break;
        if (!closing) {
          cell = [];
          span = 1;
        } else {
          row.push(cell.join(' ').replace(/[\s\u00a0]+/g, ' ').trim());
          for (let i = 1; i < span; i++) row.push('');
        }
        break;
      case 'w:tr':
        if (depth !== 1 || selfClosing) break;
        if (!closing) row = [];
        else lines.push(row.length === 1 ? `${row[0]}\t` : row.join('\t'));
        break;
      case 'w:tbl':
        if (selfClosing) break;
        if (!closing) depth++;
        else {
          depth = Math.max(0, depth - 1);
          // Two tables one after the other stay two tables.
          if (depth === 0) lines.push('');
        }
        break;
    }
  }
  return lines.join('\n');
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text
    .replace(/&(lt|gt|amp|quot|apos);/g, (e) => ENTITIES[e])
    .replace(/&#(\d+);/g, (_, n: string) => safeCodePoint(Number(n)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, n: string) => safeCodePoint(parseInt(n, 16)));
}

function safeCodePoint(n: number): string {
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
}
