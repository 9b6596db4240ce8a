import { toMatchKey } from '../../text/fold';
import { makeFinding } from '../finding';
import { guessHint } from '../hints';
import type { FigureValue, Model } from '../model';
import { showValue } from '../show';
import type { Finding } from '../types';

/**
 * cross-source: an 一致 indicator reported with different values by several units (or by one
 * unit in several sheets). The first listed unit's figure is the one the outputs use.
 */
export function checkCrossSource(model: Model): Finding[] {
  const findings: Finding[] = [];
  for (const ind of model.compilation.catalog.indicators) {
    if (ind.aggregation !== 'agree') continue;
    const figures = (model.byIndicator.get(ind.key) ?? []).filter((f) => f.figure.role !== 'total' && !(f.figure.layout === 'wide' && f.figure.role === 'item'));
    const exact = figures.filter((f) => f.value !== null && !f.approx && f.conversion !== null);
    if (exact.length < 2) continue;
    const used = model.wholes.get(ind.key)?.figures[0];
    const reference = used && exact.includes(used) ? used : exact[0];
    const differing = exact.filter((f) => !f.value!.eq(reference.value!));
    if (differing.length === 0) continue;
    const ordered = [reference, ...exact.filter((f) => f !== reference)];
    const label = (f: FigureValue): string => `${f.figure.reporter}${sheetNote(f, exact)} ${showValue(f.value!, ind, f.decimals)}`;
    const odd = differing[0];
    findings.push(
      makeFinding('cross-source', 'error', {
        key: 'cross-source',
        params: { indicator: ind.name, values: ordered.map(label).join('、'), used: `${reference.figure.reporter}的${showValue(reference.value!, ind, reference.decimals)}` },
      }, {
        refs: [odd.figure.currentCell, ...ordered.filter((f) => f !== odd).map((f) => f.figure.currentCell)],
        indicator: ind.name,
        reporter: odd.figure.reporter,
        expected: reference.value!,
        actual: odd.value!,
        hint: guessHint({ actual: odd.value!, expected: reference.value!, decimals: odd.decimals, previous: odd.previous, show: (v) => showValue(v, ind, odd.decimals) }),
      }),
    );
  }
  return findings;
}

/** "（信访科表）" when one unit reports in several sheets, so the clerk can tell them apart. */
function sheetNote(f: FigureValue, all: readonly FigureValue[]): string {
  const same = all.filter((x) => toMatchKey(x.figure.reporter) === toMatchKey(f.figure.reporter));
  return same.length > 1 ? `（${f.figure.sheet}表）` : '';
}
