import type { Finding, Severity } from '../findings/finding';
import { countFindings } from '../checks/order';
import { CHECK_NAMES, SEVERITY_LABELS } from '../i18n/labels';
import { renderFinding } from '../i18n/render';
import { isCellRef, type CellRef } from '../grid/refs';
import { textAt, type SheetGrid } from '../grid/types';
import { toMatchKey } from '../text/fold';
import { FINDINGS_WORDS, GENERATED_SHEET_NAMES, findingsSubtitle } from './sheetLexicon';
import { cell, textWidth, type OutCell, type OutSheet } from './sheetModel';

export const FINDINGS_SHEET_NAME: string = GENERATED_SHEET_NAMES.findings;

const HEADER = FINDINGS_WORDS.header;
const NOTE_COL = 8;
const WIDTHS = [12, 8, 14, 60, 20, 12, 12, 10, 28, 24, 10];
/** Points per wrapped line at 11 pt; rows are sized here because not every reader auto-fits them. */
const LINE_HEIGHT = 15;
const KEY_COL = 10;

/**
 * The stable key of a finding (SPEC §5.3): the same check, indicator, unit and values give the
 * same key on every run, so a clerk's 处理意见 follows the finding; a changed value loses it.
 */
export function findingKey(f: Finding): string {
  const parts = [f.check, f.indicator ?? '', f.reporter ?? '', f.expected?.toFixed() ?? '', f.actual?.toFixed() ?? ''];
  if (f.indicator === undefined) parts.push(f.refs.map((r) => (isCellRef(r) ? `${r.sheet}!${r.cell}` : `@${r.offset}`)).join(','), renderFinding(f, 'zh').message);
  return parts.join('|');
}

/** The clerk's notes in an earlier 核对结果 sheet, by finding key. */
export function readFindingNotes(sheet: SheetGrid): Map<string, string> {
  const notes = new Map<string, string>();
  let header = -1;
  let noteCol = -1;
  let keyCol = -1;
  for (let r = 0; r < Math.min(sheet.values.length, 60) && header < 0; r++) {
    const labels = (sheet.values[r] ?? []).map((_, c) => toMatchKey(textAt(sheet, r, c)));
    noteCol = labels.indexOf(FINDINGS_WORDS.noteHeader);
    keyCol = labels.indexOf(FINDINGS_WORDS.keyHeader);
    if (noteCol >= 0 && keyCol >= 0) header = r;
  }
  if (header < 0) return notes;
  for (let r = header + 1; r < sheet.values.length; r++) {
    const key = textAt(sheet, r, keyCol);
    const note = textAt(sheet, r, noteCol);
    if (key !== '' && note !== '') notes.set(key, note);
  }
  return notes;
}

/**
 * The 核对结果 sheet (SPEC §5.3): a summary block (errors, warnings, infos; per unit), then one
 * row per finding with a link to its cell and the clerk's note carried over.
 */
export function buildFindingsSheet(findings: readonly Finding[], workbook: string, notes: ReadonlyMap<string, string>, name = FINDINGS_SHEET_NAME): OutSheet {
  const rows: OutCell[][] = [];
  const summary = countFindings(findings);
  rows.push([cell(GENERATED_SHEET_NAMES.findings, 'title')]);
  rows.push([cell(findingsSubtitle(workbook, summary), 'subtitle')]);
  rows.push([]);
  rows.push(FINDINGS_WORDS.countsHeader.map((h) => cell(h, 'header')));
  for (const [unit, counts] of perReporter(findings)) {
    rows.push([cell(unit, 'body'), cell(counts.error, 'number'), cell(counts.warning, 'number'), cell(counts.info, 'number')]);
  }
  rows.push([]);
  const headerRow = rows.length;
  rows.push(HEADER.map((h) => cell(h, 'header')));
  const rowHeights: Record<number, number> = {};
  findings.forEach((f, i) => {
    const { message, hint } = renderFinding(f, 'zh');
    const text = hint ? `${message}${hint}` : message;
    rowHeights[rows.length] = linesFor(text, WIDTHS[3]) * LINE_HEIGHT + 4;
    const cellRefs = f.refs.filter(isCellRef);
    const first: CellRef | undefined = cellRefs[0];
    const key = findingKey(f);
    rows.push([
      cell(i + 1, 'bodyCenter'),
      cell(SEVERITY_LABELS.zh[f.severity], f.severity),
      cell(CHECK_NAMES.zh[f.check], 'bodyCenter'),
      cell(text, 'body'),
      first ? cell(`${first.sheet}!${first.cell}`, 'link', { link: first }) : cell('', 'body'),
      cell(f.expected ? f.expected.toNumber() : null, 'number'),
      cell(f.actual ? f.actual.toNumber() : null, 'number'),
      cell(f.difference ? f.difference.toNumber() : null, 'number'),
      cell(notes.get(key) ?? '', 'body'),
      cell(cellRefs.slice(1).map((r) => `${r.sheet}!${r.cell}`).join(FINDINGS_WORDS.refSeparator), 'body'),
      cell(key, 'hidden'),
    ]);
  });
  if (findings.length === 0) rows.push([cell('', 'body'), cell('', 'body'), cell('', 'body'), cell(FINDINGS_WORDS.noFindings, 'body')]);
  return {
    name,
    kind: 'findings',
    rows,
    widths: WIDTHS,
    rowHeights,
    merges: [
      { top: 0, left: 0, bottom: 0, right: NOTE_COL },
      { top: 1, left: 0, bottom: 1, right: NOTE_COL },
    ],
    hiddenColumns: [KEY_COL],
    freezeRows: headerRow + 1,
    page: { orientation: 'landscape', fitToWidth: true, repeatRows: [headerRow + 1, headerRow + 1] },
  };
}

/** Wrapped lines of text in a column `width` characters wide (CJK characters count double). */
export function linesFor(text: string, width: number): number {
  return Math.max(1, Math.ceil(textWidth(text) / Math.max(1, width - 2)));
}

function perReporter(findings: readonly Finding[]): Map<string, Record<Severity, number>> {
  const out = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    const unit = f.reporter ?? FINDINGS_WORDS.noReporter;
    const counts = out.get(unit) ?? { error: 0, warning: 0, info: 0 };
    counts[f.severity]++;
    out.set(unit, counts);
  }
  return new Map([...out].sort((a, b) => b[1].error - a[1].error || b[1].warning - a[1].warning || a[0].localeCompare(b[0], 'zh')));
}
