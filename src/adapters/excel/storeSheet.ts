/** The workbook's sheets, one of Huibian's hidden store sheets and the structure lock, in one sync. */
export interface LoadedBook {
  readonly worksheets: Excel.WorksheetCollection;
  readonly store: Excel.Worksheet;
  /** The store's used values; empty when the store sheet does not exist or is blank. */
  readonly rows: readonly (readonly (string | number | boolean)[])[];
  readonly structureProtected: boolean;
}

/**
 * Loads `properties` of every sheet, the used values of the store sheet `storeName` (its meta
 * tags or saved fills) and whether the workbook structure is protected — one sync however many
 * sheets there are (STYLE.md habit 10).
 */
export async function loadBookWithStore(context: Excel.RequestContext, storeName: string, properties: string): Promise<LoadedBook> {
  const worksheets = context.workbook.worksheets;
  worksheets.load(properties);
  const store = worksheets.getItemOrNullObject(storeName);
  const used = store.getUsedRangeOrNullObject(true);
  used.load('values');
  const protection = context.workbook.protection;
  protection.load('protected');
  await context.sync();
  const rows = !store.isNullObject && !used.isNullObject ? (used.values as (string | number | boolean)[][]) : [];
  return { worksheets, store, rows, structureProtected: protection.protected };
}
