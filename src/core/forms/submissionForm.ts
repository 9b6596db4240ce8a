import { isReporterOf } from '../catalog/reporters';
import type { Catalog, Indicator } from '../catalog/types';
import type { Decimal } from '../decimal';
import { linesFor } from '../output/findingsSheet';
import { SHEET_NAME_FORBIDDEN, SUBMISSION_FORM } from './formLexicon';
import { cell, textWidth, type OutCell, type OutSheet } from '../output/sheetModel';

const NOTE_WIDTH = 28;

/** The indicators a unit reports, 其中/分项 children after their parent. */
function indicatorsOf(catalog: Catalog, unit: string): Indicator[] {
  return catalog.indicators.filter((i) => isReporterOf(i, unit));
}

/**
 * A blank submission form for one unit (报送模板, SPEC §1): title, header block, the long-layout
 * columns of §2.1, one row per indicator (children indented under 其中：), last year's published
 * figure filled in where the catalogue has it, and the footer lines. Read back by Huibian as is.
 */
export function buildSubmissionForm(catalog: Catalog, unit: string, period: string | null, previousOf: (ind: Indicator) => Decimal | null = (ind) => ind.publishedPrevious): OutSheet {
  const indicators = indicatorsOf(catalog, unit);
  const rows: OutCell[][] = [];
  const title = SUBMISSION_FORM.title(period, unit);
  rows.push([cell(title, 'title')]);
  rows.push([cell(SUBMISSION_FORM.reporterLine(unit), 'plain'), cell(null), cell(null), cell(SUBMISSION_FORM.periodLine(period), 'plain')]);
  rows.push(SUBMISSION_FORM.header.map((h) => cell(h, 'header')));
  const seen = new Set<string>();
  let seq = 0;
  const add = (ind: Indicator, depth: number, first: boolean): void => {
    if (seen.has(ind.key)) return;
    seen.add(ind.key);
    const prefix = depth === 0 ? '' : `${SUBMISSION_FORM.indent.repeat(depth)}${first ? SUBMISSION_FORM.ofWhich : SUBMISSION_FORM.ofWhichBlank}`;
    rows.push([
      cell(++seq, 'bodyCenter'),
      cell(ind.code ?? '', 'bodyCenter'),
      cell(prefix + ind.name, 'body'),
      cell(ind.kind === 'rate' ? '%' : ind.unit ?? '', 'bodyCenter'),
      cell(null, 'number', { numFmt: ind.decimals && ind.decimals > 0 ? `0.${'0'.repeat(ind.decimals)}` : ind.decimals === 0 ? '0' : undefined }),
      cell(previousOf(ind)?.toNumber() ?? null, 'number'),
      cell(ind.definition ?? '', 'body'),
    ]);
    const children = indicators.filter((c) => c.parent === ind.key);
    children.forEach((c, i) => add(c, depth + 1, i === 0));
  };
  for (const ind of indicators) if (!ind.parent || !indicators.some((p) => p.key === ind.parent)) add(ind, 0, false);
  rows.push([]);
  const footer = rows.length;
  rows.push([cell(SUBMISSION_FORM.signatures, 'plain')]);
  rows.push([cell(SUBMISSION_FORM.note, 'note')]);
  const nameWidth = Math.max(20, ...indicators.map((i) => textWidth(i.name) + 8));
  const rowHeights: Record<number, number> = { 0: 30 };
  rows.forEach((r, i) => {
    const note = r[6]?.value;
    if (i > 2 && typeof note === 'string' && textWidth(note) > NOTE_WIDTH - 2) rowHeights[i] = linesFor(note, NOTE_WIDTH) * 15 + 4;
  });
  return {
    name: sheetName(unit),
    kind: null,
    rows,
    widths: [6, 8, Math.min(nameWidth, 48), 10, 14, 14, NOTE_WIDTH],
    merges: [
      { top: 0, left: 0, bottom: 0, right: 6 },
      { top: 1, left: 0, bottom: 1, right: 2 },
      { top: 1, left: 3, bottom: 1, right: 6 },
      { top: footer, left: 0, bottom: footer, right: 6 },
      { top: footer + 1, left: 0, bottom: footer + 1, right: 6 },
    ],
    freezeRows: 3,
    page: { orientation: 'portrait', fitToWidth: true, repeatRows: [3, 3] },
    rowHeights,
  };
}

/** A legal sheet name: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(text: string): string {
  const clean = text.replace(SHEET_NAME_FORBIDDEN, '_').replace(/^'+|'+$/g, '').trim() || 'Sheet';
  return clean.slice(0, 31);
}
