/**
 * `npm run fuzz [-- --count 5000] [--seed N] [--workers 2]`: thousands of mutants with a random
 * seed (printed, so a run can be repeated); each failing input is kept in out/fuzz/ with a note
 * saying how to run it again. Exit 1 when anything failed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fuzz, PASSING } from './runner';
import { seedFiles } from './seeds';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function run(): Promise<void> {
  const count = option('count', 2000);
  const seed = option('seed', Math.floor(Math.random() * 2 ** 31));
  const keep = join(__dirname, '..', '..', 'out', 'fuzz');
  const seeds = await seedFiles(mkdtempSync(join(tmpdir(), 'huibian-seeds-')), true);
  process.stdout.write(`fuzz: ${count} mutants of ${seeds.length} seeds, seed ${seed}\n`);
  const started = Date.now();
  const report = await fuzz({
    seeds,
    count,
    seed,
    workers: option('workers', 2),
    keepFailures: keep,
    onProgress: (done, counts) => {
      if (done % 250 === 0) process.stdout.write(`  ${done}/${count}: ${Object.entries(counts).filter(([, n]) => n > 0).map(([o, n]) => `${o} ${n}`).join(', ')}\n`);
    },
  });
  process.stdout.write(`done in ${((Date.now() - started) / 60000).toFixed(1)} min; slowest run ${(report.slowestMs / 1000).toFixed(1)} s, largest peak ${report.peakMb.toFixed(0)} MB\n`);
  for (const [outcome, n] of Object.entries(report.counts)) process.stdout.write(`  ${outcome.padEnd(14)} ${n}${PASSING.includes(outcome as never) ? '' : n > 0 ? '  ← FAIL' : ''}\n`);
  for (const f of report.failures.slice(0, 20)) process.stdout.write(`  ✗ #${f.index} ${f.outcome}: ${f.how.slice(0, 120)}${f.kept ? ` → ${f.kept}` : ''}\n`);
  if (report.failures.length > 0) process.exitCode = 1;
}

run().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 2;
});
