import ExcelJS from 'exceljs';
import type { ImportPlan, SubmissionFile } from '../../app/ports';
import { isSameNotice, type CopyNotice } from './copyNotice';
import { readXlsx } from './readXlsx';
import { writeCopyWithSheets } from './writeSheets';

/** Data validations the book keeps through an import (ExcelJS expands them cell by cell). */
const MAX_VALIDATED_CELLS = 200_000;

export interface ImportedBook {
  readonly bytes: Uint8Array;
  /** What the clerk should know about the copy and the files (a file read from another format), as facts. */
  readonly notices: readonly CopyNotice[];
}

/**
 * 导入报送 (SPEC §1 step 3) as the plan says: each department sheet is copied into the book —
 * values, formulas with their results, formats, merges, widths, heights, hidden rows — under
 * its new name; a resubmitted unit's sheet is replaced where it stood, so the checks read the
 * new figures only. 报送记录 is written as Huibian's own sheet. The source files are not changed.
 */
export async function applyImportPlan(bookBytes: Uint8Array, bookFile: string, files: readonly SubmissionFile[], plan: ImportPlan): Promise<ImportedBook> {
  const { book, notices: bookNotices } = await readXlsx(bookBytes, bookFile, { maxValidatedCells: MAX_VALIDATED_CELLS });
  const notices = [...bookNotices];
  for (const entry of plan.entries) {
    const source = files.find((f) => f.file === entry.file);
    if (!source) continue;
    const { book: from, notices: read } = await readXlsx(source.bytes, source.file);
    notices.push(...read);
    for (const placed of entry.sheets) {
      const ws = from.getWorksheet(placed.from);
      if (!ws) continue;
      const old = book.getWorksheet(placed.replaces ?? placed.as);
      const orderNo = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
      if (old) book.removeWorksheet(old.id);
      const to = book.addWorksheet(placed.as, { state: ws.state === 'veryHidden' ? 'hidden' : ws.state });
      if (orderNo !== undefined) (to as unknown as { orderNo: number }).orderNo = orderNo;
      copySheet(ws, to);
    }
  }
  const merged = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
  const copy = await writeCopyWithSheets(merged, bookFile, [plan.log]);
  return { bytes: copy.bytes, notices: [...notices, ...copy.notices.filter((n) => !notices.some((m) => isSameNotice(m, n)))] };
}

function copySheet(from: ExcelJS.Worksheet, to: ExcelJS.Worksheet): void {
  from.columns?.forEach((col, i) => {
    const target = to.getColumn(i + 1);
    if (col.width) target.width = col.width;
    if (col.hidden) target.hidden = true;
  });
  from.eachRow({ includeEmpty: true }, (row, r) => {
    const target = to.getRow(r);
    if (row.height) target.height = row.height;
    if (row.hidden) target.hidden = true;
    row.eachCell({ includeEmpty: false }, (c, col) => {
      if (c.isMerged && c.master.address !== c.address) return;
      const t = target.getCell(col);
      t.value = c.value;
      t.style = JSON.parse(JSON.stringify(c.style ?? {}));
    });
  });
  for (const range of (from.model as { merges?: string[] }).merges ?? []) to.mergeCells(range);
  if (from.views) to.views = from.views.map((v) => ({ ...v }));
  if (from.pageSetup) to.pageSetup = { ...from.pageSetup };
}
