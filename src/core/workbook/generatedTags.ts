import { textAt, type GeneratedKind, type SheetGrid, type WorkbookGrid } from '../grid/types';

/**
 * Huibian marks the sheets it creates in a very hidden sheet that every host can read and
 * write (Excel, ExcelJS, WPS), so that it only ever replaces its own sheets (SPEC §2.7).
 */
export const META_SHEET_NAME = '_huibian';
export const META_HEADER = ['sheet', 'kind', 'version'] as const;
export const META_VERSION = 1;

const KINDS: readonly GeneratedKind[] = ['summary', 'findings', 'narrative', 'templates', 'log'];

export function isMetaSheet(sheet: { readonly name: string }): boolean {
  return sheet.name === META_SHEET_NAME;
}

/** Sheet name → kind, from the meta sheet and from tags the host put on the grids. */
export function readGeneratedTags(workbook: WorkbookGrid): Map<string, GeneratedKind> {
  const tags = new Map<string, GeneratedKind>();
  const meta = workbook.sheets.find(isMetaSheet);
  if (meta) {
    for (let r = 1; r < meta.values.length; r++) {
      const name = textAt(meta, r, 0);
      const kind = textAt(meta, r, 1) as GeneratedKind;
      if (name !== '' && KINDS.includes(kind)) tags.set(name, kind);
    }
  }
  for (const s of workbook.sheets) if (s.generated) tags.set(s.name, s.generated);
  // A tag naming a sheet that no longer exists is stale.
  const names = new Set(workbook.sheets.map((s) => s.name));
  for (const name of [...tags.keys()]) if (!names.has(name)) tags.delete(name);
  return tags;
}

/** The meta sheet's rows for a set of tags, header first. */
export function toMetaRows(tags: ReadonlyMap<string, GeneratedKind>): (string | number)[][] {
  return [[...META_HEADER], ...[...tags].map(([name, kind]) => [name, kind, META_VERSION])];
}

export function isGeneratedSheet(sheet: SheetGrid, tags: ReadonlyMap<string, GeneratedKind>): boolean {
  return tags.has(sheet.name) || isMetaSheet(sheet);
}
