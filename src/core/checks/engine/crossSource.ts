import { makeFinding } from '../../findings/finding';
import type { Decimal } from '../../decimal';
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
    const exact = firstPerSheetAndReporter(figures.filter((f) => f.current !== null && !f.current.approx && f.conversion !== null));
    if (exact.length < 2) continue;
    const used = model.wholes.get(ind.key)?.figures.current[0];
    const reference = used && exact.includes(used) ? used : exact[0];
    if (exact.every((f) => f.current!.value.eq(reference.current!.value))) continue;
    const ordered = [reference, ...exact.filter((f) => f !== reference)];
    const sheetsOf = reportsPerUnit(exact);
    const label = (f: FigureValue): ReporterValue => ({ reporter: f.figure.reporter, sheet: (sheetsOf.get(f.reporterKey) ?? 0) > 1 ? f.figure.sheet : null, value: showValue(f.current!.value, ind, f.current!.decimals) });
    // The cell to look at first is the one that disagrees with the others; with no majority,
    // the one that disagrees with the first listed unit.
    const majority = majorityValue(exact);
    const expectedFigure = majority ? exact.find((f) => f.current!.value.eq(majority))! : reference;
    const odd = exact.find((f) => !f.current!.value.eq(expectedFigure.current!.value))!;
    findings.push(
      makeFinding('cross-source', 'error', {
        key: 'cross-source',
        params: { indicator: ind.name, values: ordered.map(label), used: { ...label(reference), sheet: null } },
      }, {
        refs: [odd.figure.currentCell, ...ordered.filter((f) => f !== odd).map((f) => f.figure.currentCell)],
        indicator: ind.name,
        reporter: odd.figure.reporter,
        expected: expectedFigure.current!.value,
        actual: odd.current!.value,
        hint: guessHint({ actual: odd.current!.value, expected: expectedFigure.current!.value, decimals: odd.current!.decimals, previous: odd.previous?.value ?? null, show: (v) => showValue(v, ind, odd.current!.decimals) }),
      }),
    );
  }
  return findings;
}

function firstPerSheetAndReporter(figures: readonly FigureValue[]): FigureValue[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const k = `${f.figure.sheet}\u0000${f.reporterKey}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The value more than half of the figures state, if any (counted in one pass: thousands of units agree in linear time). */
function majorityValue(figures: readonly FigureValue[]): Decimal | null {
  const counts = new Map<string, number>();
  for (const f of figures) {
    const key = f.current!.value.toString();
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n * 2 > figures.length) return f.current!.value;
  }
  return null;
}

/** How many of the figures each unit reports, in one pass: the sheet tells apart one unit's several. */
function reportsPerUnit(all: readonly FigureValue[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const x of all) {
    const key = x.reporterKey;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
