import { countDecided, findingKey, isAccepted, isCellRef, reportersOf, type Compilation, type DraftReport, type Finding, type FindingDecision } from '../core';
import type { DraftOutcome, PaneFinding, PaneReport } from './ports';

/** A finding as plain, cloneable facts for the pane (decimals as text). */
function toPaneFinding(f: Finding, id: number, decisions: ReadonlyMap<string, FindingDecision> = new Map()): PaneFinding {
  const first = f.refs.find(isCellRef);
  const key = findingKey(f);
  const decision = decisions.get(key);
  return {
    id,
    check: f.check,
    severity: f.severity,
    detail: f.detail,
    ...(f.hint ? { hint: f.hint } : {}),
    refs: f.refs,
    sheet: first?.sheet ?? null,
    ...(f.indicator !== undefined ? { indicator: f.indicator } : {}),
    ...(f.reporter !== undefined ? { reporter: f.reporter } : {}),
    ...(f.expected !== undefined ? { expected: f.expected.toFixed() } : {}),
    ...(f.actual !== undefined ? { actual: f.actual.toFixed() } : {}),
    ...(f.difference !== undefined ? { difference: f.difference.toFixed() } : {}),
    key,
    accepted: decision?.status ? { status: decision.status, note: decision.note } : null,
  };
}

/** The 报送 and 校验 views of a checked compilation. */
export function toPaneReport(compilation: Compilation, findings: readonly Finding[], decisions: ReadonlyMap<string, FindingDecision> = new Map()): PaneReport {
  const units = new Map<string, { sheets: Set<string>; figures: number }>();
  for (const s of compilation.submissions) {
    for (const f of s.figures) {
      const u = units.get(f.reporter) ?? { sheets: new Set<string>(), figures: 0 };
      u.sheets.add(f.sheet);
      if (f.current.kind !== 'missing') u.figures++;
      units.set(f.reporter, u);
    }
  }
  const counts = new Map<string, { missing: number; errors: number }>();
  for (const f of findings) {
    if (f.reporter === undefined) continue;
    const c = counts.get(f.reporter) ?? { missing: 0, errors: 0 };
    if (f.check === 'missing') c.missing++;
    if (f.severity === 'error' && !isAccepted(f, decisions)) c.errors++;
    counts.set(f.reporter, c);
  }
  const expected = new Set(compilation.catalog.indicators.flatMap(reportersOf));
  const decided = countDecided(findings, decisions);
  return {
    workbook: compilation.workbook,
    findings: findings.map((f, i) => toPaneFinding(f, i, decisions)),
    summary: decided.open,
    accepted: decided.accepted,
    reporters: [...units].map(([reporter, u]) => ({ reporter, sheets: [...u.sheets], figures: u.figures, missing: counts.get(reporter)?.missing ?? 0, errors: counts.get(reporter)?.errors ?? 0 })),
    absentReporters: [...expected].filter((u) => !units.has(u)),
    skipped: compilation.skipped,
    catalogInferred: compilation.catalogInferred,
    year: compilation.year,
    indicators: compilation.catalog.indicators.length,
    figures: compilation.figures.length,
    ledgers: compilation.ledgers.map((l) => l.sheet),
  };
}

/** The 核稿 view: findings, and each figure of the draft with the indicator it matched. */
export function toDraftOutcome(report: DraftReport): DraftOutcome {
  return {
    findings: report.findings.map((f, i) => toPaneFinding(f, i)),
    figures: report.figures.map((f) => ({ offset: f.figure.offset, length: f.figure.length, text: f.figure.text, indicator: f.match?.candidate.indicator.name ?? null })),
  };
}
