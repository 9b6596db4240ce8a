import { reportersOf } from '../../catalog/reporters';
import type { Indicator } from '../../catalog/types';
import type { CellRef } from '../../grid/refs';
import { toMatchKey } from '../../text/fold';
import { makeFinding } from '../../findings/finding';
import type { FigureValue, Model } from '../../model/model';
import type { Finding } from '../../findings/finding';

/**
 * missing: every unit the catalogue lists under 报送单位 (and a 求和 indicator's 合计单位) must
 * report the indicator with a value; 不适用 marks (—, /, 无) count as reported. A unit that has
 * sent nothing at all is one finding listing what it owes (SPEC §4: one problem, one finding).
 */
export function checkMissing(model: Model): Finding[] {
  const findings: Finding[] = [];
  const sheetsOf = reporterSheets(model);
  const owed = new Map<string, { unit: string; indicators: Indicator[] }>();
  for (const ind of model.compilation.catalog.indicators) {
    const expected = reportersOf(ind);
    if (expected.length === 0) continue;
    const byReporter = new Map<string, FigureValue[]>();
    for (const f of model.byIndicator.get(ind.key) ?? []) {
      const key = toMatchKey(f.figure.reporter);
      const list = byReporter.get(key);
      if (list) list.push(f);
      else byReporter.set(key, [f]);
    }
    for (const unit of expected) {
      const own = byReporter.get(toMatchKey(unit)) ?? [];
      if (own.length === 0 && !sheetsOf.has(toMatchKey(unit))) {
        const entry = owed.get(toMatchKey(unit)) ?? { unit, indicators: [] };
        entry.indicators.push(ind);
        owed.set(toMatchKey(unit), entry);
        continue;
      }
      if (own.length === 0) {
        const sheet = sheetsOf.get(toMatchKey(unit));
        findings.push(
          makeFinding('missing', 'error', { key: 'missing.absent', params: { indicator: ind.name, reporter: unit } }, {
            refs: absentRefs(ind, sheet),
            indicator: ind.name,
            reporter: unit,
          }),
        );
        continue;
      }
      if (own.every((f) => f.figure.current.kind === 'missing')) {
        const f = own[0];
        findings.push(
          makeFinding('missing', 'error', { key: 'missing.blank', params: { indicator: ind.name, reporter: unit } }, {
            refs: [f.figure.currentCell],
            indicator: ind.name,
            reporter: unit,
          }),
        );
      }
    }
  }
  for (const { unit, indicators } of owed.values()) {
    const first = indicators[0];
    findings.push(
      makeFinding('missing', 'error', { key: 'missing.reporter', params: { reporter: unit, indicators: indicators.map((i) => i.name) } }, {
        refs: absentRefs(first, undefined),
        reporter: unit,
      }),
    );
  }
  return findings;
}

/** Where to look for an absent figure: the unit's sheet (its name cell column) or the catalogue row. */
function absentRefs(ind: Indicator, sheet: { sheet: string; cell: string } | undefined): CellRef[] {
  const refs: CellRef[] = [];
  if (sheet) refs.push(sheet);
  if (ind.cells.reporters) refs.push(ind.cells.reporters);
  else if (ind.source) refs.push(ind.source);
  return refs;
}

function reporterSheets(model: Model): Map<string, CellRef> {
  const out = new Map<string, CellRef>();
  for (const s of model.compilation.submissions) {
    const key = toMatchKey(s.reporter);
    if (!out.has(key)) out.set(key, { sheet: s.sheet, cell: 'A1' });
  }
  // A unit may report only as a row of another unit's wide sheet (a street among streets).
  for (const f of model.compilation.figures) {
    const key = toMatchKey(f.reporter);
    if (!out.has(key)) out.set(key, f.nameCell);
  }
  return out;
}
