import { fromA1 } from '../grid/address';
import { isCellRef } from '../grid/refs';
import { SEVERITY_ORDER, type Finding } from '../findings/finding';

/** Findings sorted by severity, then sheet order, then row and column of their first cell. */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[]): Finding[] {
  const sheetIndex = new Map(sheetOrder.map((s, i) => [s, i]));
  const position = (f: Finding): [number, number, number] => {
    const ref = f.refs.find(isCellRef);
    if (!ref) return [sheetOrder.length + 1, 0, 0];
    const at = fromA1(ref.cell.split(':')[0]);
    return [sheetIndex.get(ref.sheet) ?? sheetOrder.length, at?.row ?? 0, at?.col ?? 0];
  };
  return findings
    .map((f, i) => ({ f, i, p: position(f) }))
    .sort((a, b) =>
      SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
      a.p[0] - b.p[0] || a.p[1] - b.p[1] || a.p[2] - b.p[2] || a.i - b.i,
    )
    .map((x) => x.f);
}

export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
