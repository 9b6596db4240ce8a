import type { GeneratedKind } from '../grid/types';
import type { OutSheet } from './sheetModel';

/**
 * The name a generated sheet is written under (SPEC §2.7): Huibian's own sheet of that kind if
 * there is one, else the first free of 汇总表, 汇总表 (2), … — a user's sheet is never taken over.
 * An untagged sheet (a starter catalogue) only ever takes a free name.
 */
export function chooseSheetName(sheet: OutSheet, existing: readonly string[], tags: ReadonlyMap<string, GeneratedKind>): string {
  for (let i = 1; i < 100; i++) {
    const candidate = i === 1 ? sheet.name : `${sheet.name.slice(0, 26)} (${i})`;
    const taken = existing.find((n) => n.toLowerCase() === candidate.toLowerCase());
    if (!taken) return candidate;
    if (sheet.kind && tags.get(taken) === sheet.kind) return taken;
  }
  throw new Error(`no free sheet name for ${sheet.name}`);
}
