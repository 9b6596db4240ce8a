import type { CellRef } from '../../grid/refs';
import type { Reading } from '../../values/reading';
import type { MessageDetail } from '../../findings/facts';
import { makeFinding } from '../../findings/finding';
import type { Model } from '../../model/model';
import type { Finding } from '../../findings/finding';

/**
 * parse (SPEC §2.2): a cell that cannot be read is an error at its cell; a plain number stored
 * as text is read and noted; an approximate figure is read and noted as left out of equality checks.
 */
export function checkParse(model: Model): Finding[] {
  const findings: Finding[] = [];
  for (const f of model.compilation.figures) {
    if (f.indicator?.kind === 'text') continue;
    const common = { indicator: f.indicator?.name, reporter: f.reporter };
    findings.push(...readingFindings(f.current, f.currentCell, common));
    if (f.previous && f.previousCell) findings.push(...readingFindings(f.previous, f.previousCell, common));
  }
  return findings;
}

function readingFindings(r: Reading, ref: CellRef, common: { indicator?: string; reporter: string }): Finding[] {
  const facts = { refs: [ref], ...common };
  switch (r.kind) {
    case 'missing':
    case 'na':
      return [];
    case 'invalid':
      return [makeFinding('parse', 'error', invalidDetail(r.reason, r.raw), facts)];
    case 'number':
      if (r.approx) {
        return [makeFinding('parse', 'info', { key: 'parse.approx', params: { raw: r.raw, value: { digits: r.value.toFixed(), unit: '' } } }, facts)];
      }
      if (r.storedAsText && r.multiplier === null && r.unitText === null) {
        return [makeFinding('parse', 'info', { key: 'parse.stored-as-text', params: { raw: r.raw, value: { digits: r.value.toFixed(), unit: r.percent ? '%' : '' } } }, facts)];
      }
      return [];
  }
}

function invalidDetail(reason: Extract<Reading, { kind: 'invalid' }>['reason'], raw: string): MessageDetail {
  switch (reason) {
    case 'error':
      return { key: 'parse.error', params: { value: raw } };
    case 'date':
      return { key: 'parse.date', params: { raw } };
    case 'boolean':
      return { key: 'parse.boolean', params: { raw } };
    case 'grouping':
      return { key: 'parse.grouping', params: { raw } };
    case 'uncached':
      return { key: 'parse.uncached', params: { raw } };
    case 'text':
      return { key: 'parse.text', params: { raw } };
  }
}
