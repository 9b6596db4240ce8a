/** What a batch asks of Excel.run (Excel.RunOptions). */
export interface RunOptions {
  /** Wait until the clerk leaves the cell being edited instead of failing (where the host honours it). */
  readonly delayForCellEdit?: boolean;
}

/**
 * Every batch waits for the clerk to leave a cell being edited instead of failing
 * (Excel.RunOptions.delayForCellEdit; an Excel that does not know the option fails as before,
 * and excelHost tells that failure from protection).
 */
export const EDIT_SAFE: RunOptions = { delayForCellEdit: true };

/**
 * The two things of office-js the adapter needs, injected by the composition root
 * (Excel.run and the requirement-set check) so that tests can hand in a fake.
 */
export interface OfficeRuntime {
  run<T>(options: RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: 'ExcelApi', version: string): boolean;
  /** Excel.createWorkbook (ExcelApi 1.8): opens an .xlsx, given as base64, as a new workbook. */
  createWorkbook?(base64: string): Promise<void>;
}

/**
 * At most this many cells are read or written per sync, however small they are; the bytes of
 * each request are budgeted as well (payload.ts).
 */
export const CELLS_PER_SYNC = 100_000;

export const META_FILLS_SHEET = '_huibian_fills';
export const TAG_PROPERTY = 'huibian';
