import type { Indicator } from '../catalog/types';
import { HUNDRED, roundTo, shift, type Decimal } from '../decimal';
import { toMatchKey } from '../text/fold';
import type { ShownValue } from '../summary/wholeValue';
import type { DraftFigure } from './extract';
import { BRACKETED, BRACKETS, LINKS, NAME_SUFFIXES, NEGATED_NAME, NEGATORS, NOT_QUALIFYING, OF_WHICH_PREFIX, POINTS_UNIT, QUALIFIERS } from './nameLexicon';
import { conversionTo } from './units';

/** An indicator with the value the workbook gives it, as prose figures are matched against. */
export interface Candidate {
  readonly indicator: Indicator;
  readonly shown: ShownValue;
  /** The ways prose names it: 来信信访件数, 来信信访件, 来信信访. */
  readonly forms: readonly string[];
  readonly bigrams: ReadonlySet<string>;
}

export interface Match {
  readonly candidate: Candidate;
  /** True when the words before the figure end with one of the indicator's names. */
  readonly exact: boolean;
  /** Shared character pairs between the figure's words and the indicator's name. */
  readonly overlap: number;
  /** Powers of ten from the figure's unit to the indicator's (86.57亿元 → 万元: −4). */
  readonly conversion: number;
  /** What the workbook says the figure should be, in the figure's terms; null when it cannot tell. */
  readonly expected: Expected | null;
  readonly sameValue: boolean;
}

/** The workbook's value for a figure's role, stated at the figure's decimals. */
interface Expected {
  readonly value: Decimal;
  /** Also accepted: the value truncated instead of rounded (the worked example's 99.63). */
  readonly truncated: Decimal;
  readonly decimals: number;
  /** Another reading the words allow: a rate's 提高2.1% as a relative growth, not points. */
  readonly also?: Decimal;
}

export function toCandidate(indicator: Indicator, shown: ShownValue): Candidate {
  const forms = nameForms(indicator.name);
  return { indicator, shown, forms, bigrams: bigrams(forms[forms.length - 1] ?? '') };
}

function nameForms(name: string): string[] {
  const key = toMatchKey(name).replace(OF_WHICH_PREFIX, '');
  const variants = new Set([key, key.replace(BRACKETED, ''), key.replace(BRACKETS, '')]);
  const out = new Set<string>();
  for (const v of variants) {
    out.add(v);
    for (const s of NAME_SUFFIXES) if (v.endsWith(s) && v.length - s.length >= 2) out.add(v.slice(0, v.length - s.length));
  }
  // Longest first: the last form is the distinctive core the bigrams are taken from.
  return [...out].filter((f) => f.length >= 2).sort((a, b) => b.length - a.length);
}

function bigrams(text: string): Set<string> {
  const chars = [...toMatchKey(text)].filter((c) => /[\u3400-\u9fffA-Za-z0-9]/.test(c));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  return out;
}

/**
 * Matches prose figures to indicators (SPEC §6). The words before a figure must name the
 * indicator: the longest catalogue name they end with wins; a qualifier the name lacks
 * (其他, 新增) rules an indicator out; failing a name, shared character pairs decide, confirmed
 * by the value. No fit is no match — a figure is never called wrong on a guess.
 */
export class FigureMatcher {
  private readonly byForm = new Map<string, Candidate[]>();
  private readonly byBigram = new Map<string, Candidate[]>();
  private readonly longestForm: number;
  /** Overlaps by context: a long draft repeats the same words before its figures. */
  private readonly overlaps = new Map<string, Overlaps>();

  constructor(readonly candidates: readonly Candidate[]) {
    let longest = 0;
    for (const c of candidates) {
      for (const f of c.forms) {
        push(this.byForm, f, c);
        longest = Math.max(longest, f.length);
      }
      for (const b of c.bigrams) push(this.byBigram, b, c);
    }
    this.longestForm = longest;
  }

