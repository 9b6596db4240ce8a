import { meterDeclaredParts, type ReadLimits } from './limits';
import { refuse } from './refusals';

/**
 * A compound (OLE) file read within bounds: .xls and WPS .et keep their workbook in a
 * "Workbook" (BIFF8) or "Book" (BIFF5) stream. Every sector chain is followed once, with a
 * visited map, so a cyclic or shared chain cannot make a stream larger than the file, and the
 * declared sizes of all streams together are held to the same limits as a zip's entries.
 */
export interface CompoundFile {
  readonly streams: readonly CompoundStream[];
  /** Reads one stream's bytes (exactly its declared size, or a refusal naming the damage). */
  read(stream: CompoundStream): Uint8Array;
}

interface CompoundStream {
  readonly name: string;
  readonly start: number;
  readonly size: number;
}

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const MINI_SECTOR = 64;

/** The file's bytes seen as sectors, with the helpers every part of the reading shares. */
interface Sectors {
  readonly data: Uint8Array;
  readonly view: DataView;
  readonly file: string;
  readonly sectorSize: number;
  readonly sectorCount: number;
  /** Sector numbers one FAT sector holds. */
  readonly perSector: number;
  /** A little-endian number at a byte offset; past the end reads as the end of a chain. */
  u32(at: number): number;
  /** Where a sector starts (sector 0 follows the 512-byte header). */
  offset(sector: number): number;
  damaged(detail: string): never;
}

export function readCompoundFile(data: Uint8Array, file: string, limits: ReadLimits): CompoundFile {
  const sectors = readHeader(data, file);
  const { sectorSize, sectorCount, u32, offset, perSector } = sectors;
  const fat = readFat(sectors);
  const { streams, root } = readDirectory(sectors, fat, limits);
  const cutoff = sectors.view.getUint32(56, true) || 4096;

  let miniStream: Uint8Array | null = null;
  const miniFat: number[] = [];
  const loadMini = (): Uint8Array => {
    if (miniStream) return miniStream;
    if (!root) sectors.damaged('root entry');
    miniStream = gather(sectors, chain(sectors, root!.start, fat, sectorCount, Math.ceil(root!.size / sectorSize)), root!.size);
    for (const s of chain(sectors, u32(60), fat, sectorCount, sectorCount)) for (let i = 0; i < perSector; i++) miniFat.push(u32(offset(s) + i * 4));
    return miniStream;
  };

  return {
    streams,
    read(stream) {
      if (stream.size >= cutoff) return gather(sectors, chain(sectors, stream.start, fat, sectorCount, Math.ceil(stream.size / sectorSize)), stream.size);
      const mini = loadMini();
      const miniSectors = chain(sectors, stream.start, (s) => miniFat[s] ?? END_OF_CHAIN, Math.floor(mini.length / MINI_SECTOR), Math.ceil(stream.size / MINI_SECTOR));
      return gather(sectors, miniSectors, stream.size, MINI_SECTOR, mini);
    },
  };
}

/** The header: a version 3 file has 512-byte sectors, a version 4 file 4096-byte ones. */
function readHeader(data: Uint8Array, file: string): Sectors {
  const damaged = (detail: string): never => refuse({ key: 'damaged', detail }, file);
  if (data.length < 512) refuse({ key: 'truncated' }, file);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const major = view.getUint16(26, true);
  const shift = view.getUint16(30, true);
  if (!((major === 3 && shift === 9) || (major === 4 && shift === 12))) damaged('compound file header');
  const sectorSize = 1 << shift;
  return {
    data,
    view,
    file,
    sectorSize,
    sectorCount: Math.max(0, Math.ceil((data.length - sectorSize) / sectorSize)),
    perSector: sectorSize / 4,
    u32: (at) => (at + 4 <= data.length ? view.getUint32(at, true) : END_OF_CHAIN),
    offset: (sector) => (sector + 1) * sectorSize,
    damaged,
  };
}

/** The FAT as a lookup: its own sectors are 109 in the header, the rest along the DIFAT chain. */
function readFat({ u32, offset, sectorCount, sectorSize, perSector, damaged }: Sectors): (sector: number) => number {
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = u32(76 + i * 4);
    if (s >= sectorCount) break;
    fatSectors.push(s);
  }
  const difatSeen = new Set<number>();
  for (let s = u32(68); s < sectorCount && !difatSeen.has(s); s = u32(offset(s) + sectorSize - 4)) {
    difatSeen.add(s);
    for (let i = 0; i < perSector - 1; i++) {
      const f = u32(offset(s) + i * 4);
      if (f < sectorCount) fatSectors.push(f);
    }
    if (fatSectors.length > sectorCount) damaged('FAT');
  }
  return (sector) => {
    const fs = fatSectors[Math.floor(sector / perSector)];
    return fs === undefined ? END_OF_CHAIN : u32(offset(fs) + (sector % perSector) * 4);
  };
}

/** A chain's sectors, each visited once: a cycle ends the chain instead of looping. */
function chain(sectors: Sectors, start: number, next: (s: number) => number, count: number, max: number): number[] {
  const out: number[] = [];
  const seen = new Uint8Array(count);
  for (let s = start; s !== END_OF_CHAIN && s !== FREE && out.length < max; s = next(s)) {
    if (s >= count || seen[s]) sectors.damaged('sector chain');
    seen[s] = 1;
    out.push(s);
  }
  return out;
}

/** The directory's streams and its root entry, the declared sizes held to the limits. */
function readDirectory(sectors: Sectors, fat: (sector: number) => number, limits: ReadLimits): { streams: CompoundStream[]; root: CompoundStream | null } {
  const { data, view, file, sectorSize, sectorCount, offset, damaged } = sectors;
  const directorySectors = chain(sectors, sectors.u32(48), fat, sectorCount, sectorCount);
  const entryCount = (directorySectors.length * sectorSize) / 128;
  const declare = meterDeclaredParts(entryCount, limits, file);
  const streams: CompoundStream[] = [];
  let root: CompoundStream | null = null;
  for (let e = 0; e < entryCount; e++) {
    const at = offset(directorySectors[Math.floor((e * 128) / sectorSize)]) + ((e * 128) % sectorSize);
    if (at + 128 > data.length) damaged('directory');
    const type = data[at + 66];
    if (type !== 2 && type !== 5) continue;
    const nameLength = Math.min(64, view.getUint16(at + 64, true));
    let name = '';
    for (let i = 0; i < nameLength - 2; i += 2) name += String.fromCharCode(view.getUint16(at + i, true));
    const entry = { name, start: view.getUint32(at + 116, true), size: view.getUint32(at + 120, true) };
    if (type === 5) {
      root = entry;
      continue;
    }
    declare(name, entry.size);
    streams.push(entry);
  }
  return { streams, root };
}

/** Copies a chain's sectors into one array of exactly `size` bytes; a short chain is a truncated file. */
function gather({ data, file, sectorSize, offset }: Sectors, chained: readonly number[], size: number, unit = sectorSize, source?: Uint8Array): Uint8Array {
  if (chained.length * unit < size) refuse({ key: 'truncated' }, file);
  const out = new Uint8Array(size);
  const from = source ?? data;
  for (let i = 0; i < chained.length && i * unit < size; i++) {
    const at = source ? chained[i] * unit : offset(chained[i]);
    const piece = from.subarray(at, Math.min(at + unit, at + size - i * unit));
    if (piece.length < Math.min(unit, size - i * unit)) refuse({ key: 'truncated' }, file);
    out.set(piece, i * unit);
  }
  return out;
}
