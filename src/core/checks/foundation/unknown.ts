import { makeFinding } from '../../findings/finding';
import type { Model } from '../../model/model';
import type { Finding } from '../../findings/finding';

/** unknown: a submission row naming no catalogue indicator (info: it is not compiled). */
export function checkUnknownRows(model: Model): Finding[] {
  const findings: Finding[] = [];
  for (const table of model.compilation.submissions) {
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
  return findings;
}

/** unknown: a wide column naming no indicator (info), and a value with no name at all (warning: it cannot be placed). */
export function checkStrays(model: Model): Finding[] {
  const findings: Finding[] = [];
  for (const table of model.compilation.submissions) {
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
