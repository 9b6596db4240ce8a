import {
  compileOutputs,
  isCellRef,
  readCompilation,
  summarizeFindings,
  validateCompilation,
  verifyText,
  type Compilation,
  type Finding,
  type FindingSummary,
  type HintDetail,
  type MessageDetail,
  type NarrativeDocument,
  type OutSheet,
  type Ref,
  type SkippedSheet,
} from '../core';
import type { EngineSettings } from './ports';

/** A finding as the pane shows it: plain data (values as text), messages re-rendered per language. */
export interface PaneFinding {
  readonly id: number;
  readonly check: string;
  readonly severity: Finding['severity'];
  readonly message: string;
  readonly detail: MessageDetail;
  readonly hint?: string;
  readonly hintDetail?: HintDetail;
  readonly refs: readonly Ref[];
  readonly sheet: string | null;
  readonly indicator?: string;
  readonly reporter?: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly difference?: string;
}

export interface UnitStatus {
  readonly unit: string;
  readonly sheets: readonly string[];
  readonly figures: number;
  readonly missing: number;
  readonly errors: number;
}

export interface PaneReport {
  readonly workbook: string;
  readonly findings: readonly PaneFinding[];
  readonly summary: FindingSummary;
  readonly units: readonly UnitStatus[];
  /** Units the catalogue expects that sent no sheet at all. */
  readonly absentUnits: readonly string[];
  readonly skipped: readonly SkippedSheet[];
  readonly catalogInferred: boolean;
  readonly indicators: number;
  readonly figures: number;
  readonly ledgers: readonly string[];
}

export interface CompileOutcome {
  readonly report: PaneReport;
  readonly sheets: readonly OutSheet[];
  readonly narrative: NarrativeDocument;
  readonly title: string;
}

export interface DraftOutcome {
  readonly findings: readonly PaneFinding[];
  readonly figures: readonly { readonly offset: number; readonly length: number; readonly text: string; readonly indicator: string | null }[];
}

export function toPaneFinding(f: Finding, id: number): PaneFinding {
  const first = f.refs.find(isCellRef);
  return {
    id,
    check: f.check,
    severity: f.severity,
    message: f.message,
    detail: f.detail,
    ...(f.hint ? { hint: f.hint, hintDetail: f.hintDetail } : {}),
    refs: f.refs,
    sheet: first?.sheet ?? null,
    ...(f.indicator !== undefined ? { indicator: f.indicator } : {}),
    ...(f.reporter !== undefined ? { reporter: f.reporter } : {}),
    ...(f.expected !== undefined ? { expected: f.expected.toFixed() } : {}),
    ...(f.actual !== undefined ? { actual: f.actual.toFixed() } : {}),
    ...(f.difference !== undefined ? { difference: f.difference.toFixed() } : {}),
  };
}

export function toPaneReport(compilation: Compilation, findings: readonly Finding[]): PaneReport {
  const units = new Map<string, { sheets: Set<string>; figures: number }>();
  for (const s of compilation.submissions) {
    for (const f of s.figures) {
      const u = units.get(f.reporter) ?? { sheets: new Set<string>(), figures: 0 };
      u.sheets.add(f.sheet);
      if (f.current.kind !== 'missing') u.figures++;
      units.set(f.reporter, u);
    }
  }
  const count = (unit: string, pred: (f: Finding) => boolean): number => findings.filter((f) => f.reporter === unit && pred(f)).length;
  const expected = new Set<string>();
  for (const ind of compilation.catalog.indicators) for (const r of [...ind.reporters, ...(ind.totalReporter ? [ind.totalReporter] : [])]) expected.add(r);
  return {
    workbook: compilation.workbook,
    findings: findings.map(toPaneFinding),
    summary: summarizeFindings(findings),
    units: [...units].map(([unit, u]) => ({ unit, sheets: [...u.sheets], figures: u.figures, missing: count(unit, (f) => f.check === 'missing'), errors: count(unit, (f) => f.severity === 'error') })),
    absentUnits: [...expected].filter((u) => !units.has(u)),
    skipped: compilation.skipped,
    catalogInferred: compilation.catalogInferred,
    indicators: compilation.catalog.indicators.length,
    figures: compilation.figures.length,
    ledgers: compilation.ledgers.map((l) => l.sheet),
  };
}

/** The check, as the pane runs it. */
export function checkForPane(compilation: Compilation): PaneReport {
  return toPaneReport(compilation, validateCompilation(compilation).findings);
}

export function compileForPane(compilation: Compilation, settings: EngineSettings, notes: ReadonlyMap<string, string>): CompileOutcome {
  const out = compileOutputs(compilation, { live: settings.live, compiler: settings.compiler ?? null, notes, sheetNames: settings.sheetNames });
  return { report: toPaneReport(compilation, out.findings), sheets: out.sheets, narrative: out.narrative, title: out.narrative.title };
}

export function verifyForPane(text: string, compilation: Compilation): DraftOutcome {
  const report = verifyText(text, compilation);
  return {
    findings: report.findings.map(toPaneFinding),
    figures: report.figures.map((f) => ({ offset: f.figure.offset, length: f.figure.length, text: f.figure.text, indicator: f.match?.candidate.indicator.name ?? null })),
  };
}

export { readCompilation };
