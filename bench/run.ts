/**
 * `npm run bench`: times the full check on a synthetic compilation (300 sheets × 200
 * indicators = 60,000 figures, 300 rules, a 100,000-row ledger) against two baselines
 * measured in the same run: merely walking every cell once (the floor), and the same checks
 * as formulas in HyperFormula. Then grows the workload 10× and reports how time and memory grow.
 * Then the same compilation as an .xlsx file, end to end: `huibian check` beside a plain
 * SheetJS read and a plain ExcelJS load of it (endToEnd.ts). Each check is also timed alone at
 * 1× and 10× (perCheck.ts), so that one growing faster than its input shows by name. Flags: --no-formulas, --no-e2e, --only-e2e.
 * Run with `node --expose-gc` (the npm script does) so that memory is measured after a GC.
 */
import { readCompilation, validateCompilation, type WorkbookGrid } from '../src/core';
import { endToEnd } from './endToEnd';
import { checkFormulas, runFormulas } from './formulas';
import { growthTable, timeEachCheck } from './perCheck';
import { BASE, buildSynthetic, scaled, type Synthetic } from './synthetic';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timed<T>(fn: () => T, runs: number): { ms: number; result: T } {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    gc();
    const t0 = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ms: median(times), result };
}

/** The floor: touch every cell of every grid once. */
function walk(grid: WorkbookGrid): number {
  let n = 0;
  for (const sheet of grid.sheets) {
    for (const row of sheet.values) {
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === 'number') n += 1;
        else if (typeof v === 'string') n += v.length;
        else if (v !== null) n += 2;
      }
    }
  }
  return n;
}

function check(grid: WorkbookGrid): number {
  return validateCompilation(readCompilation(grid)).findings.length;
}

/** Heap held while the check's result is alive, over the heap held by the grids alone. */
function memoryOf(grid: WorkbookGrid): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const result = validateCompilation(readCompilation(grid));
  gc();
  const after = process.memoryUsage().heapUsed;
  void result.findings.length;
  return after - before;
}

const fmt = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function describe(s: Synthetic): string {
  const w = s.workload;
  return `${w.units} sheets × ${w.groups * 10} indicators (${w.units * w.groups * 10} figures), a wide sheet of ${w.schools} schools (merged two-row header, ${Math.ceil(w.schools / 10)} 小计 rows, a 合计 row), ${w.rules} rules, ${w.ledgerRows} ledger rows`;
}

const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');

async function main(): Promise<void> {
  if (!process.argv.includes('--only-e2e')) inMemory();
  if (!process.argv.includes('--no-e2e')) await endToEndReport();
}

function inMemory(): void {
  const withFormulas = !process.argv.includes('--no-formulas');
  const base = buildSynthetic(BASE);
  process.stdout.write(`Workload 1×: ${describe(base)}\n`);
  check(base.grid); // warm up the JIT
  const floor = timed(() => walk(base.grid), 9);
  const ours = timed(() => check(base.grid), 5);
  process.stdout.write(`  floor (walk every cell once)   ${fmt(floor.ms)}\n`);
  process.stdout.write(`  full check                     ${fmt(ours.ms)}  = ${(ours.ms / floor.ms).toFixed(1)}× the floor (target ≤ 5×); ${ours.result} findings; target ≤ 300 ms: ${verdict(ours.ms <= 300)}\n`);
  if (withFormulas) {
    const formulas = checkFormulas(base);
    const hf = timed(() => runFormulas(base, formulas), 3);
    process.stdout.write(`  same checks as ${formulas.length} formulas (HyperFormula)  ${fmt(hf.ms)}  = ${(hf.ms / ours.ms).toFixed(1)}× slower than the check (target ≥ 5×); ${hf.result} failing\n`);
  }
  const mem1 = memoryOf(base.grid);

  const big = buildSynthetic(scaled(BASE, 10));
  process.stdout.write(`Workload 10×: ${describe(big)}\n`);
  const floor10 = timed(() => walk(big.grid), 5);
  const ours10 = timed(() => check(big.grid), 3);
  const mem10 = memoryOf(big.grid);
  process.stdout.write(`  floor ${fmt(floor10.ms)}, full check ${fmt(ours10.ms)} = ${(ours10.ms / floor10.ms).toFixed(1)}× the floor; ${ours10.result} findings\n`);
  const growth = ours10.ms / ours.ms;
  process.stdout.write(`Growth 1× → 10×: time ×${growth.toFixed(1)}, memory held by the result ${mb(mem1)} → ${mb(mem10)} (×${(mem10 / mem1).toFixed(1)}); target ≤ ×11: time ${verdict(growth <= 11)}, memory ${verdict(mem10 / mem1 <= 11)}\n`);
  process.stdout.write('Each step alone, 1× → 10× (medians), against a linear reference measured in the same run (bench/perCheck.ts):\n');
  process.stdout.write(growthTable(timeEachCheck(base.grid, 5), timeEachCheck(big.grid, 3)));
}

async function endToEndReport(): Promise<void> {
  {
    const e2e = await endToEnd();
    const { sheetjs, exceljs, read, check: c } = e2e.results;
    process.stdout.write(`End to end: a generated .xlsx of the 1× workload (${e2e.file.cells.toLocaleString('en')} cells, ${mb(e2e.file.bytes)}), each in its own process, median of 3\n`);
    const line = (label: string, m: typeof c): string => `  ${label.padEnd(30)} ${fmt(m.ms).padStart(8)} (CPU ${fmt(m.cpuMs)})   peak ${mb(m.peak).padStart(7)} (${mb(m.peak - m.base)} above the process at start)\n`;
    process.stdout.write(line('plain SheetJS read', sheetjs) + line('plain ExcelJS load', exceljs) + line("Huibian's reader alone", read) + line('huibian check (read + check)', c));
    const time = c.ms / sheetjs.ms;
    const memory = c.peak / sheetjs.peak;
    process.stdout.write(`  check ÷ SheetJS read: time ×${time.toFixed(2)} (CPU ×${(c.cpuMs / sheetjs.cpuMs).toFixed(2)}; target ≤ 1.2: ${verdict(time <= 1.2)}), peak memory ×${memory.toFixed(2)} (target ≤ 1.5: ${verdict(memory <= 1.5)})\n`);
    process.stdout.write(`  check ÷ ExcelJS load: time ×${(c.ms / exceljs.ms).toFixed(2)}, peak memory ×${(c.peak / exceljs.peak).toFixed(2)}\n`);
    process.stdout.write(`  reader alone ÷ SheetJS read: time ×${(read.ms / sheetjs.ms).toFixed(2)} (CPU ×${(read.cpuMs / sheetjs.cpuMs).toFixed(2)}); the check adds ${fmt(c.ms - read.ms)}\n`);
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
