/**
 * A fuzzing worker: a child process that runs `huibian` in-process on one mutant at a time, as
 * the parent asks over IPC, and reports what a clerk would see. The parent kills it when a run
 * passes its time limit and starts another; the heap limit it was started with makes an
 * unbounded run end as "out of memory" instead of taking the machine down.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { main } from '../../src/cli/main';

export interface Job {
  readonly id: number;
  readonly args: readonly string[];
}

export interface JobResult {
  readonly id: number;
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly ms: number;
  /** Peak resident memory of this run, in MB (Linux: reset before the run). */
  readonly peakMb: number;
  readonly json: 'valid' | 'invalid' | 'not asked';
}

function resetPeak(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux: the peak is the process's since it started.
  }
}

function peakMb(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // fall through
  }
  return process.resourceUsage().maxRSS / 1024;
}

process.on('message', async (job: Job) => {
  resetPeak();
  let out = '';
  let err = '';
  const started = Date.now();
  const code = await main(job.args, { out: (t) => (out += t), err: (t) => (err += t) });
  const ms = Date.now() - started;
  let json: JobResult['json'] = 'not asked';
  if (job.args.includes('--json') && code !== 2) {
    try {
      JSON.parse(out);
      json = 'valid';
    } catch {
      json = 'invalid';
    }
  }
  const result: JobResult = { id: job.id, code, out: out.slice(0, 2000), err: err.slice(0, 4000), ms, peakMb: peakMb(), json };
  process.send!(result);
});
process.send!({ ready: true });
