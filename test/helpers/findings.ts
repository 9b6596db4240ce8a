import { readCompilation, renderFinding, validateCompilation, type Finding, type WorkbookGrid } from '../../src/core';

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

/** A finding's Chinese sentence, as the clerk reads it. */
export function messageOf(f: Pick<Finding, 'detail' | 'hint'>): string {
  return renderFinding(f, 'zh').message;
}

/** A finding's Chinese hint, or null. */
export function hintOf(f: Pick<Finding, 'detail' | 'hint'>): string | null {
  return renderFinding(f, 'zh').hint ?? null;
}