  match(f: DraftFigure): Match | null {
    if (f.fraction || f.role.kind === 'unknown') return null;
    const words = toMatchKey(f.before);
    const after = toMatchKey(f.after);
    // 其中医院 holds 中医 by accident, 各级各类学校 means all of them: both are taken out first.
    const plain = words.replace(NOT_QUALIFYING, '|');
    const qualifiers = QUALIFIERS.filter((q) => plain.includes(q) || after.startsWith(q));
    const allowed = (c: Candidate): boolean => qualifiers.every((q) => c.indicator.name.includes(q));
    const exact = this.exactBefore(words) ?? this.exactAfter(after);
    if (exact) {
      if (exact.negated) return null;
      const fits = exact.candidates.filter(allowed).map((c) => this.toMatch(f, c, true, exact.form.length)).filter((m): m is Match => m !== null);
      // 医院床位 is a part of 床位: a name after another that is itself a part is trusted only on its value.
      const picked = pick(exact.narrowed ? fits.filter((m) => m.sameValue) : fits);
      if (picked || exact.narrowed) return picked;
      if (exact.candidates.some((c) => !allowed(c))) return null;
    }
    return this.fuzzy(f, `${words}${after}`, [words.replace(LINKS, ''), after], allowed);
  }

  /** Matches a figure to a given candidate (a change phrase whose subject an earlier figure named). */
  matchTo(f: DraftFigure, c: Candidate): Match | null {
    return this.toMatch(f, c, false, 0);
  }

  private exactBefore(words: string): ExactHit | null {
    for (const w of new Set([words, words.replace(LINKS, '')])) {
      for (let k = Math.min(w.length, this.longestForm); k >= 2; k--) {
        const form = w.slice(w.length - k);
        const hit = this.byForm.get(form);
        if (!hit) continue;
        const prefix = w.slice(0, w.length - k);
        return { candidates: hit, form, negated: NEGATORS.test(prefix) && !NEGATED_NAME.test(form), narrowed: this.endsWithPartName(prefix) };
      }
    }
    return null;
  }

  private exactAfter(after: string): ExactHit | null {
    for (let k = Math.min(after.length, this.longestForm); k >= 2; k--) {
      const form = after.slice(0, k);
      const hit = this.byForm.get(form);
      if (hit) return { candidates: hit, form, negated: false, narrowed: false };
    }
    return null;
  }

  /** Whether `prefix` ends with the name of an indicator that is a part of another (医院 of 医疗卫生机构). */
  private endsWithPartName(prefix: string): boolean {
    for (let k = Math.min(prefix.length, this.longestForm); k >= 2; k--) {
      if (this.byForm.get(prefix.slice(prefix.length - k))?.some((c) => c.indicator.parent !== null)) return true;
    }
    return false;
  }

  private overlapsOf(context: string): Overlaps {
    let hit = this.overlaps.get(context);
    if (!hit) {
      const pairs = bigrams(context);
      const overlap = new Map<Candidate, number>();
      for (const b of pairs) for (const c of this.byBigram.get(b) ?? []) overlap.set(c, (overlap.get(c) ?? 0) + 1);
      hit = { pairs: pairs.size, overlaps: [...overlap] };
      if (this.overlaps.size >= 10_000) this.overlaps.clear();
      this.overlaps.set(context, hit);
    }
    return hit;
  }

  private fuzzy(f: DraftFigure, context: string, heads: readonly string[], allowed: (c: Candidate) => boolean): Match | null {
    const { pairs, overlaps } = this.overlapsOf(context);
    const scored: Match[] = [];
    for (const [c, n] of overlaps) {
      if (!allowed(c)) continue;
      const m = this.toMatch(f, c, false, n);
      if (m) scored.push(m);
    }
    scored.sort((a, b) => b.overlap - a.overlap || Number(b.sameValue) - Number(a.sameValue));
    const valueMatch = scored.find((s) => s.sameValue && s.overlap >= 1);
    if (valueMatch && valueMatch.overlap >= (scored[0]?.overlap ?? 0) - 1) return valueMatch;
    const [best, second] = scored;
    // Without the value to confirm it, the name must stand where the figure's words end (or its
    // words after begin): 专任教师中研究生学历2300人 speaks of 学历, not of 专任教师.
    if (!best || !headsIn(best.candidate, heads)) return null;
    if (best.overlap >= 2 && (!second || best.overlap > second.overlap)) return best;
    // A short phrase that ends one indicator's name (办结 of 来信信访办结件数) and no other's; 医生
    // inside 家庭医生签约人数 is not enough.
    if (best.overlap >= 1 && best.overlap === pairs && (!second || second.overlap === 0) && endsAName(best.candidate, heads)) return best;
    return null;
  }

  private toMatch(f: DraftFigure, c: Candidate, exact: boolean, overlap: number): Match | null {
    const conversion = unitFit(f, c.indicator);
    if (conversion === null) return null;
    const expected = expectedFor(f, c, conversion);
    const sameValue = expected !== null && statesValue(f, conversion, expected);
    return { candidate: c, exact, overlap, conversion, expected, sameValue };
  }
}

