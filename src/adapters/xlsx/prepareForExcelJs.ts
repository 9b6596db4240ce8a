import JSZip from 'jszip';
import { columnLetters, fromA1, type WorkbookGrid } from '../../core';
import type { ClippedRange, CopyNotice } from './copyNotice';
import { sheetParts, unescapeXml, type SheetPart } from './packageParts';

/** A range larger than this, and larger than the data, is clipped before ExcelJS sees it. */
const LARGE_AREA = 10_000;
const MAX_COLUMN = 16_384;

export interface PreparedPackage {
  /** The bytes for ExcelJS: the source itself, or a copy with oversized ranges clipped. */
  readonly bytes: Uint8Array;
  readonly zip: JSZip;
  readonly parts: readonly SheetPart[];
  readonly notices: readonly CopyNotice[];
  /** Cells covered by data validations (drop-down lists), after clipping. */
  readonly validatedCells: number;
}

interface Extent {
  readonly rows: number;
  readonly cols: number;
}

/**
 * ExcelJS makes one object per cell of every merge, data validation, hyperlink and defined
 * name, and one per column of a <col> span: a 9 KB file with a merge over A1:XFD1048576 exhausts
 * any memory. Before ExcelJS loads a workbook, each such range larger than the cells the sheet
 * really holds is clipped to them (the notices say which; the source file is not touched), so
 * its work is bounded by the data, not by the claim. An ordinary workbook passes through as is.
 */
export async function prepareForExcelJs(data: Uint8Array, grid: WorkbookGrid): Promise<PreparedPackage> {
  const zip = await JSZip.loadAsync(data);
  const text = async (path: string): Promise<string> => (zip.file(path) ? await zip.file(path)!.async('string') : '');
  const parts = sheetParts(await text('xl/workbook.xml'), await text('xl/_rels/workbook.xml.rels'));
  const extents = new Map<string, Extent>();
  for (const s of grid.sheets) extents.set(s.name, { rows: Math.max(1, s.values.length), cols: Math.max(1, ...s.values.map((r) => r.length)) });
  const notices: CopyNotice[] = [];
  let changed = false;
  let validatedCells = 0;
  for (const part of parts) {
    const xml = await text(part.path);
    const extent = extents.get(part.name) ?? { rows: 1, cols: 1 };
    const clipped = clipSheet(xml, extent, (range, from, to) => notices.push({ kind: 'rangeClipped', sheet: part.name, range, from, to }));
    for (const m of clipped.matchAll(/<(?:\w+:)?dataValidation\b[^>]*\bsqref="([^"]*)"/g)) validatedCells += areaOf(m[1]);
    if (clipped !== xml) {
      zip.file(part.path, clipped);
      changed = true;
    }
  }
  const workbookXml = await text('xl/workbook.xml');
  const largest = [...extents.values()].reduce((a, b) => ({ rows: Math.max(a.rows, b.rows), cols: Math.max(a.cols, b.cols) }), { rows: 1, cols: 1 });
  const names = clipDefinedNames(workbookXml, (sheet) => extents.get(sheet) ?? largest, (name, from, to) => notices.push({ kind: 'nameClipped', name, from, to }));
  if (names !== workbookXml) {
    zip.file('xl/workbook.xml', names);
    changed = true;
  }
  const bytes = changed ? await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : data;
  return { bytes, zip: changed ? await JSZip.loadAsync(data) : zip, parts, notices: notices.slice(0, 10), validatedCells };
}

function areaOf(sqref: string): number {
  let total = 0;
  for (const range of sqref.trim().split(/\s+/)) {
    const [a, b = a] = range.split(':');
    const p = fromA1(a);
    const q = fromA1(b);
    if (p && q) total += (Math.abs(q.row - p.row) + 1) * (Math.abs(q.col - p.col) + 1);
  }
  return total;
}

type Report = (range: ClippedRange, from: string, to: string) => void;

