import { isCellRef, renderFinding, countFindings, type Finding, type FindingCounts, type Language, type Ref } from '../core';

/** A finding in the JSON shape of SPEC §7: numbers as numbers, refs A1 style, sentences in one language. */
export interface JsonFinding {
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
}

export type JsonRef = { readonly sheet: string; readonly cell: string } | { readonly offset: number; readonly length: number; readonly text: string };

export interface JsonReport {
  readonly workbook: string;
  readonly summary: FindingCounts;
  readonly findings: readonly JsonFinding[];
}

export function toJsonReport(workbook: string, findings: readonly Finding[], language: Language = 'zh'): JsonReport {
  return { workbook, summary: countFindings(findings), findings: findings.map((f) => toJsonFinding(f, language)) };
}

export function toJsonFinding(f: Finding, language: Language = 'zh'): JsonFinding {
  const { message, hint } = renderFinding(f, language);
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
  };
}

function toJsonRef(r: Ref): JsonRef {
  return isCellRef(r) ? { sheet: r.sheet, cell: r.cell.replace(/\$/g, '') } : { offset: r.offset, length: r.length, text: r.text };
}
