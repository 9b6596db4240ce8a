import type { Finding, Severity } from '../findings/finding';
import { countFindings, type FindingCounts } from '../checks/order';
import { CHECK_NAMES, SEVERITY_LABELS } from '../i18n/labels';
import { renderFinding } from '../i18n/render';
import { isCellRef, type CellRef } from '../grid/refs';
import { fromA1 } from '../grid/address';
import { textAt, type SheetGrid } from '../grid/types';
import { toMatchKey } from '../text/fold';
import { FINDINGS_WORDS, GENERATED_SHEET_NAMES, findingsSubtitle } from './sheetLexicon';
import { cell, textWidth, type OutCell, type OutSheet } from './sheetModel';

export const FINDINGS_SHEET_NAME: string = GENERATED_SHEET_NAMES.findings;

const HEADER = FINDINGS_WORDS.header;
const STATUS_COL = 9;
const WIDTHS = [12, 8, 14, 60, 20, 12, 12, 10, 28, 8, 24, 10];
/** Points per wrapped line at 11 pt; rows are sized here because not every reader auto-fits them. */
const LINE_HEIGHT = 15;
const KEY_COL = 11;

/** The clerk's decision on a finding, kept in 核对结果 (SPEC §5.3): 已核实, 已说明, or only a note. */
export type FindingStatus = 'verified' | 'explained';

export interface FindingDecision {
  readonly status: FindingStatus | null;
  readonly note: string;
}


/**
 * The stable key of a finding (SPEC §5.3): the same check, indicator, unit and values give the
 * same key on every run, so a clerk's 处理意见 follows the finding; a changed value loses it.
 */
export function findingKey(f: Finding): string {
  const parts = [f.check, f.indicator ?? '', f.reporter ?? '', f.expected?.toFixed() ?? '', f.actual?.toFixed() ?? ''];
  if (f.indicator === undefined) parts.push(f.refs.map((r) => (isCellRef(r) ? `${r.sheet}!${r.cell}` : `@${r.offset}`)).join(','), renderFinding(f, 'zh').message);
  return parts.join('|');
}

/** The clerk's decisions (状态 and 处理意见) in an earlier 核对结果 sheet, by finding key. */
export function readFindingDecisions(sheet: SheetGrid): Map<string, FindingDecision> {
  const out = new Map<string, FindingDecision>();
  let header = -1;
  let cols = { note: -1, status: -1, key: -1 };
  for (let r = 0; r < Math.min(sheet.values.length, 60) && header < 0; r++) {
    const labels = (sheet.values[r] ?? []).map((_, c) => toMatchKey(textAt(sheet, r, c)));
    cols = { note: labels.indexOf(FINDINGS_WORDS.noteHeader), status: labels.indexOf(FINDINGS_WORDS.statusHeader), key: labels.indexOf(FINDINGS_WORDS.keyHeader) };
    if (cols.note >= 0 && cols.key >= 0) header = r;
  }
  if (header < 0) return out;
  for (let r = header + 1; r < sheet.values.length; r++) {
    const key = textAt(sheet, r, cols.key);
    const note = textAt(sheet, r, cols.note);
    const status = cols.status >= 0 ? toStatus(textAt(sheet, r, cols.status)) : null;
    if (key !== '' && (note !== '' || status !== null)) out.set(key, { status, note });
  }
  return out;
}

function toStatus(text: string): FindingStatus | null {
  const key = toMatchKey(text);
  if (key === '') return null;
  if (key === toMatchKey(FINDINGS_WORDS.status.verified) || key === 'verified') return 'verified';
  if (key === toMatchKey(FINDINGS_WORDS.status.explained) || key === 'explained') return 'explained';
  return null;
}

/** True when the clerk marked the finding 已核实 or 已说明: it no longer counts as open. */
export function isAccepted(f: Finding, decisions: ReadonlyMap<string, FindingDecision>): boolean {
  return (decisions.get(findingKey(f))?.status ?? null) !== null;
}

/** Open findings of each severity, and those the clerk accepted (SPEC §5.3: an accepted error is not open). */
export function countDecided(findings: readonly Finding[], decisions: ReadonlyMap<string, FindingDecision>): { open: FindingCounts; accepted: FindingCounts } {
  const open: Finding[] = [];
  const accepted: Finding[] = [];
  for (const f of findings) (isAccepted(f, decisions) ? accepted : open).push(f);
  return { open: countFindings(open), accepted: countFindings(accepted) };
}

/**
 * The 核对结果 sheet (SPEC §5.3): a summary block (errors, warnings, infos; per unit), then one
 * row per finding with a link to its cell and the clerk's note carried over.
 */
export function buildFindingsSheet(findings: readonly Finding[], workbook: string, decisions: ReadonlyMap<string, FindingDecision>, name = FINDINGS_SHEET_NAME): OutSheet {
  const rows: OutCell[][] = [];
  const counts = countDecided(findings, decisions);
  rows.push([cell(GENERATED_SHEET_NAMES.findings, 'title')]);
  rows.push([cell(findingsSubtitle(workbook, counts.open, counts.accepted), 'subtitle')]);
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
    const decision = decisions.get(key);
    rows.push([
      cell(i + 1, 'bodyCenter'),
      cell(SEVERITY_LABELS.zh[f.severity], f.severity),
      cell(CHECK_NAMES.zh[f.check], 'bodyCenter'),
      cell(text, 'body'),
      first ? cell(`${first.sheet}!${first.cell}`, 'link', { link: first }) : cell('', 'body'),
      cell(f.expected ? f.expected.toNumber() : null, 'number'),
      cell(f.actual ? f.actual.toNumber() : null, 'number'),
      cell(f.difference ? f.difference.toNumber() : null, 'number'),
      cell(decision?.note ?? '', 'body'),
      cell(decision?.status ? FINDINGS_WORDS.status[decision.status] : '', 'bodyCenter'),
      cell(orderedCells(cellRefs.slice(1)).join(FINDINGS_WORDS.refSeparator), 'body'),
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
      { top: 0, left: 0, bottom: 0, right: STATUS_COL },
      { top: 1, left: 0, bottom: 1, right: STATUS_COL },
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

/**
 * Cells as the clerk reads them: by sheet as first named, then row by row, left to right (D10, D11, D12,
 * never D12, D11, D10), each once, as sheet!cell.
 */
function orderedCells(refs: readonly CellRef[]): string[] {
  const sheets: string[] = [];
  for (const r of refs) if (!sheets.includes(r.sheet)) sheets.push(r.sheet);
  const position = (r: CellRef): [number, number, number] => {
    const at = fromA1(r.cell.split(':')[0]);
    return [sheets.indexOf(r.sheet), at?.row ?? 0, at?.col ?? 0];
  };
  const seen = new Set<string>();
  return [...refs]
    .sort((a, b) => {
      const [pa, pb] = [position(a), position(b)];
      return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
    })
    .map((r) => `${r.sheet}!${r.cell}`)
    .filter((t) => !seen.has(t) && seen.add(t) !== undefined);
}
