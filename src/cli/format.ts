import { CHECK_NAMES, SEVERITY_LABELS, findingKey, fromA1, isCellRef, renderFinding, type Finding, type FindingDecision, type Language } from '../core';
import type { CheckReport } from '../app/useCases';
import { CLI_TEXT } from './text';

/** The readable report of `huibian check`, grouped by sheet in workbook order, in the clerk's language. */
export function formatCheckReport(report: CheckReport, file: string, language: Language): string {
  const t = CLI_TEXT[language];
  const c = report.compilation;
  const lines = [
    t.checkHeading(file, report.summary, report.accepted),
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
    lines.push('', t.sheetHeading(sheet));
    for (const f of list) lines.push(...formatFinding(f, language, cellsOf(f), report.decisions.get(findingKey(f))));
  }
  if (loose.length > 0) {
    lines.push('', t.sheetHeading(t.other));
    for (const f of loose) lines.push(...formatFinding(f, language, cellsOf(f), report.decisions.get(findingKey(f))));
  }
  const skipped = c.skipped.filter((s) => s.reason !== 'meta');
  if (skipped.length > 0) lines.push('', t.skipped(skipped.map((s) => `${s.sheet} (${t.skipReason[s.reason]})`)));
  if (report.findings.length === 0) lines.push('', t.noProblems);
  else if (report.summary.errors === 0 && report.accepted.errors > 0) lines.push('', t.allAccepted(report.accepted.errors));
  return lines.join('\n');
}

/**
 * One finding on one or two lines: severity, cells in reading order, the check's name (its 中文名
 * in Chinese), the sentence, the clerk's decision when the finding is accepted, the hint.
 */
export function formatFinding(f: Finding, language: Language, where = cellsOf(f), decision?: FindingDecision): string[] {
  const { message, hint } = renderFinding(f, language);
  const mark = decision?.status ? CLI_TEXT[language].acceptedMark(decision.status, decision.note) : '';
  const out = [`  ${SEVERITY_LABELS[language][f.severity]} ${where.padEnd(8)} [${CHECK_NAMES[language][f.check]}] ${message}${mark}`];
  if (hint) out.push(`  ${' '.repeat(13)}${CLI_TEXT[language].hint}: ${hint}`);
  return out;
}

/** The cells of a finding in its first cell's sheet, in reading order (D10,D11,D12), at most three. */
function cellsOf(f: Finding): string {
  const refs = f.refs.filter(isCellRef);
  const sheet = refs[0]?.sheet;
  const at = (cell: string): [number, number] => {
    const p = fromA1(cell.split(':')[0]);
    return [p?.row ?? 0, p?.col ?? 0];
  };
  const cells = [...new Set(refs.filter((r) => r.sheet === sheet).map((r) => r.cell))].sort((a, b) => at(a)[0] - at(b)[0] || at(a)[1] - at(b)[1]);
  return cells.length > 0 ? cells.slice(0, 3).join(',') + (cells.length > 3 ? '…' : '') : '';
}
