import { isCatalogSheetName, isRulesSheetName, isTemplatesSheetName } from '../catalog/lookup';
import { inferCatalog } from './inferCatalog';
import { buildCatalog, readCatalog } from '../catalog/readCatalog';
import type { Catalog } from '../catalog/types';
import type { Decimal, RoundingMode } from '../decimal';
import type { Finding } from '../findings/finding';
import { isEmptyCell, type SheetGrid, type WorkbookGrid } from '../grid/types';
import { readLedger } from '../ledger/readLedger';
import type { Ledger } from '../ledger/types';
import { findLongHeader, readLongTable, type IdSource } from '../submission/readLong';
import { findWideHeader, readWideTable } from '../submission/readWide';
import { compilationSpan, sheetSpan } from '../submission/period';
import { knownReporters } from '../submission/reporters';
import type { Figure, SkippedSheet, SubmissionTable } from '../submission/types';
import { isMetaSheet, readGeneratedTags } from './generatedTags';
import type { Compilation } from './types';

/**
 * Reads a compilation workbook: the catalogue first (it decides what the other sheets name),
 * then every other sheet as a submission, a ledger, or skipped with a reason.
 */
export interface ReadOptions {
  /** 取舍 for indicators whose catalogue row leaves it blank (default 四舍五入). */
  readonly defaultRounding?: RoundingMode;
  /** 同比阈值 in percent for indicators without one; null: no year-on-year check for them. */
  readonly defaultYoyThreshold?: Decimal | null;
}

export function readCompilation(workbook: WorkbookGrid, options: ReadOptions = {}): Compilation {
  const generated = readGeneratedTags(workbook);
  const isOwn = (s: SheetGrid): boolean => generated.has(s.name) || isMetaSheet(s);
  const catalogSheet = workbook.sheets.find((s) => !isOwn(s) && isCatalogSheetName(s.name)) ?? null;
  const rulesSheet = workbook.sheets.find((s) => !isOwn(s) && isRulesSheetName(s.name)) ?? null;
  // A clerk's own 文字模板 wins; else templates Huibian learned from last year's report.
  const templatesSheet = workbook.sheets.find((s) => !isOwn(s) && isTemplatesSheetName(s.name)) ?? workbook.sheets.find((s) => generated.get(s.name) === 'templates') ?? null;
  const findings: Finding[] = [];
  let catalog: Catalog | null = null;
  if (catalogSheet) {
    const read = readCatalog(catalogSheet, options);
    catalog = read.catalog;
    for (const f of read.findings) findings.push(f);
  }
  const known = knownReporters(catalog ?? buildCatalog(null, []));
  const ids: IdSource = { next: 1 };
  const submissions: SubmissionTable[] = [];
  const ledgers: Ledger[] = [];
  const skipped: SkippedSheet[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet === catalogSheet || sheet === rulesSheet || sheet === templatesSheet) continue;
    if (isMetaSheet(sheet)) continue;
    if (generated.has(sheet.name)) {
      skipped.push({ sheet: sheet.name, reason: 'generated' });
      continue;
    }
    if (sheet.values.every((row) => row.every(isEmptyCell))) {
      skipped.push({ sheet: sheet.name, reason: 'empty' });
      continue;
    }
    const long = findLongHeader(sheet);
    if (long) {
      submissions.push(readLongTable(sheet, long, catalog, known, ids));
      continue;
    }
    const wide = findWideHeader(sheet, catalog);
    if (wide) {
      submissions.push(readWideTable(sheet, wide, catalog, known, ids));
      continue;
    }
    const ledger = readLedger(sheet);
    if (ledger) ledgers.push(ledger);
    else skipped.push({ sheet: sheet.name, reason: 'no-table' });
  }

  let figures: Figure[] = submissions.flatMap((s) => s.figures);
  const catalogInferred = catalog === null;
  if (catalog === null) {
    catalog = inferCatalog(figures, options);
    const resolved = catalog;
    const withIndicators = (f: Figure): Figure => (f.role === 'total' && f.layout === 'long' ? f : { ...f, indicator: resolved.byKey.get(f.key) ?? null });
    for (let i = 0; i < submissions.length; i++) {
      const s = submissions[i];
      submissions[i] = { ...s, figures: s.figures.map(withIndicators) };
    }
    figures = submissions.flatMap((s) => s.figures);
  }
  markOtherPeriods(submissions);
  figures = submissions.flatMap((s) => s.figures);
  const current = submissions.filter((s) => !s.otherPeriod);
  const periods = countBy(current.map((s) => s.header.period).filter((p): p is string => p !== null));
  const years = countBy(current.map((s) => s.header.year).filter((y): y is number => y !== null));
  return {
    workbook: workbook.name,
    catalog,
    catalogInferred,
    submissions,
    figures,
    ledgers,
    rulesSheet,
    templatesSheet,
    skipped,
    generated,
    sheetOrder: workbook.sheets.map((s) => s.name),
    findings,
    period: periods[0] ?? null,
    year: years[0] ?? null,
  };
}

/** Sheets of another span than most sheets state are checked within themselves only (SPEC §2.1). */
function markOtherPeriods(submissions: SubmissionTable[]): void {
  const spans = submissions.map((s) => sheetSpan(s.header.period, s.sheet));
  const span = compilationSpan(spans);
  for (let i = 0; i < submissions.length; i++) {
    if (spans[i] === null || spans[i] === span) continue;
    const s = submissions[i];
    submissions[i] = { ...s, otherPeriod: true, figures: s.figures.map((f) => ({ ...f, otherPeriod: true })) };
  }
}

function countBy<T>(items: readonly T[]): T[] {
  const counts = new Map<T, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k]) => k);
}
