import type { Indicator } from '../catalog/types';
import { makeFinding } from '../checks/finding';
import { grimTest } from '../checks/grim';
import type { RuleRuntime } from '../checks/ruleRuntime';
import type { Finding } from '../checks/types';
import { HUNDRED, roundTo, sum, type Decimal } from '../decimal';
import { toMatchKey } from '../text/fold';
import { toRatioShape } from '../rules/shape';
import type { DraftFigure } from './extract';
import { statedValue } from './match';
import { isAmountUnit, toUnitParts } from './units';
import { textRef, type CheckedFigure } from './verify';

/** How far, in figures, a rate looks for its base or its components: keeps every check linear. */
const WINDOW = 12;

const isLevel = (c: CheckedFigure): boolean => c.figure.role.kind === 'level' && !c.figure.inTable;
const hasMismatch = (c: CheckedFigure): boolean => c.match !== null && c.match.expected !== null && !c.match.sameValue && !c.figure.approx;

/** text-repeat: the same indicator stated twice in the draft with different values. */
export function repeats(figures: readonly CheckedFigure[]): Finding[] {
  const out: Finding[] = [];
  const first = new Map<string, { figure: DraftFigure; value: Decimal; decimals: number }>();
  for (const c of figures) {
    const { figure, match } = c;
    if (!match || figure.approx || figure.role.kind !== 'level') continue;
    const key = match.candidate.indicator.key;
    const value = statedValue(figure, match.conversion);
    const decimals = figure.decimals - match.conversion;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, { figure, value, decimals });
      continue;
    }
    // 26.3万人次 and 263000人次 agree: compared at the coarser of the two precisions.
    const d = Math.min(decimals, earlier.decimals);
    if (roundTo(earlier.value, d, 'half-up').eq(roundTo(value, d, 'half-up'))) continue;
    out.push(
      makeFinding('text-repeat', 'error', { key: 'text.repeat', params: { indicator: match.candidate.indicator.name, first: earlier.figure.text, second: figure.text } }, {
        refs: [textRef(figure), textRef(earlier.figure)],
        indicator: match.candidate.indicator.name,
        expected: earlier.value,
        actual: value,
      }),
    );
  }
  return out;
}

/** A whole number of things, stated exactly: a base a rate can be a share of. */
function isCount(f: DraftFigure): boolean {
  return f.role.kind === 'level' && !f.inTable && !f.percent && !f.approx && !f.fraction && f.power === 0 && f.decimals === 0 && f.unit !== null && !isAmountUnit(f.unit) && f.value.gt(0) && f.value.lte(1e9);
}

/** text-granularity: a rate no whole number out of any count near it in its sentence (else paragraph) gives. */
export function granularity(figures: readonly CheckedFigure[]): Finding[] {
  const out: Finding[] = [];
  figures.forEach(({ figure }, i) => {
    if (!figure.percent || figure.inTable || figure.approx || figure.decimals <= 0 || figure.role.kind !== 'level') return;
    const near = (same: (f: DraftFigure) => boolean): DraftFigure[] => {
      const found: DraftFigure[] = [];
      for (let j = i - 1; j >= Math.max(0, i - WINDOW) && same(figures[j].figure); j--) if (isCount(figures[j].figure)) found.push(figures[j].figure);
      for (let j = i + 1; j < Math.min(figures.length, i + 1 + WINDOW / 4) && same(figures[j].figure); j++) if (isCount(figures[j].figure)) found.push(figures[j].figure);
      return found;
    };
    const inSentence = near((f) => f.sentence === figure.sentence);
    const bases = inSentence.length > 0 ? inSentence : near((f) => f.paragraph === figure.paragraph);
    if (bases.length === 0) return;
    const possible = bases.some((b) => {
      const n = b.value.toNumber();
      return grimTest(figure.value, figure.decimals, n, HUNDRED, 'half-up').possible || grimTest(figure.value, figure.decimals, n, HUNDRED, 'truncate').possible;
    });
    if (possible) return;
    const base = bases.find((b) => b.offset < figure.offset) ?? bases[0];
    const n = base.value.toNumber();
    const r = grimTest(figure.value, figure.decimals, n, HUNDRED, 'half-up');
    const show = (x: typeof r.below): string => (x ? `${x.k}/${n}=${x.rate.toFixed(figure.decimals)}%` : '无');
    out.push(
      makeFinding('text-granularity', 'error', { key: 'text.granularity', params: { text: figure.text, base: base.text, below: show(r.below), above: show(r.above) } }, {
        refs: [textRef(figure), ...[...bases].sort((a, b) => a.offset - b.offset).map(textRef)],
        actual: figure.value,
      }),
    );
  });
  return out;
}

const unitKey = (f: DraftFigure): string | null => (f.unit === null ? null : toUnitParts(f.unit).base || toMatchKey(f.unit));

