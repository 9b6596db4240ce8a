import { makeFinding } from '../finding';
import type { Model } from '../model';
import type { Finding } from '../types';

/**
 * unknown: a submission row naming no catalogue indicator (info: it is not compiled), a wide
 * column naming none, and a value with no name at all (warning: it cannot be placed).
 */
export function checkUnknown(model: Model): Finding[] {
  const findings: Finding[] = [];
  const { compilation } = model;
  for (const table of compilation.submissions) {
    if (!compilation.catalogInferred) {
      for (const f of table.figures) {
        if (f.indicator !== null || f.role === 'total' || f.layout === 'wide') continue;
        findings.push(
          makeFinding('unknown', 'info', { key: 'unknown.indicator', params: { label: f.label, reporter: f.reporter } }, {
            refs: [f.nameCell],
            reporter: f.reporter,
          }),
        );
      }
    }
    for (const stray of table.strays) {
      findings.push(
        stray.kind === 'no-name'
          ? makeFinding('unknown', 'warning', { key: 'unknown.no-name', params: { value: stray.text } }, { refs: [stray.ref], reporter: table.reporter })
          : makeFinding('unknown', 'info', { key: 'unknown.column', params: { label: stray.text } }, { refs: [stray.ref], reporter: table.reporter }),
      );
    }
  }
  return findings;
}
