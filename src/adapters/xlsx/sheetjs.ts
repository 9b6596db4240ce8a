import type * as SheetJS from '@e965/xlsx';
import * as core from '@e965/xlsx/dist/xlsx.core.min.js';

/**
 * SheetJS, as one build for the CLI and the page: the "core" build, without the codepage tables
 * that the CommonJS build loads at start (a second of start-up, 470 KB) and the ES build lacks.
 * Legacy codepages (an Excel 95 or WPS file saved in GBK) are decoded by the platform's own
 * TextDecoder instead, the same in Node and in the browser.
 */
export interface SheetJsLibrary {
  read(data: unknown, options: SheetJS.ParsingOptions): SheetJS.WorkBook;
  /** Parses a zip package from a container we filled (entries inflated under our meter). */
  parse_zip(container: unknown, options: SheetJS.ParsingOptions): SheetJS.WorkBook;
  /** Parses a BIFF workbook stream from a container we filled (the stream taken out within bounds). */
  parse_xlscfb(container: unknown, options: SheetJS.ParsingOptions): SheetJS.WorkBook;
  set_cptable(table: unknown): void;
  CFB: { utils: { cfb_new(): unknown; cfb_add(container: unknown, name: string, content: Uint8Array, options: { unsafe: boolean }): void; prep_blob(blob: Uint8Array, at: number): void } };
}

export const XLSX = core as unknown as SheetJsLibrary;

/**
 * A container (SheetJS's in-memory compound file) holding the given parts, each prepared the
 * way SheetJS's own unpacking prepares them (a read cursor on the bytes, for binary parts).
 */
export function containerOf(parts: Iterable<readonly [string, Uint8Array]>): unknown {
  const container = XLSX.CFB.utils.cfb_new();
  for (const [name, content] of parts) {
    XLSX.CFB.utils.prep_blob(content, 0);
    XLSX.CFB.utils.cfb_add(container, name, content, { unsafe: true });
  }
  return container;
}

const LABELS: Readonly<Record<number, string>> = {
  1200: 'utf-16le',
  1201: 'utf-16be',
  65001: 'utf-8',
  936: 'gbk',
  950: 'big5',
  932: 'shift_jis',
  949: 'euc-kr',
  874: 'windows-874',
  10000: 'macintosh',
  10008: 'gb18030',
  20127: 'windows-1252',
  28591: 'iso-8859-1',
};

const decoders = new Map<number, TextDecoder>();

function decoderFor(codepage: number): TextDecoder {
  let d = decoders.get(codepage);
  if (!d) {
    const label = LABELS[codepage] ?? (codepage >= 1250 && codepage <= 1258 ? `windows-${codepage}` : 'windows-1252');
    d = new TextDecoder(label);
    decoders.set(codepage, d);
  }
  return d;
}

function toBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (typeof data === 'string') return Uint8Array.from(data, (c) => c.charCodeAt(0) & 0xff);
  return Uint8Array.from(data as ArrayLike<number>);
}

/** Only decoding is used when reading; encoding is asked for by writers, which we do not use. */
XLSX.set_cptable({
  utils: {
    decode: (codepage: number, data: unknown) => decoderFor(codepage).decode(toBytes(data)),
    encode: (_codepage: number, text: string, mode?: string) => {
      const bytes = Array.from(new TextEncoder().encode(text));
      return mode === 'str' ? String.fromCharCode(...bytes) : bytes;
    },
    hascp: (codepage: number) => codepage in LABELS || (codepage >= 1250 && codepage <= 1258),
  },
});
