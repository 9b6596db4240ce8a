import { toMatchKey } from '../../text/fold';
import { makeFinding } from '../../findings/finding';
import { guessHint } from '../hints';
import type { FigureValue, Model } from '../../model/model';
import { showValue } from '../show';
import type { ReporterValue } from '../../findings/facts';
import type { Finding } from '../../findings/finding';

/**
 * cross-source: an 一致 indicator reported with different values by several units (or by one
 * unit in several sheets). The first listed unit's figure is the one the outputs use.
 */
export function checkCrossSource(model: Model): Finding[] {
  const findings: Finding[] = [];
  for (const ind of model.compilation.catalog.indicators) {
    if (ind.aggregation !== 'agree') continue;
    const figures = (model.byIndicator.get(ind.key) ?? []).filter((f) => f.figure.role !== 'total' && !(f.figure.layout === 'wide' && f.figure.role === 'item'));
    // The same unit twice in one sheet is duplicate's finding, not this one's (one problem, one finding).
    const exact = firstPerSheetAndReporter(figures.filter((f) => f.value !== null && !f.approx && f.conversion !== null));
    if (exact.length < 2) continue;
    const used = model.wholes.get(ind.key)?.figures[0];
    const reference = used && exact.includes(used) ? used : exact[0];
    if (exact.every((f) => f.value!.eq(reference.value!))) continue;
    const ordered = [reference, ...exact.filter((f) => f !== reference)];
    const label = (f: FigureValue): ReporterValue => ({ reporter: f.figure.reporter, sheet: sheetNote(f, exact), value: showValue(f.value!, ind, f.decimals) });
    // The cell to look at first is the one that disagrees with the others; with no majority,
    // the one that disagrees with the first listed unit.
    const majority = majorityValue(exact);
    const expectedFigure = majority ? exact.find((f) => f.value!.eq(majority))! : reference;
    const odd = exact.find((f) => !f.value!.eq(expectedFigure.value!))!;
    findings.push(
      makeFinding('cross-source', 'error', {
        key: 'cross-source',
        params: { indicator: ind.name, values: ordered.map(label), used: { ...label(reference), sheet: null } },
      }, {
        refs: [odd.figure.currentCell, ...ordered.filter((f) => f !== odd).map((f) => f.figure.currentCell)],
        indicator: ind.name,
        reporter: odd.figure.reporter,
        expected: expectedFigure.value!,
        actual: odd.value!,
        hint: guessHint({ actual: odd.value!, expected: expectedFigure.value!, decimals: odd.decimals, previous: odd.previous, show: (v) => showValue(v, ind, odd.decimals) }),
      }),
    );
  }
  return findings;
}

function firstPerSheetAndReporter(figures: readonly FigureValue[]): FigureValue[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const k = `${f.figure.sheet}\u0000${toMatchKey(f.figure.reporter)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The value more than half of the figures state, if any. */
function majorityValue(figures: readonly FigureValue[]): FigureValue['value'] {
  for (const f of figures) {
    const same = figures.filter((g) => g.value!.eq(f.value!)).length;
    if (same * 2 > figures.length) return f.value;
  }
  return null;
}

/** The sheet when one unit reports in several, so the clerk can tell them apart. */
function sheetNote(f: FigureValue, all: readonly FigureValue[]): string | null {
  const same = all.filter((x) => toMatchKey(x.figure.reporter) === toMatchKey(f.figure.reporter));
  return same.length > 1 ? f.figure.sheet : null;
}
