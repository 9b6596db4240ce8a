import type { GrimNeighbour, Shown } from '../findings/facts';
import type { Indicator } from '../catalog/types';
import { makeFinding } from '../findings/finding';
import type { RuleRuntime } from '../checks/ruleRuntime';
import type { Finding } from '../findings/finding';
import { roundTo, sum, type Decimal } from '../decimal';
import { toRatioShape } from '../rules/shape';
import type { DraftFigure } from './extract';
import { statedValue } from './match';
import { REMAINDER, SHARE_WORD } from './proseLexicon';
import { isAmountUnit, isSameCount, toUnitParts } from './units';
import { textRef, type CheckedFigure } from './checked';

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

/**
 * text-granularity: a rate no whole number out of its base gives. The base is the figure of the
 * rate's denominator (its 计算公式) in the same sentence or paragraph; for a rate the catalogue
 * does not compute, any count in the same sentence.
 */
export function granularity(figures: readonly CheckedFigure[], runtime: RuleRuntime): Finding[] {
  const out: Finding[] = [];
  // Each figure's count, read once: a rate looks at up to WINDOW of them.
  const counts = figures.map((c) => (isCount(c.figure) ? c.figure.value.toNumber() : 0));
  figures.forEach(({ figure, match }, i) => {
    // 占比18.8% is a share of a larger whole: a count beside it is its numerator, not its base.
    if (!figure.percent || figure.inTable || figure.approx || figure.decimals <= 0 || figure.decimals > 4 || figure.role.kind !== 'level' || SHARE_WORD.test(figure.before)) return;
    const denominator = match ? ratioParts(match.candidate.indicator, runtime)?.denominator : undefined;
    const near = (same: (f: DraftFigure) => boolean): number[] => {
      const found: number[] = [];
      const fits = (j: number): boolean => counts[j] > 0 && (denominator === undefined || figures[j].match?.candidate.indicator === denominator);
      for (let j = i - 1; j >= Math.max(0, i - WINDOW) && same(figures[j].figure); j--) if (fits(j)) found.push(j);
      for (let j = i + 1; j < Math.min(figures.length, i + 1 + WINDOW / 4) && same(figures[j].figure); j++) if (fits(j)) found.push(j);
      return found;
    };
    const inSentence = near((f) => f.sentence === figure.sentence);
    const bases = inSentence.length > 0 || denominator === undefined ? inSentence : near((f) => f.paragraph === figure.paragraph);
    if (bases.length === 0) return;
    const scaled = Number(figure.value.times(10 ** figure.decimals).toFixed(0));
    if (bases.some((j) => isPossibleRate(scaled, figure.decimals, counts[j]))) return;
    const at = bases.find((j) => j < i) ?? bases[0];
    const base = figures[at].figure;
    const n = counts[at];
    const { below, above } = nearestRates(scaled, figure.decimals, n);
    const show = (x: { k: number; rate: string } | null): GrimNeighbour | null => (x ? { k: x.k, n, rate: { digits: x.rate, unit: '%' } } : null);
    out.push(
      makeFinding('text-granularity', 'error', { key: 'text.granularity', params: { text: figure.text, base: base.text, below: show(below), above: show(above) } }, {
        refs: [textRef(figure), ...[...bases].sort((a, b) => a - b).map((j) => textRef(figures[j].figure))],
        actual: figure.value,
      }),
    );
  });
  return out;
}

/**
 * GRIM in integers, rounded or truncated: can a whole k ≤ n give the rate P/10^d %? With d ≤ 4
 * and n ≤ 10⁹ every product stays below 2⁵³, so this is exact and needs no decimal division.
 */
function isPossibleRate(scaled: number, decimals: number, n: number): boolean {
  const unit = 100 * 10 ** decimals;
  const centre = Math.floor((scaled * n) / unit);
  for (let k = Math.max(0, centre - 1); k <= Math.min(n, centre + 2); k++) {
    const x = 2 * k * unit;
    // half up: P − ½ ≤ 100k·10^d/n < P + ½; truncated: P ≤ 100k·10^d/n < P + 1.
    if ((2 * scaled - 1) * n <= x && x < (2 * scaled + 1) * n) return true;
    if (2 * scaled * n <= x && x < 2 * (scaled + 1) * n) return true;
  }
  return false;
}

