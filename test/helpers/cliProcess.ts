import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface ProcessRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly out: string;
  readonly err: string;
  readonly ms: number;
}

const ROOT = join(__dirname, '..', '..');

/**
 * Runs `huibian …` as its own process, as a clerk's shell would: real standard streams, and a
 * heap limit, so that a test can tell "bounded memory" from "ran out of memory" (exit 134) and
 * see every line a library might print on stderr. `shell` prefixes a shell command (ulimit).
 */
export function runCliProcess(args: readonly string[], options: { heapMb?: number; timeoutMs?: number; shell?: string; stdoutBytes?: number } = {}): Promise<ProcessRun> {
  const node = [process.execPath, `--max-old-space-size=${options.heapMb ?? 1024}`, '--require', 'tsx/cjs', join(ROOT, 'src', 'cli', 'main.ts'), ...args];
  const quoted = node.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn('/bin/bash', ['-c', `${options.shell ? `${options.shell}; ` : ''}exec ${quoted}`], { cwd: ROOT, env: { ...process.env, HUIBIAN_DEBUG: '' } });
  const started = Date.now();
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d: string) => {
    out += d;
    // A reader that stops early (`| head -c 100`): close the pipe under the writer.
    if (options.stdoutBytes !== undefined && Buffer.byteLength(out) >= options.stdoutBytes) child.stdout.destroy();
  });
  child.stderr.on('data', (d: string) => (err += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out, err, ms: Date.now() - started });
    });
  });
}