/** text-balance: a stated total followed in its sentence by 其中 parts that do not add up. */
export function balances(figures: readonly CheckedFigure[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < figures.length; i++) {
    const total = figures[i].figure;
    const next = figures[i + 1]?.figure;
    if (!next || !next.ofWhich || next.sentence !== total.sentence || total.inTable || total.approx || total.percent || total.role.kind !== 'level') continue;
    const parts: DraftFigure[] = [];
    let j = i + 1;
    for (; j < figures.length && figures[j].figure.sentence === total.sentence && parts.length < 100; j++) parts.push(figures[j].figure);
    i = j - 1;
    if (parts.length < 2 || parts.some((p) => p.approx || p.percent || p.role.kind !== 'level' || unitKey(p) === null || unitKey(p) !== unitKey(total))) continue;
    const partsSum: Decimal = sum(parts.map((p) => p.value));
    if (partsSum.eq(total.value)) continue;
    out.push(
      makeFinding('text-balance', 'error', { key: 'text.balance', params: { total: total.text, parts: parts.map((p) => p.text).join('+'), sum: `${partsSum.toFixed()}${total.unit ?? ''}` } }, {
        refs: [textRef(total), ...parts.map(textRef)],
        expected: partsSum,
        actual: total.value,
      }),
    );
  }
  return out;
}

/**
 * ratio-truncated and ratio for the draft's own figures: a rate stated next to the numerator and
 * denominator its 计算公式 names (化解率99.63% after 4434宗 and 4418宗) must be their quotient at
 * its decimals. A figure already at odds with the workbook is reported once, as a mismatch.
 */
export function ratios(figures: readonly CheckedFigure[], runtime: RuleRuntime): Finding[] {
  const out: Finding[] = [];
  figures.forEach((rate, i) => {
    const ind = rate.match?.candidate.indicator;
    if (!ind || ind.kind !== 'rate' || !isLevel(rate) || rate.figure.approx || hasMismatch(rate)) return;
    const parts = ratioParts(ind, runtime);
    if (!parts) return;
    const find = (target: Indicator): CheckedFigure | null => {
      for (const same of [(f: DraftFigure) => f.sentence === rate.figure.sentence, (f: DraftFigure) => f.paragraph === rate.figure.paragraph]) {
        for (let j = i - 1; j >= Math.max(0, i - WINDOW) && same(figures[j].figure); j--) if (figures[j].match?.candidate.indicator === target && isLevel(figures[j])) return figures[j];
      }
      return null;
    };
    const numerator = find(parts.numerator);
    const denominator = find(parts.denominator);
    if (!numerator || !denominator || [numerator, denominator].some((c) => c.figure.approx || hasMismatch(c))) return;
    const n = statedValue(numerator.figure, numerator.match!.conversion);
    const d = statedValue(denominator.figure, denominator.match!.conversion);
    if (d.lte(0)) return;
    const exact = n.div(d).times(parts.scale);
    const stated = statedValue(rate.figure, rate.match!.conversion);
    const decimals = rate.figure.decimals;
    const rounded = roundTo(exact, decimals, ind.rounding);
    if (rounded.eq(stated)) return;
    const computation = `${n.toFixed()}/${d.toFixed()}${parts.scale.eq(1) ? '' : `*${parts.scale.toFixed()}`}`;
    const refs = [textRef(rate.figure), textRef(numerator.figure), textRef(denominator.figure)];
    const expected = `${rounded.toFixed(decimals)}%`;
    const truncated = ind.rounding !== 'truncate' && roundTo(exact, decimals, 'truncate').eq(stated);
    out.push(
      truncated
        ? makeFinding('ratio-truncated', 'warning', { key: 'text.truncated', params: { text: rate.figure.text, expected, computation } }, { refs, indicator: ind.name, expected: rounded, actual: stated, hint: { key: 'truncated', params: { rounded: expected } } })
        : makeFinding('ratio', 'error', { key: 'text.ratio', params: { text: rate.figure.text, expected, computation } }, { refs, indicator: ind.name, expected: rounded, actual: stated }),
    );
  });
  return out;
}

/** The indicators a rate's 计算公式 divides, when it is [a]/[b]×scale with both plain indicators. */
function ratioParts(ind: Indicator, runtime: RuleRuntime): { numerator: Indicator; denominator: Indicator; scale: Decimal } | null {
  const formula = runtime.formula(ind);
  if (!formula || formula.parsed.errors.length > 0 || formula.bound.errors.length > 0) return null;
  const shape = toRatioShape(formula.parsed.expr);
  if (!shape || shape.denominator.kind !== 'ref') return null;
  const top = formula.bound.bindings.get(shape.numerator);
  const bottom = formula.bound.bindings.get(shape.denominator);
  if (top?.kind !== 'indicator' || bottom?.kind !== 'indicator' || top.reporter !== null || bottom.reporter !== null) return null;
  return { numerator: top.indicator, denominator: bottom.indicator, scale: shape.scale };
}
