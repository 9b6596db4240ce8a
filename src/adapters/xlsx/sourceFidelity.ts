import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import type { CopyNotice, DroppedPart } from './copyNotice';
import { unescapeXml, type SheetPart } from './packageParts';

/**
 * What a source sheet holds that ExcelJS loses on the way from the clerk's file to the compiled
 * copy. ExcelJS attaches a comment (批注) only to a cell it has already met, so a comment on an
 * empty cell vanishes: `restoreComments` puts every missing one back. Parts it cannot carry at all
 * (charts, pivot tables, macros…) are named by `droppedParts`, so the copy says what it lacks.
 */
export async function restoreComments(book: ExcelJS.Workbook, zip: JSZip, parts: readonly SheetPart[]): Promise<number> {
  let restored = 0;
  for (const part of parts) {
    const ws = book.getWorksheet(part.name);
    const relsPath = part.path.replace(/([^/]+)$/, '_rels/$1.rels');
    const rels = zip.file(relsPath);
    if (!ws || !rels) continue;
    for (const m of (await rels.async('string')).matchAll(/<(?:\w+:)?Relationship\b[^>]*\bType="[^"]*\/comments"[^>]*>/g)) {
      const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
      const file = target ? zip.file(resolve(part.path, target)) : null;
      if (!file) continue;
      for (const c of (await file.async('string')).matchAll(/<(?:\w+:)?comment\b[^>]*\bref="([A-Z]+\d+)"[^>]*>([\s\S]*?)<\/(?:\w+:)?comment>/g)) {
        const cell = ws.getCell(c[1]);
        if (cell.note !== undefined) continue;
        const text = [...c[2].matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((t) => unescapeXml(t[1])).join('');
        cell.note = text;
        restored++;
      }
    }
  }
  return restored;
}

/** Kinds of part ExcelJS does not write back, by where the package keeps them. */
const DROPPED: readonly { readonly pattern: RegExp; readonly what: DroppedPart }[] = [
  { pattern: /^xl\/(charts|chartsheets)\//, what: 'charts' },
  { pattern: /^xl\/(pivotTables|pivotCache)\//, what: 'pivots' },
  { pattern: /^xl\/vbaProject\.bin$/, what: 'macros' },
  { pattern: /^xl\/(threadedComments|persons)\//, what: 'threaded-comments' },
  { pattern: /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//, what: 'slicers' },
  { pattern: /^xl\/(ctrlProps|activeX)\//, what: 'controls' },
  { pattern: /^xl\/embeddings\//, what: 'embeddings' },
  { pattern: /^xl\/externalLinks\//, what: 'external-links' },
  { pattern: /^xl\/(queryTables\/|connections\.xml$|model\/)/, what: 'connections' },
  { pattern: /^customXml\//, what: 'custom-xml' },
];

/** The notice naming what the copy cannot carry, or null when it carries everything. */
export function droppedParts(zip: JSZip): CopyNotice | null {
  const names = Object.keys(zip.files);
  const found = DROPPED.filter((d) => names.some((n) => d.pattern.test(n))).map((d) => d.what);
  if (found.length === 0) return null;
  return { kind: 'partsDropped', parts: found };
}

function resolve(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}
