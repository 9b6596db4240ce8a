import { fuzz } from '../../scripts/fuzz/runner';
import { seedFiles } from '../../scripts/fuzz/seeds';
import { tempDir } from '../helpers/files';

/**
 * Issue 11: a seeded, bounded mutation fuzz in every test run — byte flips and XML-aware
 * mutations of the sample and of generated books, CSV and HTML. Every run must end as a clerk
 * expects: exit 0, 1 or 2; at most one line on stderr; valid JSON; no stack; no "内部错误";
 * within 30 s and 1 GB. `npm run fuzz` runs thousands with a random seed.
 */
describe('fuzzed workbooks', () => {
  it('end in exit 0, 1 or 2 with one line at most, valid JSON, no stack, within 30 s and 1 GB', async () => {
    const report = await fuzz({ seeds: await seedFiles(tempDir()), count: 240, seed: 20231206, workers: 2, timeoutMs: 30_000, memoryMb: 1024 });
    expect(report.failures.map((f) => `#${f.index} ${f.outcome}: ${f.how} — ${f.detail.split('\n').slice(0, 2).join(' ')}`)).toEqual([]);
    // The mutants reach every door: readable, readable with errors, refused.
    expect(report.counts['exit 2']).toBeGreaterThan(20);
    expect(report.counts['exit 0'] + report.counts['exit 1']).toBeGreaterThan(20);
  }, 1_200_000);
});
