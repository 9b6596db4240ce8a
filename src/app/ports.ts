import type { WorkbookGrid } from '../core';

/**
 * What the use cases need from a host (Excel through office-js, an .xlsx through ExcelJS,
 * the browser page). Adapters implement these; use cases never see office-js or ExcelJS.
 */

/** Reads every sheet of the open workbook as grids. */
export interface WorkbookReader {
  readGrid(): Promise<WorkbookGrid>;
}

/** Reports progress of work over half a second (the pane's progress bar). */
export type ProgressListener = (done: number, total: number, label: string) => void;
