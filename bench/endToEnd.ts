/**
 * The end-to-end benchmark (issue 10): `huibian check` on a generated .xlsx of the benchmark's
 * compilation (300 sheets × 200 indicators, 300 rules, a 100,000-row ledger: about 706,000 cells,
 * 4 MB), next to a plain SheetJS read and a plain ExcelJS load of the same file, in the same run.
 * Each measure runs in a child process of its own, so its peak resident memory is its own;
 * the runs are interleaved and the median of each is reported (the machine is shared).
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkbookGrid } from '../src/core';
import { BASE, buildSynthetic } from './synthetic';

type Mode = 'sheetjs' | 'exceljs' | 'read' | 'check';
const MODES: readonly Mode[] = ['sheetjs', 'exceljs', 'read', 'check'];

interface Measure {
  readonly ms: number;
  readonly cpuMs: number;
  /** Peak resident memory of the process, in bytes. */
  readonly peak: number;
  /** Resident memory before the measured work began (the runtime and the modules), in bytes. */
  readonly base: number;
}

/** The generated workbook, written once and kept (keyed by the generator's source) in out/bench/. */
export async function syntheticXlsx(): Promise<{ path: string; cells: number; bytes: number }> {
  const source = readFileSync(join(__dirname, 'synthetic.ts'));
  const key = createHash('sha256').update(source).digest('hex').slice(0, 8);
  const dir = join(__dirname, '..', 'out', 'bench');
  const path = join(dir, `synthetic-${key}.xlsx`);
  const grid = buildSynthetic(BASE).grid;
  const cells = countCells(grid);
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    const book = new ExcelJS.Workbook();
    for (const sheet of grid.sheets) {
      const ws = book.addWorksheet(sheet.name);
      for (const row of sheet.values) ws.addRow(row as ExcelJS.CellValue[]);
      for (const m of sheet.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    }
    writeFileSync(path, new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
  }
  return { path, cells, bytes: readFileSync(path).length };
}

function countCells(grid: WorkbookGrid): number {
  let n = 0;
  for (const s of grid.sheets) for (const row of s.values) for (const v of row) if (v !== null && v !== undefined) n++;
  return n;
}

function runChild(mode: Mode, path: string): Measure {
  const out = execFileSync(process.execPath, [...process.execArgv, __filename, '--child', mode, path], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as Measure;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export interface EndToEnd {
  readonly file: { readonly cells: number; readonly bytes: number };
  readonly results: Record<Mode, Measure>;
}

export async function endToEnd(runs = 3): Promise<EndToEnd> {
  const file = await syntheticXlsx();
  const all: Record<Mode, Measure[]> = { sheetjs: [], exceljs: [], read: [], check: [] };
  for (let i = 0; i < runs; i++) for (const mode of MODES) all[mode].push(runChild(mode, file.path));
  const pick = (xs: Measure[]): Measure => ({ ms: median(xs.map((x) => x.ms)), cpuMs: median(xs.map((x) => x.cpuMs)), peak: median(xs.map((x) => x.peak)), base: median(xs.map((x) => x.base)) });
  return { file: { cells: file.cells, bytes: file.bytes }, results: { sheetjs: pick(all.sheetjs), exceljs: pick(all.exceljs), read: pick(all.read), check: pick(all.check) } };
}

/** In the child: load what the measure needs, then time only the work. */
async function child(mode: Mode, path: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  let work: () => Promise<unknown>;
  if (mode === 'sheetjs') {
    // A plain read, as the package's documentation shows it: the default build and options.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const XLSX = require('@e965/xlsx') as typeof import('@e965/xlsx');
    work = async () => XLSX.read(readFileSync(path)).SheetNames.length;
  } else if (mode === 'exceljs') {
    work = async () => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
      return book.worksheets.length;
    };
  } else if (mode === 'read') {
    // Huibian's reader alone, with the CLI's inflater: what the check costs beyond reading.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../src/cli/io');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readWorkbook } = require('../src/adapters/xlsx/readWorkbook') as typeof import('../src/adapters/xlsx/readWorkbook');
    work = async () => readWorkbook(new Uint8Array(readFileSync(path)), 'synthetic.xlsx').grid.sheets.length;
  } else {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { main } = require('../src/cli/main') as typeof import('../src/cli/main');
    work = async () => main(['check', path, '--json'], { out: () => undefined, err: () => undefined });
  }
  gc();
  const base = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  await work();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const measure: Measure = { ms, cpuMs: (cpu.user + cpu.system) / 1000, peak: process.resourceUsage().maxRSS * 1024, base };
  process.stdout.write(`${JSON.stringify(measure)}\n`);
}

if (process.argv[2] === '--child') {
  child(process.argv[3] as Mode, process.argv[4]).catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
