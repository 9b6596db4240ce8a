import { refuse } from './refusals';

/**
 * What a workbook may hold before Huibian reads it, whatever its format. Each limit is checked
 * against what the file really holds (bytes actually inflated, cells actually present), never
 * only against what it claims, and before anything allocates per cell (issue 11).
 */
export interface ReadLimits {
  /** Largest file accepted, in bytes. */
  readonly fileBytes: number;
  /** Largest total of inflated zip entries or compound-file streams, in bytes. */
  readonly uncompressedBytes: number;
  /** Largest single zip entry or stream once inflated, in bytes. */
  readonly partBytes: number;
  /** Most zip entries or compound-file directory entries. */
  readonly entries: number;
  /** Most cells holding something, over the whole workbook. */
  readonly cells: number;
  /** Most merged areas in one sheet. */
  readonly merges: number;
}

const READ_LIMITS: ReadLimits = {
  fileBytes: 64 * 1024 * 1024,
  uncompressedBytes: 1024 * 1024 * 1024,
  partBytes: 256 * 1024 * 1024,
  entries: 20_000,
  // About four times the benchmark compilation (706,420 cells); reading stays well under 2 GB.
  cells: 3_000_000,
  merges: 100_000,
};

/**
 * Holds a package's parts to the limits by what its directory declares (a zip's entries, a
 * compound file's streams), before any is read: how many there are, then, part by part, how
 * large each is and all are together. What they really inflate to is metered later.
 */
export function meterDeclaredParts(count: number, limits: ReadLimits, file: string): (part: string, bytes: number) => void {
  if (count > limits.entries) refuse({ key: 'too-many-parts', count, limit: limits.entries }, file);
  let total = 0;
  return (part, bytes) => {
    if (bytes > limits.partBytes) refuse({ key: 'part-too-large', part, limit: limits.partBytes }, file);
    total += bytes;
    if (total > limits.uncompressedBytes) refuse({ key: 'inflated-too-large', limit: limits.uncompressedBytes }, file);
  };
}

export function limitsWith(overrides: Partial<ReadLimits> | undefined): ReadLimits {
  return overrides ? { ...READ_LIMITS, ...overrides } : READ_LIMITS;
}

/** Thrown by a counting reader when the cells it has met pass the limit; turned into a refusal by the caller. */
export class CellLimitExceeded extends Error {
  constructor(readonly cells: number) {
    super(`more than ${cells} cells`);
  }
}
