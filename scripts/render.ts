/**
 * `npm run render [-- BOOK.xlsx]`: compiles a workbook (the bundled sample by default) and
 * renders what Huibian writes to PNG, to be looked at: each generated sheet on its own
 * (LibreOffice → PDF → pdftoppm) and the Word document. Pages go to out/render/.
 * Needs LibreOffice and poppler: scripts/install-system-deps.sh --render.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { main } from '../src/cli/main';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'out', 'render');

export function toPdf(file: string, dir: string): string {
  execFileSync('libreoffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 180_000 });
  return join(dir, basename(file).replace(/\.[^.]+$/, '.pdf'));
}

export function toPngs(pdf: string, prefix: string, dpi = 80): string[] {
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', pdf, prefix]);
  const dir = join(prefix, '..');
  return readdirSync(dir).filter((f) => f.startsWith(basename(prefix)) && f.endsWith('.png')).map((f) => join(dir, f));
}

/** A copy of the workbook in which only `sheet` is visible, so that only it is printed. */
export async function onlySheet(xlsx: string, sheet: string, out: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(xlsx) as unknown as ExcelJS.Buffer);
  for (const ws of book.worksheets) ws.state = ws.name === sheet ? 'visible' : ws.state === 'veryHidden' ? 'veryHidden' : 'hidden';
  const target = book.getWorksheet(sheet)!;
  book.views = [{ activeTab: book.worksheets.indexOf(target), x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: 'visible' }];
  writeFileSync(out, new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
}

async function render(): Promise<void> {
  const input = process.argv[2] ?? join(ROOT, 'assets', 'samples', 'baoan-2023.xlsx');
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const xlsx = join(OUT, 'compiled.xlsx');
  const docx = join(OUT, 'compiled.docx');
  if ((await main(['compile', input, '-o', xlsx, '--docx', docx])) === 2) throw new Error('compile failed');
  for (const [sheet, name] of [['汇总表', 'summary'], ['核对结果', 'findings'], ['文字说明', 'narrative']] as const) {
    const file = join(OUT, `${name}.xlsx`);
    await onlySheet(xlsx, sheet, file);
    const pngs = toPngs(toPdf(file, OUT), join(OUT, name));
    process.stdout.write(`${sheet}: ${pngs.length} page(s) → ${pngs.map((p) => basename(p)).join(', ')}\n`);
  }
  const pngs = toPngs(toPdf(docx, OUT), join(OUT, 'docx'));
  process.stdout.write(`Word document: ${pngs.length} page(s) → ${pngs.map((p) => basename(p)).join(', ')}\n`);
}

if (require.main === module) {
  render().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
