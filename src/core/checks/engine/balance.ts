import type { Indicator } from '../../catalog/types';
import type { CellRef } from '../../grid/refs';
import type { Decimal } from '../../decimal';
import type { Figure } from '../../submission/types';
import { makeFinding } from '../../findings/finding';
import { guessHint } from '../hints';
import { toTerm, type FigureValue, type Model } from '../../model/model';
import { partsBalances } from '../../model/parts';
import { compareTotal, type Term } from '../../model/rounding';
import { showValue } from '../show';
import type { Finding } from '../../findings/finding';
import type { Shown } from '../../findings/facts';

/**
 * balance: a total against its parts, rounding-aware (model/rounding.ts):
 * - a catalogue parent against its 分项 children, per reporting unit;
 * - a long table's 合计 row against the rows above it in its block;
 * - a wide table's 小计 row against its block's unit rows, its 合计 row against all of them.
 */
export function checkBalance(model: Model): Finding[] {
  return [...checkParts(model), ...checkTotalRows(model), ...checkWideTotals(model)];
}

function checkParts(model: Model): Finding[] {
  const findings: Finding[] = [];
  for (const { total, parts } of partsBalances(model)) {
    const stated = total.current!;
    if (stated.approx || parts.some((p) => p.current === null || p.current.approx)) continue;
    const ind = total.figure.indicator!;
    const { consistency, partsSum } = compareTotal(toTerm(total), parts.map(toTerm));
    if (consistency !== 'differs') continue;
    findings.push(
      makeFinding('balance', 'error', {
        key: 'balance.parts',
        params: { indicator: ind.name, reporter: total.figure.reporter, total: showValue(stated.value, ind, stated.decimals), sum: showValue(partsSum, ind, stated.decimals), parts: parts.map((p) => ({ name: p.figure.indicator?.name ?? p.figure.label, value: showValue(p.current!.value, p.figure.indicator, p.current!.decimals) })) },
      }, {
        refs: [total.figure.currentCell, ...parts.map((p) => p.figure.currentCell)],
        indicator: ind.name,
        reporter: total.figure.reporter,
        expected: partsSum,
        actual: stated.value,
        hint: guessHint({ actual: stated.value, expected: partsSum, decimals: stated.decimals, previous: total.previous?.value ?? null, show: (v) => showValue(v, ind, stated.decimals) }),
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
    const stated = total.current!;
    findings.push(
      makeFinding('balance', 'error', {
        key: 'balance.total-row',
        params: { label: f.label, reporter: f.reporter, total: plain(stated.value), sum: plain(result.sum), parts: members.map((m) => ({ name: m.figure.label, value: m.current ? plain(m.current.value) : null })) },
      }, {
        refs: [f.currentCell, ...members.map((m) => m.figure.currentCell)],
        reporter: f.reporter,
        expected: result.sum,
        actual: stated.value,
        hint: guessHint({ actual: stated.value, expected: result.sum, decimals: stated.decimals }),
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
  if (members.length === 0 || total.current === null || total.current.approx) return null;
  const terms: Term[] = [];
  for (const m of members) {
    if (m.figure.current.kind === 'na') continue;
    if (m.current === null || m.current.approx) return null;
    terms.push({ stated: m.current, exact: isExact(m) });
  }
  const { consistency, partsSum } = compareTotal({ stated: total.current, exact: isExact(total) && members.every(isExact) }, terms);
  return consistency === 'differs' ? { sum: partsSum } : null;
}

/** A sum of unlabelled rows, shown as the digits were written. */
function plain(v: Decimal): Shown {
  return { digits: v.toFixed(), unit: '' };
}

function isExact(f: FigureValue): boolean {
  const kind = f.figure.indicator?.kind;
  if (kind) return kind === 'count';
  return f.current !== null && f.current.decimals <= 0 && f.current.value.eq(f.current.value.round(0));
}

/**
 * Wide tables: each 小计 row against the unit rows of its own block, each 合计 row against every
 * unit row of its column (SPEC §4), in one grouping pass.
 */
function wideTotals(model: Model): { total: FigureValue; members: FigureValue[] }[] {
  const isWideItem = (f: Figure): boolean => f.role === 'item' && f.layout === 'wide';
  const columns = groupFigures(model, isWideItem, (f) => `${f.sheet}\u0001${f.col}`);
  const blocks = groupFigures(model, isWideItem, (f) => `${f.sheet}\u0001${f.col}\u0001${f.block}`);
  const out: { total: FigureValue; members: FigureValue[] }[] = [];
  for (const f of model.compilation.figures) {
    if (f.role !== 'total' || f.layout !== 'wide') continue;
    const members = f.totalOf === 'block' ? blocks.get(`${f.sheet}\u0001${f.col}\u0001${f.block}`) : columns.get(`${f.sheet}\u0001${f.col}`);
    out.push({ total: model.values.get(f.id)!, members: members ?? [] });
  }
  return out;
}

function checkWideTotals(model: Model): Finding[] {
  const findings: Finding[] = [];
  for (const { total, members } of wideTotals(model)) {
    const result = balanceOf(total, members);
    if (!result) continue;
    const ind: Indicator | null = total.figure.indicator;
    const name = ind?.name ?? total.figure.label;
    const stated = total.current!;
    const shown = (v: Decimal): Shown => showValue(v, ind, stated.decimals);
    const refs: CellRef[] = [total.figure.currentCell, ...members.map((m) => m.figure.currentCell)];
    const facts = {
      refs,
      indicator: name,
      reporter: total.figure.reporter,
      expected: result.sum,
      actual: stated.value,
      hint: guessHint({ actual: stated.value, expected: result.sum, decimals: stated.decimals, show: shown }),
    };
    // A wide sheet's 合计 row totals its own unit rows: balance, whatever the 汇总方式 (SPEC §4).
    findings.push(
      makeFinding('balance', 'error', {
        key: 'balance.wide',
        params: { indicator: name, reporter: total.figure.reporter, label: total.figure.label, total: shown(stated.value), sum: shown(result.sum), count: members.length },
      }, facts),
    );
  }
  return findings;
}
