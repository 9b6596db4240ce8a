import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { UnusableInputError } from '../app/errors';

/** Reads a file the clerk named; a missing or unreadable file is a one-line error. */
export async function readInputFile(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UnusableInputError('这是一个文件夹，不是文件。', path);
    return new Uint8Array(await readFile(path));
  } catch (e) {
    if (e instanceof UnusableInputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnusableInputError('找不到该文件。', path);
    if (code === 'EACCES') throw new UnusableInputError('没有读取该文件的权限。', path);
    throw new UnusableInputError(`无法读取（${code ?? String(e)}）。`, path);
  }
}

export async function writeOutputFile(path: string, data: Uint8Array | string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UnusableInputError(code === 'EACCES' ? '没有写入权限。' : `无法写入（${code ?? String(e)}）。`, path);
  }
}

export function displayName(path: string): string {
  return basename(path);
}
