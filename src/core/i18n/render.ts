import type { HintDetail, MessageDetail } from '../findings/facts';
import type { Finding } from '../findings/finding';
import { HINTS, MESSAGES, type Language } from './messages';

/** A finding's sentences in one language: what is wrong, and the likely cause when one is known. */
export interface RenderedFinding {
  readonly message: string;
  readonly hint?: string;
}

/** Writes a finding's message (and hint) in the clerk's language: the one place sentences are made. */
export function renderFinding(finding: Pick<Finding, 'detail' | 'hint'>, language: Language): RenderedFinding {
  const message = renderMessage(finding.detail, language);
  return finding.hint ? { message, hint: renderHint(finding.hint, language) } : { message };
}

function renderMessage(detail: MessageDetail, language: Language): string {
  const render = MESSAGES[language][detail.key] as (p: MessageDetail['params']) => string;
  return render(detail.params);
}

function renderHint(detail: HintDetail, language: Language): string {
  const render = HINTS[language][detail.key] as (p: HintDetail['params']) => string;
  return render(detail.params);
}
