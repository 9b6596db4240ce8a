import type * as SheetJS from '@e965/xlsx';
import { containerOf, XLSX } from './sheetjs';
import { countOdsCells, scanSheetXml, scanXlsbSheet } from './cellBudget';
import { inflateEntry, type InflationMeter } from './inflate';
import { readZipDirectory, type ZipEntry } from './inspectPackage';
import type { ReadLimits } from './limits';
import { sheetParts } from './packageParts';
import { refuse } from './refusals';

export type PackageFormat = 'xlsx' | 'xlsm' | 'xlsb' | 'ods';

export interface ReadPackage {
  readonly book: SheetJS.WorkBook;
  readonly format: PackageFormat;
  /** Hidden rows of each sheet, by sheet name (.xlsx: SheetJS reports them only when parsing styles). */
  readonly hiddenRows: ReadonlyMap<string, readonly number[]>;
}

/** Parts no reader of ours needs: pictures, embedded files, printer settings, macros, pivot caches. */
const SKIPPED = /^(xl\/(media|embeddings|printerSettings|activeX)\/|customXml\/|Pictures\/|Thumbnails\/|docProps\/thumbnail)|^xl\/pivotCache\/pivotCacheRecords|vbaProject\.bin$/i;

/**
 * Reads a zip package (.xlsx, .xlsm, .xlsb, .ods) with SheetJS, having unzipped it ourselves:
 * every entry is inflated under a meter that stops a lying size at its claim, the cells each
 * sheet really holds are counted before SheetJS builds one, and the parts it does not need are
 * never inflated (unless `checkEveryPart`, for ExcelJS, which inflates them all).
 */
export function readPackage(data: Uint8Array, file: string, limits: ReadLimits, checkEveryPart: boolean): ReadPackage {
  const entries = readZipDirectory(data, file, limits);
  const format = packageFormat(entries, data, file, limits);
  const meter: InflationMeter = { inflated: 0 };
  const parts = new Map<string, Uint8Array>();
  let cells = 0;
  const hiddenByPart = new Map<string, readonly number[]>();
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8) refuse({ key: 'damaged', detail: `${entry.name}: zip compression ${entry.method}` }, file);
    if (entry.name.endsWith('/')) {
      // A folder holds nothing, but ExcelJS reads its header all the same.
      if (checkEveryPart) inflateEntry(data, entry, file, limits, meter, false);
      continue;
    }
    const keep = !SKIPPED.test(entry.name);
    if (!keep && !checkEveryPart) continue;
    const bytes = inflateEntry(data, entry, file, limits, meter, keep);
    if (!bytes) continue;
    if (format === 'xlsb' ? /^xl\/worksheets\/[^/]+\.bin$/i.test(entry.name) : /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name)) {
      if (format === 'xlsb') {
        cells += scanXlsbSheet(bytes).cells;
      } else {
        const facts = scanSheetXml(bytes);
        cells += facts.cells;
        if (facts.merges > limits.merges) refuse({ key: 'too-many-merges', count: facts.merges, limit: limits.merges }, file);
        // SheetJS compares every formula cell with every array formula of the sheet.
        if (facts.arrayFormulas * facts.cells > 200_000_000) refuse({ key: 'damaged', detail: `${entry.name}: ${facts.arrayFormulas} array formulas` }, file);
        if (facts.hiddenRows.length > 0) hiddenByPart.set(entry.name, facts.hiddenRows);
      }
    } else if (format === 'ods' && (entry.name === 'content.xml' || entry.name === 'styles.xml')) {
      const xml = new TextDecoder().decode(bytes);
      // SheetJS writes out a number style's digits one by one: decimal-places="4294967296" never ends.
      const digits = /\bnumber:[a-z-]+="(\d{6,})"/.exec(xml);
      if (digits) refuse({ key: 'damaged', detail: `${entry.name}: ${digits[0]}` }, file);
      if (entry.name === 'content.xml') cells += countOdsCells(xml);
    }
    if (cells > limits.cells) refuse({ key: 'too-many-cells', cells, limit: limits.cells }, file);
    parts.set(entry.name, bytes);
  }
  if (format === 'xlsx' || format === 'xlsm') checkSheetList(parts, file);
  const book = XLSX.parse_zip(containerOf(parts), {
    dense: true,
    cellText: false,
    cellHTML: false,
    cellNF: true,
    // A formula saved without its result is an empty cell with a formula: keep both to say so.
    cellFormula: format !== 'ods',
    sheetStubs: format === 'xlsx' || format === 'xlsm',
  });
  return { book, format, hiddenRows: hiddenRowsBySheet(parts, hiddenByPart) };
}

function packageFormat(entries: readonly ZipEntry[], data: Uint8Array, file: string, limits: ReadLimits): PackageFormat {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('xl/workbook.bin')) return 'xlsb';
  if (names.has('[Content_Types].xml') && entries.some((e) => /^xl\/[^/]*workbook[^/]*\.xml$/i.test(e.name))) return names.has('xl/vbaProject.bin') ? 'xlsm' : 'xlsx';
  if (names.has('content.xml')) {
    const mimetype = entries.find((e) => e.name === 'mimetype');
    const kind = mimetype ? new TextDecoder().decode(inflateEntry(data, mimetype, file, limits, { inflated: 0 }, true)!).trim() : '';
    if (kind === '' || kind === 'application/vnd.oasis.opendocument.spreadsheet') return 'ods';
  }
  if (names.has('word/document.xml')) refuse({ key: 'zip-not-a-workbook', kind: 'word' }, file);
  if (names.has('ppt/presentation.xml')) refuse({ key: 'zip-not-a-workbook', kind: 'powerpoint' }, file);
  refuse({ key: 'zip-not-a-workbook', kind: 'other' }, file);
}

/**
 * A sheet declared twice in xl/workbook.xml — by name, or by the part it points at — is damage
 * (Excel repairs such a file): SheetJS would parse the part once per declaration, so 20,000 copies
 * of one <sheet> held a check for minutes while the cell budget had counted the part once.
 */
function checkSheetList(parts: ReadonlyMap<string, Uint8Array>, file: string): void {
  const workbook = parts.get('xl/workbook.xml');
  const rels = parts.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return;
  const decoder = new TextDecoder();
  const names = new Set<string>();
  const paths = new Set<string>();
  for (const part of sheetParts(decoder.decode(workbook), decoder.decode(rels))) {
    const name = part.name.toLowerCase();
    if (names.has(name) || paths.has(part.path)) refuse({ key: 'damaged', detail: `xl/workbook.xml: sheet "${part.name}" declared twice` }, file);
    names.add(name);
    paths.add(part.path);
  }
}

/** Hidden rows found by the scan, moved from part paths to sheet names. */
function hiddenRowsBySheet(parts: ReadonlyMap<string, Uint8Array>, byPart: ReadonlyMap<string, readonly number[]>): Map<string, readonly number[]> {
  const out = new Map<string, readonly number[]>();
  const workbook = parts.get('xl/workbook.xml');
  const rels = parts.get('xl/_rels/workbook.xml.rels');
  if (byPart.size === 0 || !workbook || !rels) return out;
  const decoder = new TextDecoder();
  for (const part of sheetParts(decoder.decode(workbook), decoder.decode(rels))) {
    const rows = byPart.get(part.path);
    if (rows) out.set(part.name, rows);
  }
  return out;
}
