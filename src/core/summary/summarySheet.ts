import type { FigureValue, Model, ThisAndLast } from '../model/model';
import { fromA1, quoteSheetName, toA1 } from '../grid/address';
import { sumFormula } from '../output/excelLimits';
import { linesFor } from '../output/findingsSheet';
import { cell, textWidth, type OutCell, type OutSheet } from '../output/sheetModel';
import type { SummaryLine, SummaryModel } from './buildSummary';
import { GENERATED_SHEET_NAMES } from '../output/sheetLexicon';
import { SUMMARY_HEADER, footnote, summarySubtitle } from './summaryLexicon';

export const SUMMARY_SHEET_NAME: string = GENERATED_SHEET_NAMES.summary;

const HEADER = SUMMARY_HEADER;
const COLS = HEADER.length;

export interface SummarySheetOptions {
  /** 本年/上年 as formulas pointing at the source cells, with the computed values cached. */
  readonly live?: boolean;
  readonly name?: string;
}

/** The 汇总表 as a sheet a clerk could print and sign: SPEC §5.1's layout and print set-up. */
export function buildSummarySheet(summary: SummaryModel, model: Model, options: SummarySheetOptions = {}): OutSheet {
  const rows: OutCell[][] = [];
  const merges = [
    { top: 0, left: 0, bottom: 0, right: COLS - 1 },
    { top: 1, left: 0, bottom: 1, right: COLS - 1 },
  ];
  rows.push([cell(summary.title, 'title')]);
  const subtitle = summarySubtitle(summary.period, summary.compiler);
  rows.push([cell(subtitle, 'subtitle')]);
  const headerRow = rows.length;
  rows.push(HEADER.map((h) => cell(h, 'header')));
  const rowHeights: Record<number, number> = { 0: 30, [headerRow]: 20 };
  const widths = [6, 8, 6, 12, 12, 10, 10, 14, 16];
  for (const row of summary.rows) {
    if (row.kind === 'section') {
      merges.push({ top: rows.length, left: 0, bottom: rows.length, right: COLS - 1 });
      rows.push([cell(row.title, 'section')]);
      continue;
    }
    widths[1] = Math.max(widths[1], Math.min(36, textWidth(row.indicator.name) + 2));
    widths[7] = Math.max(widths[7], Math.min(30, textWidth(row.reporters) + 2));
    widths[8] = Math.max(widths[8], Math.min(30, textWidth(row.note) + 2));
    rows.push(lineCells(row, rows.length, model, options.live ?? false));
  }
  rows.forEach((r, i) => {
    if (i <= headerRow || r.length < COLS) return;
    const lines = Math.max(linesFor(String(r[1].value ?? ''), widths[1]), linesFor(String(r[7].value ?? ''), widths[7]), linesFor(String(r[8].value ?? ''), widths[8]));
    if (lines > 1) rowHeights[i] = lines * 15 + 4;
  });
  for (const note of summary.notes) {
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: COLS - 1 });
    rows.push([cell(footnote(note), 'note')]);
  }
  return {
    name: options.name ?? SUMMARY_SHEET_NAME,
    kind: 'summary',
    rows,
    widths,
    merges,
    freezeRows: headerRow + 1,
    rowHeights,
    page: { orientation: 'landscape', fitToWidth: true, repeatRows: [headerRow + 1, headerRow + 1] },
  };
}

function numberFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
}

function lineCells(line: SummaryLine, rowIndex: number, model: Model, live: boolean): OutCell[] {
  const { shown, indicator } = line;
  const decimals = shown?.decimals ?? indicator.decimals ?? 0;
  const fmt = numberFormat(decimals);
  const r = rowIndex + 1;
  const whole = model.wholes.get(indicator.key);
  const valueCell = (): OutCell => {
    const stated = shown?.current ?? null;
    if (stated === null) return cell(null, 'number');
    if (stated.approx && stated.written) return cell(stated.written, 'number');
    const n = stated.value.toNumber();
    const formula = live && whole && !shown!.derived ? liveFormula(whole.figures.current, 'current') : null;
    return cell(n, 'number', { numFmt: fmt, ...(formula ? { formula } : {}) });
  };
  const previousCell = (): OutCell => {
    const stated = shown?.previous ?? null;
    if (stated === null) return cell(null, 'number');
    if (stated.approx && stated.written) return cell(stated.written, 'number');
    const formula = live && whole && whole.figures.previous.length > 0 ? liveFormula(whole.figures.previous, 'previous') : null;
    return cell(stated.value.toNumber(), 'number', { numFmt: fmt, ...(formula ? { formula } : {}) });
  };
  const current = valueCell();
  const previous = previousCell();
  const bothLive = live && typeof current.value === 'number' && typeof previous.value === 'number';
  const change = line.change === null ? cell(null, 'number') : cell(line.change.toNumber(), 'number', { numFmt: fmt, ...(bothLive ? { formula: `D${r}-E${r}` } : {}) });
  const changeRate =
    line.changeRate === null
      ? cell(null, 'number')
      : cell(line.changeRate.toNumber(), 'number', { numFmt: '0.0', ...(bothLive ? { formula: `IF(E${r}=0,"",ROUND((D${r}-E${r})/ABS(E${r})*100,1))` } : {}) });
  return [
    cell(line.seq, 'bodyCenter'),
    cell(indicator.name, 'body'),
    cell(line.unit, 'bodyCenter'),
    current,
    previous,
    change,
    changeRate,
    cell(line.reporters, 'body'),
    cell(line.note, 'body'),
  ];
}

/**
 * A formula reading the figures' source cells: ='劳动监察大队'!D12*100 for a percent cell,
 * =SUM('街道隐患排查'!C4:C13) for a column of units. Null when a figure is text in its cell
 * (150余, "18,520") and so cannot be pointed at as a number.
 */
function liveFormula(figures: readonly FigureValue[], year: keyof ThisAndLast<unknown>): string | null {
  const terms: { sheet: string; row: number; col: number; factor: number }[] = [];
  for (const f of figures) {
    const reading = f.figure[year];
    const ref = year === 'previous' ? f.figure.previousCell : f.figure.currentCell;
    if (!reading || reading.kind !== 'number' || reading.storedAsText || reading.approx || !ref || f.conversion === null) return null;
    const at = fromA1(ref.cell);
    if (!at) return null;
    terms.push({ sheet: ref.sheet, row: at.row, col: at.col, factor: (reading.percent ? 100 : 1) * 10 ** f.conversion });
  }
  if (terms.length === 0) return null;
  const scale = (t: (typeof terms)[number], text: string): string => (t.factor === 1 ? text : `${text}*${t.factor}`);
  if (terms.length === 1) return scale(terms[0], `${quoteSheetName(terms[0].sheet)}!${toA1(terms[0].row, terms[0].col)}`);
  // Consecutive cells of one column become one range; the rest stay within Excel's 255 arguments.
  const runs: { first: (typeof terms)[number]; last: number }[] = [];
  for (const t of terms) {
    const run = runs[runs.length - 1];
    if (run && run.first.sheet === t.sheet && run.first.col === t.col && run.first.factor === t.factor && run.last + 1 === t.row) run.last = t.row;
    else runs.push({ first: t, last: t.row });
  }
  const refs = runs.map(({ first, last }) => `${quoteSheetName(first.sheet)}!${toA1(first.row, first.col)}${last > first.row ? `:${toA1(last, first.col)}` : ''}`);
  if (runs.every((r) => r.first.factor === terms[0].factor)) return scale(terms[0], sumFormula(refs));
  return sumFormula(runs.map((r, i) => scale(r.first, refs[i])));
}
