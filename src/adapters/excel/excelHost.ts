import type { CellRef, OutSheet, WorkbookGrid } from '../../core';
import type { ImportPlan, ProgressListener, WorkbookHost } from '../../app/ports';
import { editingCell, explainOfficeError, hiddenSheet, officeCode, type HostError } from './errors';
import { CURRENT_WORKBOOK } from './errorLexicon';
import { clearHighlights, highlightCells } from './highlight';
import { readWorkbookGrid } from './readGrid';
import { EDIT_SAFE, type OfficeRuntime } from './runtime';
import { writeGeneratedSheets } from './writeSheets';
import { writeImport } from './writeImport';
import { retireSheets } from './retireSheets';

/** The open Excel workbook as a WorkbookHost; every office-js error becomes a HostError. */
export function excelHost(office: OfficeRuntime, workbookName = CURRENT_WORKBOOK): WorkbookHost {
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (e) {
      throw await explain(office, e);
    }
  };
  return {
    kind: 'excel',
    readGrid: (onProgress?: ProgressListener): Promise<WorkbookGrid> => guard(() => readWorkbookGrid(office, workbookName, (d, t) => onProgress?.(d, t, 'read'))),
    writeSheets: (sheets: readonly OutSheet[]) => guard(() => writeGeneratedSheets(office, sheets)),
    select: (ref: CellRef) => guard(() => selectCell(office, ref)),
    revealSheet: (sheet: string) => guard(() => revealSheet(office, sheet)),
    highlight: (refs: readonly CellRef[]) => guard(() => highlightCells(office, refs)),
    clearHighlight: () => guard(() => clearHighlights(office)),
    writeImport: (plan: ImportPlan) => guard(async () => void (await writeImport(office, plan))),
    retireSheets: (renames: readonly (readonly [string, string])[]) => guard(() => retireSheets(office, renames)),
    ...(office.createWorkbook && office.isSetSupported('ExcelApi', '1.8') ? { createWorkbook: (bytes: Uint8Array) => guard(() => office.createWorkbook!(toBase64(bytes))) } : {}),
  };
}

/** Bytes as base64 for Excel.createWorkbook, in slices (String.fromCharCode takes a bounded number of arguments). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The error for the clerk. Older Excel fails every batch with plain InvalidOperation while a
 * cell is being edited (it ignores delayForCellEdit), the code protection also gives; every
 * write checks protection first, so a read-only probe decides: if it fails the same way, the
 * clerk is editing a cell.
 */
async function explain(office: OfficeRuntime, e: unknown): Promise<HostError> {
  if (officeCode(e) !== 'InvalidOperation') return explainOfficeError(e);
  try {
    await office.run({}, async (context) => {
      context.workbook.worksheets.load('items/name');
      await context.sync();
    });
  } catch (probe) {
    const code = officeCode(probe);
    if (code === 'InvalidOperation' || code === 'InvalidOperationInCellEditMode') return editingCell();
  }
  return explainOfficeError(e);
}

/** Activates the cell's sheet and selects the cell; a hidden sheet is never activated. */
async function selectCell(office: OfficeRuntime, ref: CellRef): Promise<void> {
  await office.run(EDIT_SAFE, async (context) => {
    const ws = context.workbook.worksheets.getItem(ref.sheet);
    ws.load('visibility');
    await context.sync();
    if (ws.visibility !== 'Visible') throw hiddenSheet(ref, ws.visibility === 'VeryHidden');
    ws.activate();
    ws.getRange(ref.cell).select();
    await context.sync();
  });
}

/** Shows a hidden sheet the clerk asked to go to; a very hidden one stays as it is. */
async function revealSheet(office: OfficeRuntime, sheet: string): Promise<void> {
  await office.run(EDIT_SAFE, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.load('visibility');
    await context.sync();
    if (ws.visibility === 'VeryHidden') throw hiddenSheet({ sheet, cell: 'A1' }, true);
    if (ws.visibility === 'Visible') return;
    ws.visibility = 'Visible';
    await context.sync();
  });
}
