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

export function limitsWith(overrides: Partial<ReadLimits> | undefined): ReadLimits {
  return overrides ? { ...READ_LIMITS, ...overrides } : READ_LIMITS;
}

/** Thrown by a counting reader when the cells it has met pass the limit; turned into a refusal by the caller. */
export class CellLimitExceeded extends Error {
  constructor(readonly cells: number) {
    super(`more than ${cells} cells`);
  }
}
