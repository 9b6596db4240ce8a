import { countDecided, findingKey, isCellRef, renderFinding, type Finding, type FindingCounts, type FindingDecision, type FindingStatus, type Language, type Ref } from '../core';

/** A finding in the JSON shape of SPEC §7: numbers as numbers, refs A1 style, sentences in one language. */
interface JsonFinding {
  readonly check: string;
  readonly severity: string;
  readonly message: string;
  readonly refs: readonly JsonRef[];
  readonly indicator?: string;
  readonly reporter?: string;
  readonly expected?: number;
  readonly actual?: number;
  readonly difference?: number;
  readonly hint?: string;
  /** The clerk's decision in 核对结果: the finding no longer counts as open. */
  readonly accepted?: { readonly status: FindingStatus; readonly note: string };
}

type JsonRef = { readonly sheet: string; readonly cell: string } | { readonly offset: number; readonly length: number; readonly text: string };

export interface JsonReport {
  readonly workbook: string;
  /** Open findings; with `accepted` when the clerk accepted some (they are not counted here). */
  readonly summary: FindingCounts & { readonly accepted?: FindingCounts };
  readonly findings: readonly JsonFinding[];
}

export function toJsonReport(workbook: string, findings: readonly Finding[], language: Language = 'zh', decisions: ReadonlyMap<string, FindingDecision> = new Map()): JsonReport {
  const { open, accepted } = countDecided(findings, decisions);
  const any = accepted.errors + accepted.warnings + accepted.infos > 0;
  return { workbook, summary: any ? { ...open, accepted } : open, findings: findings.map((f) => toJsonFinding(f, language, decisions)) };
}

function toJsonFinding(f: Finding, language: Language = 'zh', decisions: ReadonlyMap<string, FindingDecision> = new Map()): JsonFinding {
  const { message, hint } = renderFinding(f, language);
  const decision = decisions.get(findingKey(f));
  return {
    check: f.check,
    severity: f.severity,
    message,
    refs: f.refs.map(toJsonRef),
    ...(f.indicator !== undefined ? { indicator: f.indicator } : {}),
    ...(f.reporter !== undefined ? { reporter: f.reporter } : {}),
    ...(f.expected !== undefined ? { expected: f.expected.toNumber() } : {}),
    ...(f.actual !== undefined ? { actual: f.actual.toNumber() } : {}),
    ...(f.difference !== undefined ? { difference: f.difference.toNumber() } : {}),
    ...(hint !== undefined ? { hint } : {}),
    ...(decision?.status ? { accepted: { status: decision.status, note: decision.note } } : {}),
  };
}

function toJsonRef(r: Ref): JsonRef {
  return isCellRef(r) ? { sheet: r.sheet, cell: r.cell.replace(/\$/g, '') } : { offset: r.offset, length: r.length, text: r.text };
}
