import { makeFinding } from '../../findings/finding';
import type { FigureValue, Model } from '../../model/model';
import type { Finding } from '../../findings/finding';

/** duplicate: the same indicator twice in one sheet, for the same unit, with different values. */
export function checkDuplicate(model: Model): Finding[] {
  const findings: Finding[] = [];
  for (const [, figures] of model.byIndicator) {
    // The first figure of each sheet and unit alone; a list only for the rare second one.
    const first = new Map<string, FigureValue>();
    const groups = new Map<string, FigureValue[]>();
    for (const f of figures) {
      if (f.figure.role === 'total' && f.figure.layout === 'wide') continue;
      const k = `${f.figure.sheet}\u0000${f.reporterKey}`;
      const seen = first.get(k);
      if (seen === undefined) {
        first.set(k, f);
        continue;
      }
      const group = groups.get(k);
      if (group) group.push(f);
      else groups.set(k, [seen, f]);
    }
    for (const group of groups.values()) {
      const numbers = group.filter((g) => g.current !== null);
      const distinct = new Set(numbers.map((g) => g.current!.value.toFixed()));
      if (distinct.size < 2) continue;
      const head = group[0].figure;
      findings.push(
        makeFinding('duplicate', 'error', {
          key: 'duplicate.values',
          params: { indicator: head.indicator?.name ?? head.label, reporter: head.reporter, values: numbers.map((g) => g.figure.current.kind === 'number' ? g.figure.current.raw : '') },
        }, {
          refs: group.map((g) => g.figure.currentCell),
          indicator: head.indicator?.name ?? head.label,
          reporter: head.reporter,
          expected: numbers[0].current!.value,
          actual: numbers.find((n) => !n.current!.value.eq(numbers[0].current!.value))!.current!.value,
        }),
      );
    }
  }
  return findings;
}
