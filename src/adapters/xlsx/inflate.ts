import { Inflate } from 'fflate';
import { entryDataStart, type ZipEntry } from './inspectPackage';
import type { ReadLimits } from './limits';
import { refuse } from './refusals';

/** Why raw DEFLATE data could not give the bytes its entry declares. */
export class InflateError extends Error {
  constructor(
    readonly kind: 'size-lie' | 'damaged',
    detail = '',
  ) {
    super(detail || kind);
  }
}

/**
 * Inflates raw DEFLATE data that declares `size` bytes: returns exactly `size` bytes, or throws
 * InflateError — 'size-lie' as soon as the output passes `size`, so a lie stops at the limit.
 */
export type RawInflate = (source: Uint8Array, size: number) => Uint8Array;

/** Input fed to the streaming inflater at a time: a lie is stopped within one chunk's output. */
const CHUNK = 64 * 1024;

/** The portable inflater (the browser's worker): fflate, streamed and metered chunk by chunk. */
const streamingInflate: RawInflate = (source, size) => {
  const out = new Uint8Array(size);
  let at = 0;
  let lie = false;
  const inflater = new Inflate((chunk) => {
    if (at + chunk.length > size) {
      lie = true;
      throw new InflateError('size-lie');
    }
    out.set(chunk, at);
    at += chunk.length;
  });
  try {
    if (source.length === 0) inflater.push(source, true);
    for (let p = 0; p < source.length; p += CHUNK) inflater.push(source.subarray(p, p + CHUNK), p + CHUNK >= source.length);
  } catch (e) {
    if (lie) throw new InflateError('size-lie');
    throw new InflateError('damaged', e instanceof Error ? e.message : String(e));
  }
  if (at !== size) throw new InflateError('size-lie');
  return out;
};

let rawInflate: RawInflate = streamingInflate;

/** Lets a host with a faster native inflater (Node's zlib, in the CLI) supply it. */
export function useRawInflate(inflate: RawInflate): void {
  rawInflate = inflate;
}

/** Counts what entries really inflate to, against the total limit. */
export interface InflationMeter {
  inflated: number;
}

/**
 * Inflates one zip entry, never past the size it declares (which the directory check already
 * bounded): an entry that claims 4 KB and inflates to 2 GB is refused after 4 KB and a chunk,
 * and one that falls short is damage too. With `keep` false the bytes are checked and dropped.
 */
export function inflateEntry(data: Uint8Array, entry: ZipEntry, file: string, limits: ReadLimits, meter: InflationMeter, keep: boolean): Uint8Array | null {
  const start = entryDataStart(data, entry);
  if (start < 0 || start + entry.compressed > data.length) refuse({ key: 'truncated' }, file);
  const source = data.subarray(start, start + entry.compressed);
  meter.inflated += entry.uncompressed;
  if (meter.inflated > limits.uncompressedBytes) refuse({ key: 'inflated-too-large', limit: limits.uncompressedBytes }, file);
  if (entry.method === 0) {
    if (entry.compressed !== entry.uncompressed) refuse({ key: 'size-lie', part: entry.name }, file);
    // A copy: readers may blank parts of it, and the caller's bytes must stay as they came.
    return keep ? source.slice() : null;
  }
  if (entry.method !== 8) refuse({ key: 'unsupported', what: `zip compression ${entry.method}` }, file);
  try {
    const out = rawInflate(source, entry.uncompressed);
    return keep ? out : null;
  } catch (e) {
    if (e instanceof InflateError && e.kind === 'size-lie') refuse({ key: 'size-lie', part: entry.name }, file);
    refuse({ key: 'damaged', detail: `${entry.name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` }, file);
  }
}
