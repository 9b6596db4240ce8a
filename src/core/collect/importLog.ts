import { textAt, type CellValue, type SheetGrid } from '../grid/types';
import { cell, type OutCell, type OutSheet } from '../output/sheetModel';
import { toMatchKey } from '../text/fold';
import { IMPORT_LOG } from './collectLexicon';
import { diffSize, type SubmissionDiff } from './figureDiff';

/** One file imported, as 报送记录 logs it. */
export interface LogRow {
  readonly at: string;
  readonly file: string;
  readonly reporter: string | null;
  readonly sheets: readonly string[];
  readonly resubmission: boolean;
  readonly diff: SubmissionDiff;
}

/** Changes written out in full in a row; the rest are counted. */
const SHOWN_CHANGES = 20;
const WIDTHS = [18, 28, 14, 16, 10, 8, 60];

/**
 * The 报送记录 sheet (SPEC §1 step 3): every import so far, oldest first — time, file, unit,
 * sheets, new or resubmitted, how many figures changed and which (old → new). The rows of the
 * earlier sheet are kept as they are; this import's are appended.
 */
export function buildImportLog(previous: SheetGrid | null, rows: readonly LogRow[]): OutSheet {
  const out: OutCell[][] = [[cell(IMPORT_LOG.title, 'title')], IMPORT_LOG.header.map((h) => cell(h, 'header'))];
  for (const old of previous ? earlierRows(previous) : []) out.push(old.map((v) => cell(v, typeof v === 'number' ? 'number' : 'body')));
  for (const r of rows) {
    const changes = [...r.diff.changed, ...(r.resubmission ? [...r.diff.added, ...r.diff.removed] : [])];
    const shown = changes.slice(0, SHOWN_CHANGES).map((c) => IMPORT_LOG.change(c.indicator, c.reporter, c.old, c.new));
    if (changes.length > SHOWN_CHANGES) shown.push(IMPORT_LOG.more(changes.length - SHOWN_CHANGES));
    out.push([
      cell(r.at, 'body'),
      cell(r.file, 'body'),
      cell(r.reporter ?? '', 'body'),
      cell(r.sheets.join(IMPORT_LOG.separator), 'body'),
      cell(r.resubmission ? IMPORT_LOG.kinds.resubmission : IMPORT_LOG.kinds.new, 'bodyCenter'),
      cell(r.resubmission ? diffSize(r.diff) : r.diff.added.length, 'number'),
      cell(shown.join(IMPORT_LOG.separator), 'body'),
    ]);
  }
  return {
    name: IMPORT_LOG.sheetName,
    kind: 'log',
    rows: out,
    widths: WIDTHS,
    merges: [{ top: 0, left: 0, bottom: 0, right: WIDTHS.length - 1 }],
    freezeRows: 2,
  };
}

/** The data rows of an earlier 报送记录, below its header row. */
function earlierRows(sheet: SheetGrid): (string | number | null)[][] {
  const first = toMatchKey(IMPORT_LOG.header[0]);
  const header = sheet.values.findIndex((_, r) => toMatchKey(textAt(sheet, r, 0)) === first);
  if (header < 0) return [];
  const out: (string | number | null)[][] = [];
  for (let r = header + 1; r < sheet.values.length; r++) {
    const row = IMPORT_LOG.header.map((_, c) => plain(sheet.values[r]?.[c] ?? null));
    if (row.some((v) => v !== null && v !== '')) out.push(row);
  }
  return out;
}

function plain(v: CellValue): string | number | null {
  return typeof v === 'number' || typeof v === 'string' || v === null ? v : typeof v === 'boolean' ? String(v) : v.kind === 'date' ? v.iso : v.kind === 'error' ? v.code : v.formula;
}
