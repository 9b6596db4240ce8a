import { protectedSheet, protectedWorkbook } from './errors';
import { EDIT_SAFE, type OfficeRuntime } from './runtime';

/**
 * Renames sheets and hides them, their contents untouched (滚动沿用 keeps the clerk's old 文字模板
 * as 文字模板（旧）, hidden, before the learned one is written). Two syncs; a protected sheet or
 * workbook structure stops it before anything changes.
 */
export async function retireSheets(office: OfficeRuntime, renames: readonly (readonly [string, string])[]): Promise<void> {
  if (renames.length === 0) return;
  await office.run(EDIT_SAFE, async (context) => {
    const sheets = renames.map(([from]) => context.workbook.worksheets.getItem(from));
    for (const ws of sheets) ws.protection.load('protected');
    const book = context.workbook.protection;
    book.load('protected');
    await context.sync();
    if (book.protected) throw protectedWorkbook();
    sheets.forEach((ws, i) => {
      if (ws.protection.protected) throw protectedSheet(renames[i][0]);
    });
    sheets.forEach((ws, i) => {
      ws.name = renames[i][1];
      ws.visibility = 'Hidden';
    });
    await context.sync();
  });
}