/** The whole numerators nearest below and above a rate no numerator gives, with their rates rounded half up. */
function nearestRates(scaled: number, decimals: number, n: number): { below: { k: number; rate: string } | null; above: { k: number; rate: string } | null } {
  const unit = 100 * 10 ** decimals;
  const centre = Math.floor((scaled * n) / unit);
  const rounded = (k: number): number => Math.floor((2 * k * unit + n) / (2 * n));
  const text = (r: number): string => `${Math.floor(r / 10 ** decimals)}.${String(r % 10 ** decimals).padStart(decimals, '0')}`;
  let below: { k: number; rate: string } | null = null;
  let above: { k: number; rate: string } | null = null;
  for (let k = Math.max(0, centre - 2); k <= Math.min(n, centre + 3); k++) {
    const r = rounded(k);
    if (r < scaled) below = { k, rate: text(r) };
    else if (r > scaled && above === null) above = { k, rate: text(r) };
  }
  return { below, above };
}

/**
 * text-balance: a stated total followed in its sentence by 其中 parts that do not add up. Parts
 * must add up to the total when the catalogue calls them its 分项 or the list ends in a remainder
 * (…未出结果5宗, …其他机构78个); parts the catalogue calls 其中 need not; otherwise parts may not
 * exceed the total. A list of notable parts (其中医师3620人、护士4230人) need not be complete.
 */
export function balances(figures: readonly CheckedFigure[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < figures.length; i++) {
    const total = figures[i];
    const next = figures[i + 1]?.figure;
    if (!next || !next.ofWhich || next.sentence !== total.figure.sentence || !isPlain(total.figure)) continue;
    const parts: CheckedFigure[] = [];
    let j = i + 1;
    for (; j < figures.length && figures[j].figure.sentence === total.figure.sentence && parts.length < 100 && isPlain(figures[j].figure) && unitsAgree(figures[j].figure.unit, total.figure.unit); j++) parts.push(figures[j]);
    i = j - 1;
    if (parts.length < 2) continue;
    const partsSum: Decimal = sum(parts.map((p) => p.figure.value));
    if (partsSum.eq(total.figure.value)) continue;
    const complete = REMAINDER.test(parts[parts.length - 1].figure.before) || partition(total, parts) === 'parts';
    if (!complete && (partition(total, parts) === 'not' || partsSum.lt(total.figure.value))) continue;
    out.push(
      makeFinding('text-balance', 'error', { key: 'text.balance', params: { total: total.figure.text, parts: parts.map((p) => p.figure.text), sum: `${partsSum.toFixed()}${total.figure.unit ?? ''}` } }, {
        refs: [textRef(total.figure), ...parts.map((p) => textRef(p.figure))],
        ...(total.match ? { indicator: total.match.candidate.indicator.name } : {}),
        expected: partsSum,
        actual: total.figure.value,
      }),
    );
  }
  return out;
}

const isPlain = (f: DraftFigure): boolean => !f.inTable && !f.approx && !f.percent && !f.fraction && f.role.kind === 'level';

/** 56家 and 1100个 count the same institutions; 万元 is not 张. */
function unitsAgree(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return toUnitParts(a).power === toUnitParts(b).power && isSameCount(a, b);
}

/** What the catalogue says the parts are: 分项 of the total (parts), 其中 (not), or nothing (unknown). */
function partition(total: CheckedFigure, parts: readonly CheckedFigure[]): 'parts' | 'not' | 'unknown' {
  const parent = total.match?.candidate.indicator;
  if (!parent) return 'unknown';
  let all = true;
  for (const p of parts) {
    const ind = p.match?.candidate.indicator;
    if (ind?.parent === parent.key && ind.relation === 'of-which') return 'not';
    if (!(ind?.parent === parent.key && ind.relation === 'parts')) all = false;
  }
  return all ? 'parts' : 'unknown';
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
    const expected: Shown = { digits: rounded.toFixed(decimals), unit: '%' };
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
