import type { GrimNeighbour } from '../findings/facts';
import { roundTo, type Decimal } from '../decimal';
import { makeFinding } from '../findings/finding';
import { grimTest } from '../checks/grim';
import type { Model } from '../model/model';
import type { RuleRuntime } from '../checks/ruleRuntime';
import { showValue } from '../checks/show';
import { SEVERITY_ORDER, type Finding } from '../findings/finding';
import { sum, HUNDRED } from '../decimal';
import type { TextRef } from '../grid/refs';
import { normalizeUnit } from '../catalog/lookup';
import { shownValue } from '../summary/wholeValue';
import { extractFigures, type DraftFigure } from './extract';
import { matchFigure, toCandidate, type Candidate, type Match } from './match';

/** Each prose figure with the indicator it was matched to. */
export interface CheckedFigure {
  readonly figure: DraftFigure;
  readonly match: Match | null;
}

export interface DraftReport {
  readonly figures: readonly CheckedFigure[];
  readonly findings: readonly Finding[];
}

const textRef = (f: DraftFigure): TextRef => ({ offset: f.offset, length: f.length, text: f.text });

export function candidatesOf(model: Model, runtime: RuleRuntime): Candidate[] {
  const out: Candidate[] = [];
  for (const ind of model.compilation.catalog.indicators) {
    const shown = shownValue(model, runtime, ind);
    if (shown && shown.value !== null) out.push(toCandidate(ind, shown));
  }
  return out;
}

/**
 * 核稿 (SPEC §6): every figure of a draft checked against the workbook: text-mismatch,
 * text-unmatched, text-repeat, text-granularity (GRIM against a count in the same sentence)
 * and text-balance (a total followed by 其中 parts that do not add up).
 */
export function verifyDraft(text: string, model: Model, runtime: RuleRuntime): DraftReport {
  const candidates = candidatesOf(model, runtime);
  const figures: CheckedFigure[] = extractFigures(text).map((figure) => ({ figure, match: matchFigure(figure, candidates) }));
  const findings: Finding[] = [];
  for (const { figure, match } of figures) {
    if (!match) {
      findings.push(makeFinding('text-unmatched', 'info', { key: 'text.unmatched', params: { text: figure.text } }, { refs: [textRef(figure)] }));
      continue;
    }
    const { indicator, shown } = match.candidate;
    if (match.sameValue || figure.approx || shown.approx) continue;
    findings.push(
      makeFinding('text-mismatch', 'error', { key: 'text.mismatch', params: { text: figure.text, indicator: indicator.name, value: showValue(shown.value!, indicator, shown.decimals) } }, {
        refs: [textRef(figure), ...shown.refs],
        indicator: indicator.name,
        expected: roundTo(shown.value!, Math.max(figure.decimals, 0), indicator.rounding),
        actual: figure.value,
      }),
    );
  }
  findings.push(...repeats(figures), ...granularity(figures), ...balances(figures));
  const at = (f: Finding): number => (f.refs[0] && 'offset' in f.refs[0] ? f.refs[0].offset : 0);
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || at(a) - at(b));
  return { figures, findings };
}

function repeats(figures: readonly CheckedFigure[]): Finding[] {
  const out: Finding[] = [];
  const first = new Map<string, DraftFigure>();
  for (const { figure, match } of figures) {
    if (!match || figure.approx) continue;
    const key = match.candidate.indicator.key;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, figure);
      continue;
    }
    if (earlier.value.eq(figure.value)) continue;
    out.push(
      makeFinding('text-repeat', 'error', { key: 'text.repeat', params: { indicator: match.candidate.indicator.name, first: earlier.text, second: figure.text } }, {
        refs: [textRef(figure), textRef(earlier)],
        indicator: match.candidate.indicator.name,
        expected: earlier.value,
        actual: figure.value,
      }),
    );
  }
  return out;
}

const isCount = (f: DraftFigure): boolean => !f.percent && !f.approx && !f.fraction && f.unit !== null && f.decimals <= 0 && f.value.gt(0) && f.value.eq(f.value.round(0)) && f.value.lte(1e9);

function granularity(figures: readonly CheckedFigure[]): Finding[] {
  const out: Finding[] = [];
  for (const { figure } of figures) {
    if (!figure.percent || figure.approx || figure.decimals <= 0) continue;
    const inSentence = figures.filter((x) => x.figure.sentence === figure.sentence && isCount(x.figure)).map((x) => x.figure);
    const bases = inSentence.length > 0 ? inSentence : figures.filter((x) => x.figure.paragraph === figure.paragraph && isCount(x.figure)).map((x) => x.figure);
    if (bases.length === 0) continue;
    const possible = bases.some((b) => {
      const n = b.value.toNumber();
      return grimTest(figure.value, figure.decimals, n, HUNDRED, 'half-up').possible || grimTest(figure.value, figure.decimals, n, HUNDRED, 'truncate').possible;
    });
    if (possible) continue;
    const base = [...bases].reverse().find((b) => b.offset < figure.offset) ?? bases[0];
    const n = base.value.toNumber();
    const r = grimTest(figure.value, figure.decimals, n, HUNDRED, 'half-up');
    const near = (x: typeof r.below): GrimNeighbour | null => (x ? { k: x.k, n, rate: { digits: x.rate.toFixed(figure.decimals), unit: '%' } } : null);
    out.push(
      makeFinding('text-granularity', 'error', { key: 'text.granularity', params: { text: figure.text, base: base.text, below: near(r.below), above: near(r.above) } }, {
        refs: [textRef(figure), ...bases.map(textRef)],
        actual: figure.value,
      }),
    );
  }
  return out;
}

function balances(figures: readonly CheckedFigure[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < figures.length; i++) {
    const total = figures[i].figure;
    const next = figures[i + 1]?.figure;
    if (!next || !next.ofWhich || next.sentence !== total.sentence || total.approx || total.percent) continue;
    const parts: DraftFigure[] = [];
    for (let j = i + 1; j < figures.length && figures[j].figure.sentence === total.sentence; j++) parts.push(figures[j].figure);
    if (parts.length < 2 || parts.some((p) => p.approx || p.percent || p.unit === null || total.unit === null || normalizeUnit(p.unit) !== normalizeUnit(total.unit))) continue;
    const partsSum: Decimal = sum(parts.map((p) => p.value));
    if (partsSum.eq(total.value)) continue;
    out.push(
      makeFinding('text-balance', 'error', { key: 'text.balance', params: { total: total.text, parts: parts.map((p) => p.text), sum: `${partsSum.toFixed()}${total.unit ?? ''}` } }, {
        refs: [textRef(total), ...parts.map(textRef)],
        expected: partsSum,
        actual: total.value,
      }),
    );
  }
  return out;
}

