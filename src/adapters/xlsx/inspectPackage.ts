import { meterDeclaredParts, type ReadLimits } from './limits';
import { refuse } from './refusals';

/** One entry of a zip's central directory, as declared (the sizes are claims until inflated). */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressed: number;
  readonly uncompressed: number;
  readonly localOffset: number;
}

const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
const ZIP64_SIZE = 0xffffffff;

/**
 * Reads a zip's central directory and refuses, in one line, a package beyond the limits by
 * what it declares: too many entries, a declared total or entry too large, encryption, an
 * entry that points outside the file. What the entries really inflate to is metered later.
 */
export function readZipDirectory(data: Uint8Array, file: string, limits: ReadLimits): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) refuse({ key: 'truncated' }, file);
  const count = view.getUint16(end + 10, true);
  const dirOffset = view.getUint32(end + 16, true);
  const declare = meterDeclaredParts(count, limits, file);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || view.getUint32(p, true) !== ZIP_CENTRAL) refuse({ key: 'truncated' }, file);
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    let compressed = view.getUint32(p + 20, true);
    let uncompressed = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    const name = decoder.decode(data.subarray(p + 46, p + 46 + nameLength));
    if (compressed === ZIP64_SIZE || uncompressed === ZIP64_SIZE || localOffset === ZIP64_SIZE) {
      const wide = zip64Sizes(view, p + 46 + nameLength, extraLength, { uncompressed, compressed, localOffset });
      ({ uncompressed, compressed, localOffset } = wide);
    }
    if (flags & 1) refuse({ key: 'encrypted' }, file);
    if (localOffset >= data.length || localOffset + compressed > data.length) refuse({ key: 'truncated' }, file);
    declare(name, uncompressed);
    entries.push({ name, method, flags, compressed, uncompressed, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The ZIP64 extra field (0x0001) holds, in this order, each size that the header left at 0xFFFFFFFF. */
function zip64Sizes(view: DataView, at: number, length: number, sizes: { uncompressed: number; compressed: number; localOffset: number }): typeof sizes {
  const out = { ...sizes };
  for (let p = at; p + 4 <= at + length && p + 4 <= view.byteLength; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = (): number => {
        if (q + 8 > view.byteLength) return Infinity;
        const v = view.getUint32(q, true) + view.getUint32(q + 4, true) * 2 ** 32;
        q += 8;
        return v;
      };
      if (sizes.uncompressed === ZIP64_SIZE) out.uncompressed = next();
      if (sizes.compressed === ZIP64_SIZE) out.compressed = next();
      if (sizes.localOffset === ZIP64_SIZE) out.localOffset = next();
      return out;
    }
    p += 4 + size;
  }
  return { uncompressed: Infinity, compressed: Infinity, localOffset: Infinity };
}

function findEndOfCentralDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let p = view.byteLength - 22; p >= min; p--) {
    if (view.getUint32(p, true) === ZIP_END) return p;
  }
  return -1;
}

/** Where an entry's data starts, from its local header; -1 when the header is not there. */
export function entryDataStart(data: Uint8Array, entry: ZipEntry): number {
  const p = entry.localOffset;
  if (p + 30 > data.length) return -1;
  if (data[p] !== 0x50 || data[p + 1] !== 0x4b || data[p + 2] !== 0x03 || data[p + 3] !== 0x04) return -1;
  const nameLength = data[p + 26] | (data[p + 27] << 8);
  const extraLength = data[p + 28] | (data[p + 29] << 8);
  return p + 30 + nameLength + extraLength;
}
