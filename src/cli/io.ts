import { randomBytes } from 'node:crypto';
import { mkdir, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { UnusableInputError } from '../app/errors';
import { InflateError, useRawInflate } from '../adapters/xlsx/inflate';
import { CLI_TEXT, inBoth, languageFromEnvironment } from './text';

// Node's own zlib inflates zip entries five times faster than the portable inflater, and stops
// at the declared size as soon as the output passes it (maxOutputLength).
useRawInflate((source, size) => {
  let out: Buffer;
  try {
    out = inflateRawSync(source, { maxOutputLength: Math.max(1, size) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new InflateError('size-lie');
    throw new InflateError('damaged', e instanceof Error ? e.message : String(e));
  }
  if (out.length !== size) throw new InflateError('size-lie');
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
});

/** Reads a file the clerk named; a missing or unreadable file is a one-line error. */
export async function readInputFile(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UnusableInputError(inBoth((t) => t.files.directory), path);
    return new Uint8Array(await readFile(path));
  } catch (e) {
    if (e instanceof UnusableInputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnusableInputError(inBoth((t) => t.files.notFound), path);
    if (code === 'EACCES') throw new UnusableInputError(inBoth((t) => t.files.noReadPermission), path);
    throw new UnusableInputError(inBoth((t) => t.files.unreadable(code ?? String(e))), path);
  }
}

/**
 * Writes a file atomically: into a temporary file beside the target, then renamed over it, so
 * a failed write (disk full, a file-size limit, a killed process) leaves the target as it was.
 */
export async function writeOutputFile(path: string, data: Uint8Array | string): Promise<void> {
  const dir = dirname(resolve(path));
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    const reason = inBoth(({ files }) =>
      code === 'EACCES' || code === 'EPERM' ? files.noWritePermission : code === 'ENOSPC' ? files.diskFull : code === 'EFBIG' ? files.tooBig : files.unwritable(code ?? String(e)),
    );
    throw new UnusableInputError(reason, path);
  }
}

/**
 * Refuses, before any work, an output that is one of the inputs (after resolving paths, links
 * and hard links): `compile X -o X` or `--docx X` would replace the clerk's only copy.
 */
export async function checkOutputs(outputs: readonly (string | undefined)[], inputs: readonly string[]): Promise<void> {
  const identities = new Map<string, string>();
  for (const input of inputs) {
    const id = await identity(input);
    if (id) identities.set(id, input);
  }
  const seen = new Map<string, string>();
  for (const output of outputs) {
    if (!output) continue;
    const id = await identity(output);
    if (id && identities.has(id)) throw new UnusableInputError(inBoth((t) => t.files.outputIsInput(displayName(identities.get(id)!))), output);
    if (id && seen.has(id)) throw new UnusableInputError(inBoth((t) => t.files.sameOutput(seen.get(id)!)), output);
    if (id) seen.set(id, output);
  }
}

/** The same file whatever the path: device and inode when it exists, else its resolved path. */
async function identity(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    return `inode:${info.dev}:${info.ino}`;
  } catch {
    try {
      return `path:${join(await realpath(dirname(resolve(path))), basename(path))}`;
    } catch {
      return `path:${resolve(path)}`;
    }
  }
}

/**
 * The output of a workbook is always an .xlsx (ExcelJS writes no other format): a name with
 * another extension (out.xls, out.et) gets .xlsx instead, and the caller says so.
 */
export function xlsxOutputPath(path: string): { path: string; renamed: boolean } {
  const ext = extname(path);
  if (ext.toLowerCase() === '.xlsx') return { path, renamed: false };
  return { path: `${ext ? path.slice(0, -ext.length) : path}.xlsx`, renamed: true };
}

export function displayName(path: string): string {
  return basename(path);
}

let stdoutClosed = false;

/**
 * Writes to standard output; once the reader has closed it (`huibian check … | head`), further
 * output is dropped and the command finishes its work quietly instead of dying with EPIPE.
 */
export function writeStdout(text: string): void {
  if (stdoutClosed) return;
  try {
    process.stdout.write(text);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
    stdoutClosed = true;
  }
}

/**
 * Installs the handlers that keep a closed pipe, or an error a library throws outside any
 * call of ours (an event emitted later), from turning into a stack trace: one line, exit 2.
 */
let guarded = false;

export function guardStandardStreams(): void {
  if (guarded) return;
  guarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') {
        if (stream === process.stdout) stdoutClosed = true;
        return;
      }
      throw e;
    });
  }
  const fail = (e: unknown): void => {
    if (process.env.HUIBIAN_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
    else process.stderr.write(`${CLI_TEXT[languageFromEnvironment(process.env)].internal((e instanceof Error ? e.message : String(e)).split('\n')[0])}\n`);
    process.exit(2);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}

/** While the CLI runs, library chatter on the console never reaches the clerk's terminal. */
export function silenceConsole(): () => void {
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const saved = methods.map((m) => console[m]);
  for (const m of methods) console[m] = () => undefined;
  return () => methods.forEach((m, i) => (console[m] = saved[i]));
}
