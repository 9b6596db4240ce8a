import { CHECK_NAMES, SEVERITY_LABELS, isCellRef, renderFinding, type Finding, type Language } from '../core';
import type { CheckReport } from '../app/useCases';
import { CLI_TEXT } from './text';

/** The readable report of `huibian check`, grouped by sheet in workbook order, in the clerk's language. */
export function formatCheckReport(report: CheckReport, file: string, language: Language): string {
  const t = CLI_TEXT[language];
  const c = report.compilation;
  const lines = [
    t.checkHeading(file, report.summary),
    t.readSummary(c.submissions.length, c.figures.length, c.ledgers.length, c.catalogInferred ? null : c.catalog.indicators.length),
  ];
  const bySheet = new Map<string, Finding[]>();
  const loose: Finding[] = [];
  for (const f of report.findings) {
    const ref = f.refs.find(isCellRef);
    if (!ref) {
      loose.push(f);
      continue;
    }
    const list = bySheet.get(ref.sheet);
    if (list) list.push(f);
    else bySheet.set(ref.sheet, [f]);
  }
  for (const sheet of c.sheetOrder) {
    const list = bySheet.get(sheet);
    if (!list) continue;
    lines.push('', `【${sheet}】`);
    for (const f of list) lines.push(...formatFinding(f, language));
  }
  if (loose.length > 0) {
    lines.push('', `【${t.other}】`);
    for (const f of loose) lines.push(...formatFinding(f, language));
  }
  const skipped = c.skipped.filter((s) => s.reason !== 'meta');
  if (skipped.length > 0) lines.push('', t.skipped(skipped.map((s) => `${s.sheet} (${t.skipReason[s.reason]})`)));
  if (report.findings.length === 0) lines.push('', t.noProblems);
  return lines.join('\n');
}

/** One finding on one or two lines: severity, cells in reading order, the check's name, the sentence, the hint. */
export function formatFinding(f: Finding, language: Language, where = cellsOf(f)): string[] {
  const { message, hint } = renderFinding(f, language);
  const out = [`  ${SEVERITY_LABELS[language][f.severity]} ${where.padEnd(8)} [${CHECK_NAMES[language][f.check]}] ${message}`];
  if (hint) out.push(`  ${' '.repeat(13)}${CLI_TEXT[language].hint}: ${hint}`);
  return out;
}

function cellsOf(f: Finding): string {
  const cells = f.refs.filter(isCellRef).map((r) => r.cell);
  return cells.length > 0 ? cells.slice(0, 3).join(',') + (cells.length > 3 ? '…' : '') : '';
}
