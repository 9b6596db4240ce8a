import type { Decimal } from '../decimal';
import type { Ref } from '../grid/refs';
import type { HintDetail, MessageDetail } from '../i18n/messages';

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

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One thing a clerk should look at (SPEC §4). */
export interface Finding {
  readonly check: CheckId;
  readonly severity: Severity;
  /** The Chinese sentence; `detail` re-renders it in another language. */
  readonly message: string;
  readonly detail: MessageDetail;
  /** Every sheet and cell involved, the first being the one to fix. */
  readonly refs: readonly Ref[];
  /** Catalogue name of the indicator. */
  readonly indicator?: string;
  /** The reporting unit. */
  readonly reporter?: string;
  readonly expected?: Decimal;
  readonly actual?: Decimal;
  /** actual − expected. */
  readonly difference?: Decimal;
  /** A likely cause with a suggested value, in Chinese. */
  readonly hint?: string;
  readonly hintDetail?: HintDetail;
}
