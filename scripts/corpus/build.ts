/**
 * Builds every corpus source to test/corpus/books/<file>.xlsx and writes test/corpus/expectations.md.
 *   npm run corpus            (all books)
 *   npm run corpus -- 03 11   (books whose file starts with these prefixes)
 * The LibreOffice book is written by ExcelJS and then re-saved by `soffice --headless --convert-to xlsx`;
 * the WPS book is ExcelJS output rewritten to WPS's XML (scripts/corpus/wps.ts).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SOURCES } from '../../test/corpus/corpus.sources';
import JSZip from 'jszip';
import { FIXED_DATE, bookBuffer } from './buildBook';
import { expectationsMarkdown } from './expectations';
import type { BookSource } from './types';
import { wpsify } from './wps';

const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, 'test/corpus/books');

/** Header rows to repeat on each printed page, per sheet, for the WPS book. */
function printTitles(source: BookSource): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const s of source.sheets) if (s.headerRows?.length) titles[s.name] = `$${Math.min(...s.headerRows)}:$${Math.max(...s.headerRows)}`;
  return titles;
}

/** Re-zips with fixed entry dates (and fixed core.xml dates) so a rebuild gives the same bytes. */
async function stable(buf: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const f = zip.files[name];
    if (f.dir) continue;
    let data: Buffer | string = await f.async('nodebuffer');
    if (name === 'docProps/core.xml') {
      data = data.toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${FIXED_DATE.toISOString().replace(/\.\d+Z$/, 'Z')}`);
    }
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

export async function producedBuffer(source: BookSource): Promise<Buffer> {
  return stable(await rawBuffer(source));
}

async function rawBuffer(source: BookSource): Promise<Buffer> {
  const plain = await bookBuffer(source);
  if (source.producer === 'wps') return wpsify(plain, printTitles(source));
  if (source.producer === 'libreoffice') {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-lo-'));
    try {
      mkdirSync(join(dir, 'in'));
      mkdirSync(join(dir, 'out'));
      const input = join(dir, 'in', `${source.file}.xlsx`);
      writeFileSync(input, plain);
      execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--calc', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'out'), input], { stdio: 'pipe', timeout: 180_000 });
      const converted = join(dir, 'out', `${source.file}.xlsx`);
      const copy = join(dir, 'copy.xlsx');
      copyFileSync(converted, copy);
      return (await import('node:fs')).readFileSync(copy);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return plain;
}

async function main(): Promise<void> {
  const prefixes = process.argv.slice(2);
  mkdirSync(OUT, { recursive: true });
  for (const source of SOURCES) {
    if (prefixes.length && !prefixes.some((p) => source.file.startsWith(p))) continue;
    const buf = await producedBuffer(source);
    writeFileSync(join(OUT, `${source.file}.xlsx`), buf);
    console.log(`${source.file}.xlsx  ${(buf.length / 1024).toFixed(1)} KB  (${source.producer ?? 'exceljs'}; ${source.expect.problems.length} planted, ${source.expect.traps.length} traps)`);
  }
  writeFileSync(join(ROOT, 'test/corpus/expectations.md'), expectationsMarkdown(SOURCES));
  console.log('test/corpus/expectations.md');
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
