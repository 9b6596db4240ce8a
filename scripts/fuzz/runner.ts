/**
 * The mutation fuzzer: each mutant of a seed workbook goes through `huibian check --json` (or,
 * one time in five, `compile`) in a worker process with a time and memory limit, and must end
 * as a clerk expects: exit 0, 1 or 2, at most one line on stderr, valid JSON, no stack trace,
 * no "内部错误", within the time, under the memory. Everything else is a failure, kept with
 * the input and a note of how to run it again.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { Job, JobResult } from './child';
import { mutate, random } from './mutate';

export type Outcome = 'exit 0' | 'exit 1' | 'exit 2' | 'crash' | 'stack trace' | 'hang' | 'over memory' | 'bad exit code' | 'stderr lines' | 'invalid JSON';
export const PASSING: readonly Outcome[] = ['exit 0', 'exit 1', 'exit 2'];

export interface FuzzOptions {
  readonly seeds: readonly string[];
  readonly count: number;
  readonly seed: number;
  readonly workers?: number;
  readonly timeoutMs?: number;
  readonly memoryMb?: number;
  /** Where failing inputs are kept, with a note each; none when unset. */
  readonly keepFailures?: string;
  readonly onProgress?: (done: number, counts: Readonly<Record<string, number>>) => void;
}

interface Failure {
  readonly index: number;
  readonly outcome: Outcome;
  readonly how: string;
  readonly args: readonly string[];
  readonly detail: string;
  readonly kept?: string;
}

export interface FuzzReport {
  readonly counts: Readonly<Record<Outcome, number>>;
  readonly failures: readonly Failure[];
  readonly slowestMs: number;
  readonly peakMb: number;
}

const STACK = /\n\s+at .+:\d+:\d+\)?/;

/** What a run looks like to a clerk: its outcome, the first that fails of the promises. */
function classify(r: JobResult, timeoutMs: number, memoryMb: number): Outcome {
  if (![0, 1, 2].includes(r.code)) return 'bad exit code';
  if (STACK.test(r.err) || STACK.test(r.out)) return 'stack trace';
  if (r.err.includes('内部错误')) return 'crash';
  if (r.err.split('\n').filter(Boolean).length > 1) return 'stderr lines';
  if (r.json === 'invalid') return 'invalid JSON';
  if (r.ms > timeoutMs) return 'hang';
  if (r.peakMb > memoryMb) return 'over memory';
  return `exit ${r.code}` as Outcome;
}

class Worker {
  private child: ChildProcess | null = null;
  private ready: Promise<void> | null = null;

  constructor(private readonly heapMb: number) {}

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    const child = fork(join(__dirname, 'child.ts'), [], { execArgv: ['--require', 'tsx/cjs', `--max-old-space-size=${this.heapMb}`], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    this.child = child;
    this.ready = new Promise((resolve) => child.once('message', () => resolve()));
    return this.ready;
  }

  /** Runs one job; a child that dies or overruns is replaced, and the job reported as what befell it. */
  async run(job: Job, timeoutMs: number): Promise<JobResult | 'hang' | 'out of memory' | 'died'> {
    await this.start();
    const child = this.child!;
    return new Promise((resolve) => {
      const done = (value: JobResult | 'hang' | 'out of memory' | 'died'): void => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        if (typeof value === 'string') this.stop();
        resolve(value);
      };
      const onMessage = (m: JobResult): void => {
        if (m.id === job.id) done(m);
      };
      // V8 aborts (SIGABRT, exit 134) when the heap limit is reached.
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void => done(signal === 'SIGABRT' || code === 134 ? 'out of memory' : 'died');
      const timer = setTimeout(() => done('hang'), timeoutMs);
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(job);
    });
  }

  stop(): void {
    this.child?.kill('SIGKILL');
    this.child = null;
    this.ready = null;
  }
}

export async function fuzz(options: FuzzOptions): Promise<FuzzReport> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const memoryMb = options.memoryMb ?? 1024;
  const work = mkdtempSync(join(tmpdir(), 'huibian-fuzz-'));
  const seeds = options.seeds.map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) }));
  const counts = Object.fromEntries(['exit 0', 'exit 1', 'exit 2', 'crash', 'stack trace', 'hang', 'over memory', 'bad exit code', 'stderr lines', 'invalid JSON'].map((o) => [o, 0])) as Record<Outcome, number>;
  const failures: Failure[] = [];
  let slowestMs = 0;
  let peakMb = 0;
  // The heap limit leaves room above the memory limit, so that a run over it is measured, not killed.
  const workers = Array.from({ length: options.workers ?? 2 }, () => new Worker(memoryMb + 512));
  let next = 0;
  let done = 0;
  const one = async (worker: Worker): Promise<void> => {
    while (next < options.count) {
      const index = next++;
      const rand = random(options.seed + index * 7919);
      const seed = seeds[index % seeds.length];
      const mutant = await mutate(seed.bytes, rand);
      const ext = extname(seed.path) || '.xlsx';
      const input = join(work, `mutant-${index}${ext}`);
      writeFileSync(input, mutant.bytes);
      const compile = rand() < 0.2;
      const output = join(work, `out-${index}.xlsx`);
      const args = compile ? ['compile', input, '-o', output] : ['check', input, '--json'];
      const result = await worker.run({ id: index, args }, timeoutMs + 5_000);
      const outcome: Outcome = result === 'hang' ? 'hang' : result === 'out of memory' ? 'over memory' : result === 'died' ? 'crash' : classify(result, timeoutMs, memoryMb);
      counts[outcome]++;
      if (typeof result === 'object') {
        slowestMs = Math.max(slowestMs, result.ms);
        peakMb = Math.max(peakMb, result.peakMb);
      }
      if (!PASSING.includes(outcome)) {
        const detail = typeof result === 'object' ? `exit ${result.code}, ${result.ms} ms, ${result.peakMb.toFixed(0)} MB\nstderr: ${result.err}\nstdout: ${result.out.slice(0, 500)}` : result;
        let kept: string | undefined;
        if (options.keepFailures) {
          mkdirSync(options.keepFailures, { recursive: true });
          kept = join(options.keepFailures, `fuzz-${options.seed}-${index}${ext}`);
          writeFileSync(kept, mutant.bytes);
          const again = compile ? `npm run --silent cli -- compile ${kept} -o /tmp/out.xlsx` : `npm run --silent cli -- check ${kept} --json`;
          writeFileSync(`${kept}.txt`, `outcome: ${outcome}\nseed: ${options.seed}, mutant ${index} of ${basename(seed.path)}\nmutation: ${mutant.how}\nagain: ${again}\n${detail}\n`);
        }
        failures.push({ index, outcome, how: mutant.how, args, detail, kept });
      }
      rmSync(input, { force: true });
      rmSync(output, { force: true });
      options.onProgress?.(++done, counts);
    }
  };
  try {
    await Promise.all(workers.map(one));
  } finally {
    for (const w of workers) w.stop();
    rmSync(work, { recursive: true, force: true });
  }
  return { counts, failures, slowestMs, peakMb };
}
