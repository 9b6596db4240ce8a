import type { Indicator } from '../../catalog/types';
import type { CellRef } from '../../grid/refs';
import { ZERO, sum, type Decimal } from '../../decimal';
import type { Figure } from '../../submission/types';
import { makeFinding } from '../finding';
import { guessHint } from '../hints';
import { figureNear, toStated, type FigureValue, type Model } from '../model';
import { compareTotal, type StatedFigure } from '../rounding';
import { showValue } from '../show';
import type { Finding } from '../types';

/**
 * balance: a total against its parts, rounding-aware (checks/rounding.ts):
 * - a catalogue parent against its 分项 children, per reporting unit;
 * - a long table's 合计 row against the rows above it in its block;
 * - a wide table's 合计 row against its unit rows (reported as `aggregate` when the catalogue
 *   declares the indicator 求和: the 合计 row is then the whole of a summed indicator).
 */
export function checkBalance(model: Model): Finding[] {
  return [...checkParts(model), ...checkTotalRows(model), ...checkWideTotals(model)];
}

export interface Balance {
  readonly total: FigureValue;
  readonly parts: readonly FigureValue[];
}

/** Every parent/分项 pair the catalogue defines, per unit that reports the parent with all parts. */
export function partsBalances(model: Model): Balance[] {
  const out: Balance[] = [];
  const { catalog } = model.compilation;
  // Children grouped once: filtering the catalogue per parent is quadratic (40,000 indicators: 80 s).
  const childrenOf = new Map<string, typeof catalog.indicators[number][]>();
  for (const c of catalog.indicators) {
    if (c.parent === null || c.relation !== 'parts') continue;
    const list = childrenOf.get(c.parent);
    if (list) list.push(c);
    else childrenOf.set(c.parent, [c]);
  }
  for (const parent of catalog.indicators) {
    const children = childrenOf.get(parent.key) ?? [];
    if (children.length === 0) continue;
    for (const total of model.byIndicator.get(parent.key) ?? []) {
      if (total.value === null || total.figure.role === 'total' || (total.figure.layout === 'wide' && total.figure.role !== 'item')) continue;
      const own = children.map((c) => figureNear(model, c.key, total.figure.reporter, total.figure.sheet));
      if (own.every((p) => p !== null)) {
        out.push({ total, parts: own as FigureValue[] });
        continue;
      }
      if (own.some((p) => p !== null)) continue;
      const wholes = children.map((c) => model.wholes.get(c.key)?.figures);
      if (wholes.every((w) => w && w.length === 1)) out.push({ total, parts: wholes.map((w) => w![0]) });
    }
  }
  return out;
}

function checkParts(model: Model): Finding[] {
  const findings: Finding[] = [];
  for (const { total, parts } of partsBalances(model)) {
    if (total.approx || parts.some((p) => p.value === null || p.approx)) continue;
    const ind = total.figure.indicator!;
    const verdict = compareTotal(toStated(total), parts.map(toStated));
    if (verdict !== 'differs') continue;
    const partsSum = sum(parts.map((p) => p.value!));
    const partsText = parts.map((p) => `${p.figure.indicator?.name ?? p.figure.label}${showValue(p.value!, p.figure.indicator, p.decimals)}`).join('+');
    findings.push(
      makeFinding('balance', 'error', {
        key: 'balance.parts',
        params: { indicator: ind.name, reporter: total.figure.reporter, total: showValue(total.value!, ind, total.decimals), sum: showValue(partsSum, ind, total.decimals), parts: partsText },
      }, {
        refs: [total.figure.currentCell, ...parts.map((p) => p.figure.currentCell)],
        indicator: ind.name,
        reporter: total.figure.reporter,
        expected: partsSum,
        actual: total.value!,
        hint: guessHint({ actual: total.value!, expected: partsSum, decimals: total.decimals, previous: total.previous, show: (v) => showValue(v, ind, total.decimals) }),
      }),
    );
  }
  return findings;
}

