import type { Decimal } from '../decimal';
import type { Ref } from '../grid/refs';
import { renderHint, renderMessage, type HintDetail, type MessageDetail } from '../i18n/messages';
import type { CheckId, Finding, Severity } from './types';

export interface FindingFacts {
  readonly refs: readonly Ref[];
  readonly indicator?: string;
  readonly reporter?: string;
  readonly expected?: Decimal;
  readonly actual?: Decimal;
  readonly hint?: HintDetail | null;
}

/** Builds a finding with its Chinese sentence and, when both values are known, the difference. */
export function makeFinding(check: CheckId, severity: Severity, detail: MessageDetail, facts: FindingFacts): Finding {
  const { hint, ...rest } = facts;
  const difference = facts.expected !== undefined && facts.actual !== undefined ? facts.actual.minus(facts.expected) : undefined;
  return {
    check,
    severity,
    message: renderMessage(detail, 'zh'),
    detail,
    ...stripUndefined(rest),
    ...(difference !== undefined ? { difference } : {}),
    ...(hint ? { hint: renderHint(hint, 'zh'), hintDetail: hint } : {}),
  };
}

function stripUndefined<T extends object>(o: T): T {
  const out = {} as T;
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
