import type Big from 'big.js';
import type { HintDetail, MessageDetail } from './facts';
import type { Ref } from './refs';

/** Every check of SPEC §4 and §6, by the id clerks and tools see. */
export type CheckId =
  | 'parse'
  | 'missing'
  | 'unknown'
  | 'duplicate'
  | 'unit'
  | 'type'
  | 'balance'
  | 'part-of'
  | 'ratio'
  | 'ratio-truncated'
  | 'granularity'
  | 'cross-source'
  | 'aggregate'
  | 'yoy'
  | 'prev-year'
  | 'rule'
  | 'ledger'
  | 'narrative'
  | 'text-mismatch'
  | 'text-unmatched'
  | 'text-repeat'
  | 'text-granularity'
  | 'text-balance';

export const CHECK_IDS: readonly CheckId[] = [
  'parse', 'missing', 'unknown', 'duplicate', 'unit', 'type', 'balance', 'part-of', 'ratio', 'ratio-truncated', 'granularity',
  'cross-source', 'aggregate', 'yoy', 'prev-year', 'rule', 'ledger', 'narrative',
  'text-mismatch', 'text-unmatched', 'text-repeat', 'text-granularity', 'text-balance',
];

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * One thing a clerk should look at (SPEC §4), as facts: what the check found (`detail`), where
 * (`refs`) and the numbers involved. Sentences are written at the edge by `renderFinding`.
 */
export interface Finding {
  readonly check: CheckId;
  readonly severity: Severity;
  /** What was found, as a message key and its facts. */
  readonly detail: MessageDetail;
  /** Every sheet and cell involved, the first being the one to fix. */
  readonly refs: readonly Ref[];
  /** Catalogue name of the indicator. */
  readonly indicator?: string;
  /** The reporting unit (报送单位). */
  readonly reporter?: string;
  readonly expected?: Big;
  readonly actual?: Big;
  /** actual − expected. */
  readonly difference?: Big;
  /** A likely cause with a suggested value. */
  readonly hint?: HintDetail;
}

export interface FindingFacts {
  readonly refs: readonly Ref[];
  readonly indicator?: string;
  readonly reporter?: string;
  readonly expected?: Big;
  readonly actual?: Big;
  readonly hint?: HintDetail | null;
}

/** Builds a finding from its facts, with the difference when both values are known. */
export function makeFinding(check: CheckId, severity: Severity, detail: MessageDetail, facts: FindingFacts): Finding {
  const out: { -readonly [K in keyof Finding]: Finding[K] } = { check, severity, detail, refs: facts.refs };
  if (facts.indicator !== undefined) out.indicator = facts.indicator;
  if (facts.reporter !== undefined) out.reporter = facts.reporter;
  if (facts.expected !== undefined) out.expected = facts.expected;
  if (facts.actual !== undefined) out.actual = facts.actual;
  if (facts.expected !== undefined && facts.actual !== undefined) out.difference = facts.actual.minus(facts.expected);
  if (facts.hint) out.hint = facts.hint;
  return out;
}