function checkTotalRows(model: Model): Finding[] {
  const findings: Finding[] = [];
  const blocks = groupFigures(model, (f) => f.role === 'item' && f.layout === 'long', (f) => `${f.sheet}\u0001${f.block}`);
  for (const f of model.compilation.figures) {
    if (f.role !== 'total' || f.layout !== 'long') continue;
    const total = model.values.get(f.id)!;
    // A 合计 row totals the item rows of its block above it, in its sheet.
    const members = (blocks.get(`${f.sheet}\u0001${f.block}`) ?? []).filter((m) => m.figure.row < f.row);
    const result = balanceOf(total, members);
    if (!result) continue;
    findings.push(
      makeFinding('balance', 'error', {
        key: 'balance.total-row',
        params: { label: f.label, reporter: f.reporter, total: total.value!.toFixed(), sum: result.sum.toFixed(), parts: members.map((m) => `${m.figure.label}${m.value?.toFixed() ?? '—'}`).join('+') },
      }, {
        refs: [f.currentCell, ...members.map((m) => m.figure.currentCell)],
        reporter: f.reporter,
        expected: result.sum,
        actual: total.value!,
        hint: guessHint({ actual: total.value!, expected: result.sum, decimals: total.decimals }),
      }),
    );
  }
  return findings;
}

/** The figures that pass `keep`, grouped by `key` in sheet order: one pass, not one per total. */
function groupFigures(model: Model, keep: (f: Figure) => boolean, key: (f: Figure) => string): Map<string, FigureValue[]> {
  const groups = new Map<string, FigureValue[]>();
  for (const f of model.compilation.figures) {
    if (!keep(f)) continue;
    const k = key(f);
    const list = groups.get(k);
    if (list) list.push(model.values.get(f.id)!);
    else groups.set(k, [model.values.get(f.id)!]);
  }
  return groups;
}

/**
 * Compares a total with its members: not-applicable members count as 0; a blank or unreadable
 * member, or an approximate one, leaves the total undecided (null). Null too when it balances.
 */
function balanceOf(total: FigureValue, members: readonly FigureValue[]): { sum: Decimal } | null {
  if (members.length === 0 || total.value === null || total.approx) return null;
  const stated: StatedFigure[] = [];
  for (const m of members) {
    if (m.figure.current.kind === 'na') continue;
    if (m.value === null || m.approx) return null;
    stated.push({ ...toStated(m), exact: isExact(m) });
  }
  const verdict = compareTotal({ ...toStated(total), exact: isExact(total) && members.every(isExact) }, stated);
  return verdict === 'differs' ? { sum: stated.length > 0 ? sum(stated.map((s) => s.value)) : ZERO } : null;
}

function isExact(f: FigureValue): boolean {
  const kind = f.figure.indicator?.kind;
  if (kind) return kind === 'count';
  return f.decimals <= 0 && f.value !== null && f.value.eq(f.value.round(0));
}

/** Wide tables: the 合计 row of each indicator column against the unit rows above it. */
export function wideTotals(model: Model): { total: FigureValue; members: FigureValue[] }[] {
  const columns = groupFigures(model, (f) => f.role === 'item' && f.layout === 'wide', (f) => `${f.sheet}\u0001${f.col}`);
  const out: { total: FigureValue; members: FigureValue[] }[] = [];
  for (const f of model.compilation.figures) {
    if (f.role !== 'total' || f.layout !== 'wide') continue;
    out.push({ total: model.values.get(f.id)!, members: columns.get(`${f.sheet}\u0001${f.col}`) ?? [] });
  }
  return out;
}

function checkWideTotals(model: Model): Finding[] {
  const findings: Finding[] = [];
  for (const { total, members } of wideTotals(model)) {
    const result = balanceOf(total, members);
    if (!result) continue;
    const ind: Indicator | null = total.figure.indicator;
    const declaredSum = ind !== null && ind.aggregation === 'sum' && ind.source !== null && !model.compilation.catalogInferred;
    const name = ind?.name ?? total.figure.label;
    const shown = (v: Decimal): string => showValue(v, ind, total.decimals);
    const refs: CellRef[] = [total.figure.currentCell, ...members.map((m) => m.figure.currentCell)];
    const facts = {
      refs,
      indicator: name,
      reporter: total.figure.reporter,
      expected: result.sum,
      actual: total.value!,
      hint: guessHint({ actual: total.value!, expected: result.sum, decimals: total.decimals, show: shown }),
    };
    findings.push(
      declaredSum
        ? makeFinding('aggregate', 'error', { key: 'aggregate', params: { indicator: name, totalReporter: total.figure.reporter, total: shown(total.value!), sum: shown(result.sum), count: String(members.length) } }, facts)
        : makeFinding('balance', 'error', { key: 'balance.wide', params: { indicator: name, reporter: total.figure.reporter, total: shown(total.value!), sum: shown(result.sum), count: String(members.length) } }, facts),
    );
  }
  return findings;
}