function clipSheet(xml: string, extent: Extent, report: Report): string {
  let out = xml.replace(/<((?:\w+:)?)mergeCell\b([^>]*?)\bref="([^"]*)"([^>]*?)\/>/g, (whole, prefix: string, before: string, ref: string, after: string) => {
    const to = clipRef(ref, extent);
    if (to === ref) return whole;
    report('merge', ref, to ?? '');
    return to ? `<${prefix}mergeCell${before}ref="${to}"${after}/>` : '';
  });
  out = out.replace(/(<(?:\w+:)?(?:dataValidation|hyperlink)\b[^>]*?\b(sq)?ref=")([^"]*)"/g, (whole, head: string, _sq: string | undefined, sqref: string) => {
    const ranges = sqref.trim().split(/\s+/);
    const kept = ranges.map((r) => clipRef(r, extent));
    if (kept.every((k, i) => k === ranges[i])) return whole;
    const to = kept.filter((k): k is string => k !== null).join(' ') || columnLetters(0) + '1';
    report(head.includes('hyperlink') ? 'hyperlink' : 'validation', sqref, to);
    return `${head}${to}"`;
  });
  out = out.replace(/<((?:\w+:)?)col\b([^>]*)>/g, (whole, prefix: string, attrs: string) => {
    const min = Number(/\bmin="(\d+)"/.exec(attrs)?.[1] ?? 1);
    const max = Number(/\bmax="(\d+)"/.exec(attrs)?.[1] ?? min);
    if (max <= MAX_COLUMN && min <= max) return whole;
    const lo = Math.min(Math.max(1, min), MAX_COLUMN);
    return `<${prefix}col${attrs.replace(/\bmin="\d+"/, `min="${lo}"`).replace(/\bmax="\d+"/, `max="${Math.max(lo, Math.min(max, MAX_COLUMN))}"`)}>`;
  });
  return out;
}

/** A1:B2 clipped to the extent when it is large and reaches beyond it; null when wholly outside. */
function clipRef(ref: string, extent: Extent): string | null {
  const [a, b = a] = ref.replace(/\$/g, '').split(':');
  const p = fromA1(a);
  const q = fromA1(b);
  if (!p || !q) return ref;
  const top = Math.min(p.row, q.row);
  const left = Math.min(p.col, q.col);
  const bottom = Math.max(p.row, q.row);
  const right = Math.max(p.col, q.col);
  const area = (bottom - top + 1) * (right - left + 1);
  if (area <= LARGE_AREA || (bottom < extent.rows && right < extent.cols)) return ref;
  if (top >= extent.rows || left >= extent.cols) return null;
  const start = `${columnLetters(left)}${top + 1}`;
  const end = `${columnLetters(Math.min(right, extent.cols - 1))}${Math.min(bottom, extent.rows - 1) + 1}`;
  return start === end ? start : `${start}:${end}`;
}

function clipDefinedNames(xml: string, extentOf: (sheet: string) => Extent, report: (name: string, from: string, to: string) => void): string {
  return xml.replace(/(<(?:\w+:)?definedName\b[^>]*>)([^<]*)(<\/)/g, (whole, open: string, body: string, close: string) => {
    const name = unescapeXml(/\bname="([^"]*)"/.exec(open)?.[1] ?? '');
    const text = unescapeXml(body);
    const clipped = text.replace(/((?:'(?:[^']|'')+'|[^!,()'"\s=+\-*/]+)!)?(\$?[A-Z]{1,3}\$?\d+):(\$?[A-Z]{1,3}\$?\d+)/g, (range, qualifier: string | undefined, a: string, b: string) => {
      const sheet = qualifier ? qualifier.slice(0, -1).replace(/^'(.*)'$/, '$1').replace(/''/g, "'") : '';
      const to = clipRef(`${a}:${b}`, extentOf(sheet));
      if (to === `${a}:${b}`.replace(/\$/g, '') || to === `${a}:${b}`) return range;
      const absolute = (to ?? 'A1').split(':').map((c) => c.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')).join(':');
      return `${qualifier ?? ''}${absolute}`;
    });
    if (clipped === text) return whole;
    report(name, text, clipped);
    return `${open}${clipped.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}${close}`;
  });
}
