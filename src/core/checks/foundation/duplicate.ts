import { makeFinding } from '../../findings/finding';
import type { FigureValue, Model } from '../../model/model';
import type { Finding } from '../../findings/finding';

/** duplicate: the same indicator twice in one sheet, for the same unit, with different values. */
export function checkDuplicate(model: Model): Finding[] {
  const findings: Finding[] = [];
  for (const [, figures] of model.byIndicator) {
    const groups = new Map<string, FigureValue[]>();
    for (const f of figures) {
      if (f.figure.role === 'total' && f.figure.layout === 'wide') continue;
      const k = `${f.figure.sheet}\u0000${f.reporterKey}`;
      const g = groups.get(k);
      if (g) g.push(f);
      else groups.set(k, [f]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const numbers = group.filter((g) => g.current !== null);
      const distinct = new Set(numbers.map((g) => g.current!.value.toFixed()));
      if (distinct.size < 2) continue;
      const first = group[0].figure;
      findings.push(
        makeFinding('duplicate', 'error', {
          key: 'duplicate.values',
          params: { indicator: first.indicator?.name ?? first.label, reporter: first.reporter, values: numbers.map((g) => g.figure.current.kind === 'number' ? g.figure.current.raw : '') },
        }, {
          refs: group.map((g) => g.figure.currentCell),
          indicator: first.indicator?.name ?? first.label,
          reporter: first.reporter,
          expected: numbers[0].current!.value,
          actual: numbers.find((n) => !n.current!.value.eq(numbers[0].current!.value))!.current!.value,
        }),
      );
    }
  }
  return findings;
}
