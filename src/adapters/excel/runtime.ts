/**
 * The two things of office-js the adapter needs, injected by the composition root
 * (Excel.run and the requirement-set check) so that tests can hand in a fake.
 */
export interface OfficeRuntime {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: 'ExcelApi', version: string): boolean;
}

/**
 * Excel on the web caps each request and response at 5 MB (FIELD-NOTES.md). Reads and writes
 * are cut into blocks of at most this many cells per sync, about 4 MB at ~40 bytes a cell
 * (value, number format and value type).
 */
export const CELLS_PER_SYNC = 100_000;

export const META_FILLS_SHEET = '_huibian_fills';
export const TAG_PROPERTY = 'huibian';
