import type { CellRef, OutSheet, WorkbookGrid } from '../../core';
import type { ProgressListener, WorkbookHost } from '../../app/ports';
import { explainOfficeError } from './errors';
import { clearHighlights, highlightCells } from './highlight';
import { readWorkbookGrid } from './readGrid';
import type { OfficeRuntime } from './runtime';
import { writeGeneratedSheets } from './writeSheets';

/** The open Excel workbook as a WorkbookHost; every office-js error becomes a HostError. */
export function excelHost(office: OfficeRuntime, workbookName = '当前工作簿'): WorkbookHost {
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (e) {
      throw explainOfficeError(e);
    }
  };
  return {
    kind: 'excel',
    readGrid: (onProgress?: ProgressListener): Promise<WorkbookGrid> => guard(() => readWorkbookGrid(office, workbookName, (d, t) => onProgress?.(d, t, 'read'))),
    writeSheets: (sheets: readonly OutSheet[]) => guard(() => writeGeneratedSheets(office, sheets)),
    select: (ref: CellRef) =>
      guard(() =>
        office.run(async (context) => {
          const ws = context.workbook.worksheets.getItem(ref.sheet);
          ws.activate();
          ws.getRange(ref.cell).select();
          await context.sync();
        }),
      ),
    highlight: (refs: readonly CellRef[]) => guard(() => highlightCells(office, refs)),
    clearHighlight: () => guard(() => clearHighlights(office)),
  };
}
