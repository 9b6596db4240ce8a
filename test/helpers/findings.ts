import { readCompilation, validateCompilation, type Finding, type WorkbookGrid } from '../../src/core';

export function check(workbook: WorkbookGrid): Finding[] {
  return [...validateCompilation(readCompilation(workbook)).findings];
}

export function only(findings: readonly Finding[], check: string): Finding[] {
  return findings.filter((f) => f.check === check);
}

export function errors(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}

/** A compact view of a finding for assertions: check, severity, refs as "sheet!cell". */
export function brief(f: Finding): { check: string; severity: string; refs: string[] } {
  return { check: f.check, severity: f.severity, refs: f.refs.map((r) => ('sheet' in r ? `${r.sheet}!${r.cell}` : `@${r.offset}+${r.length}`)) };
}