interface Overlaps {
  /** Character pairs in the figure's words. */
  readonly pairs: number;
  /** Pairs each candidate shares with them. */
  readonly overlaps: readonly (readonly [Candidate, number])[];
}

interface ExactHit {
  readonly candidates: readonly Candidate[];
  readonly form: string;
  /** 未办结: a negation right before the name. */
  readonly negated: boolean;
  /** 医院床位: the name follows the name of a part, so it may be that part's. */
  readonly narrowed: boolean;
}

/** Whether the last pair of the words before, or the first pair of the words after, is in the candidate's name. */
function headsIn(c: Candidate, [before, after]: readonly string[]): boolean {
  const tail = [...bigrams(before)].pop();
  const head = bigrams(after).values().next().value;
  return (tail !== undefined && c.bigrams.has(tail)) || (head !== undefined && c.bigrams.has(head));
}

/** Whether one of the phrases ends as one of the candidate's names ends (its last two characters). */
function endsAName(c: Candidate, phrases: readonly string[]): boolean {
  return c.forms.some((form) => phrases.some((p) => p.length >= 2 && p.endsWith(form.slice(-2))));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Among indicators equally well named, the one whose value the figure states; else none. */
function pick(fits: readonly Match[]): Match | null {
  if (fits.length === 1) return fits[0];
  const same = fits.filter((m) => m.sameValue);
  return same.length >= 1 ? same[0] : null;
}

/**
 * Powers of ten from the figure's unit to the indicator's, or null when the figure cannot state
 * it: % only for a rate (and for any change stated as a growth rate), 个百分点 only for a rate's change.
 */
function unitFit(f: DraftFigure, ind: Indicator): number | null {
  const isRate = ind.kind === 'rate';
  if (f.role.kind === 'yoy') return f.percent ? 0 : null;
  if (f.role.kind === 'change' && isRate) return f.percent || (f.unit !== null && POINTS_UNIT.test(f.unit)) ? 0 : null;
  if (f.percent) return isRate || ind.unit === '%' ? 0 : null;
  if (isRate) return f.unit === null && f.inTable ? 0 : null;
  if (f.unit === null && !f.inTable && f.power === 0 && ind.unit !== null) return null;
  return conversionTo(f.unit, ind);
}

/** The workbook's value for what the figure states (level, 上年, change, growth rate), signed. */
function expectedFor(f: DraftFigure, c: Candidate, conversion: number): Expected | null {
  const { shown, indicator } = c;
  const value = shown.current?.value ?? null;
  const previous = shown.previous?.value ?? null;
  const rounding = indicator.rounding === 'truncate' ? 'half-up' : indicator.rounding;
  const at = (v: Decimal, decimals: number): Expected => ({ value: roundTo(v, decimals, rounding), truncated: roundTo(v, decimals, 'truncate'), decimals });
  const d = f.decimals - conversion;
  switch (f.role.kind) {
    case 'level':
      return value === null ? null : at(value, d);
    case 'previous':
      return previous === null ? null : at(previous, d);
    case 'change':
      return value === null || previous === null ? null : at(value.minus(previous), d);
    case 'unknown':
      return null;
    case 'yoy':
      if (value === null || previous === null) return null;
      // A rate's 提高2.1% is read as points, or else as a relative growth; a growth rate needs last year's figure above zero.
      if (indicator.kind === 'rate' && !f.inTable) {
        const points = at(value.minus(previous), f.decimals);
        return previous.lte(0) ? points : { ...points, also: roundTo(value.minus(previous).div(previous).times(HUNDRED), f.decimals, rounding) };
      }
      if (previous.lte(0)) return null;
      return at(value.minus(previous).div(previous).times(HUNDRED), f.decimals);
  }
}

/** The figure's value in the indicator's unit, signed by its change word (下降4.5% → −4.5). */
export function statedValue(f: DraftFigure, conversion: number): Decimal {
  const v = shift(f.value, conversion);
  return (f.role.kind === 'change' || f.role.kind === 'yoy') && f.role.sign === -1 ? v.neg() : v;
}

/** Whether the figure states the expected value at its precision; an approximate figure always may. */
function statesValue(f: DraftFigure, conversion: number, e: Expected): boolean {
  if (f.approx) return true;
  const stated = statedValue(f, conversion);
  return stated.eq(e.value) || stated.eq(e.truncated) || (e.also !== undefined && stated.eq(e.also));
}
