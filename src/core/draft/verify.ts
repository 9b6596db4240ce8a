import { makeFinding, SEVERITY_ORDER, type Finding } from '../findings/finding';
import type { Shown } from '../findings/facts';
import { POINTS, POWER_WORDS } from './draftLexicon';
import type { Model } from '../model/model';
import type { RuleRuntime } from '../checks/ruleRuntime';
import { showValue } from '../checks/show';
import { formatFixed, shift } from '../decimal';
import { shownValue } from '../summary/wholeValue';
import { extractFigures, type DraftFigure } from './extract';
import { FigureMatcher, statedValue, toCandidate, type Candidate, type Match } from './match';
import { readTables } from './table';
import { balances, granularity, ratios, repeats } from './textChecks';
import { textRef, type CheckedFigure } from './checked';

/** Each figure of the draft with the indicator it was matched to. */
export type { CheckedFigure } from './checked';

export interface DraftReport {
  readonly figures: readonly CheckedFigure[];
  readonly findings: readonly Finding[];
}


function candidatesOf(model: Model, runtime: RuleRuntime): Candidate[] {
  const out: Candidate[] = [];
  for (const ind of model.compilation.catalog.indicators) {
    const shown = shownValue(model, runtime, ind);
    if (shown && shown.current !== null) out.push(toCandidate(ind, shown));
  }
  return out;
}

/** Every figure of a draft, prose and tables, in text order, each matched to its indicator or none. */
export function matchDraft(text: string, model: Model, runtime: RuleRuntime): CheckedFigure[] {
  const matcher = new FigureMatcher(candidatesOf(model, runtime));
  const units = model.compilation.catalog.indicators.flatMap((i) => (i.unit === null ? [] : [i.unit]));
  const tables = readTables(text, units, model.compilation.year);
  const prose = extractFigures(text, { units, skip: tables.spans });
  const figures = mergeByOffset(prose, tables.figures).map((figure) => ({ figure, match: matcher.match(figure) }));
  return resolveInSentence(figures, matcher);
}

/**
 * Two readings need the sentence: a change with no subject of its own (…3180宗，同比增长6.5%)
 * speaks of the figure before it, and a 其中 part never is the total it is part of.
 */
function resolveInSentence(figures: CheckedFigure[], matcher: FigureMatcher): CheckedFigure[] {
  let sentence = Number.NaN;
  let lastLevel: CheckedFigure | null = null;
  let total: CheckedFigure | null = null;
  return figures.map((checked) => {
    const { figure } = checked;
    if (figure.sentence !== sentence) {
      sentence = figure.sentence;
      lastLevel = null;
      total = null;
    }
    let { match } = checked;
    const isChange = figure.role.kind === 'change' || figure.role.kind === 'yoy';
    if (isChange && !figure.inTable && match === null && lastLevel?.match && figure.before === '') match = matcher.matchTo(figure, lastLevel.match.candidate);
    if (figure.ofWhich && match && total?.match?.candidate === match.candidate) match = null;
    const out = match === checked.match ? checked : { figure, match };
    if (figure.role.kind === 'level' && !figure.ofWhich) total = out;
    if (figure.role.kind === 'level') lastLevel = out;
    return out;
  });
}

function mergeByOffset(a: readonly DraftFigure[], b: readonly DraftFigure[]): DraftFigure[] {
  const out: DraftFigure[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].offset <= b[j].offset) ? a[i++] : b[j++]);
  return out;
}

/**
 * 核稿 (SPEC §6): every figure of a draft checked against the workbook: text-mismatch,
 * text-unmatched, text-repeat, text-granularity (GRIM against a count in the same sentence),
 * text-balance (a total followed by 其中 parts that do not add up), and a rate the draft's own
 * figures give only by truncation (ratio-truncated) or not at all (ratio). Linear in the draft.
 */
export function verifyDraft(text: string, model: Model, runtime: RuleRuntime): DraftReport {
  const figures = matchDraft(text, model, runtime);
  const findings: Finding[] = [];
  for (const checked of figures) {
    const finding = mismatchOf(checked);
    if (finding) findings.push(finding);
  }
  for (const list of [repeats(figures), granularity(figures, runtime), balances(figures), ratios(figures, runtime)]) for (const f of list) findings.push(f);
  const at = (f: Finding): number => (f.refs[0] && 'offset' in f.refs[0] ? f.refs[0].offset : 0);
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || at(a) - at(b));
  return { figures, findings };
}

/** text-unmatched for a figure no indicator fits; text-mismatch for one that states another value. */
function mismatchOf({ figure, match }: CheckedFigure): Finding | null {
  if (!match) return makeFinding('text-unmatched', 'info', { key: 'text.unmatched', params: { text: figure.text } }, { refs: [textRef(figure)] });
  const { indicator, shown } = match.candidate;
  if (match.sameValue || match.expected === null || figure.approx || (figure.role.kind === 'level' && shown.current?.approx) || (figure.role.kind === 'previous' && shown.previous?.approx)) return null;
  const expected = match.expected.value;
  const actual = statedValue(figure, match.conversion);
  const facts = { refs: [textRef(figure), ...(figure.role.kind === 'level' ? shown.refs.current : figure.role.kind === 'previous' ? shown.refs.previous : [...shown.refs.current, ...shown.refs.previous])], indicator: indicator.name, expected, actual };
  const params = { text: figure.text, indicator: indicator.name };
  switch (figure.role.kind) {
    case 'level':
      return makeFinding('text-mismatch', 'error', { key: 'text.mismatch', params: { ...params, value: showValue(shown.current!.value, indicator, shown.decimals), asWritten: inFigureTerms(figure, match) } }, facts);
    case 'previous':
      return makeFinding('text-mismatch', 'error', { key: 'text.mismatch-previous', params: { ...params, value: showValue(shown.previous!.value, indicator, shown.decimals) } }, facts);
    case 'change':
    case 'yoy': {
      const unit = figure.role.kind === 'yoy' ? (indicator.kind === 'rate' && !figure.inTable ? POINTS : '%') : indicator.kind === 'rate' ? POINTS : (indicator.unit ?? '');
      const sign = expected.gt(0) ? '+' : '';
      return makeFinding('text-mismatch', 'error', { key: 'text.mismatch-change', params: { ...params, change: { digits: `${sign}${formatFixed(expected, Math.max(0, match.expected.decimals))}`, unit } } }, facts);
    }
    case 'unknown':
      return null;
  }
}

/** The workbook's value in the figure's own unit when the two differ (32.65亿元 for 326543.0万元), else null. */
function inFigureTerms(figure: DraftFigure, match: Match): Shown | null {
  const written = `${POWER_WORDS[figure.power] ?? ''}${figure.unit ?? ''}`;
  if ((match.conversion === 0 && figure.power === 0) || match.expected === null || written === match.candidate.indicator.unit) return null;
  const value = shift(match.expected.value, -match.conversion - figure.power);
  return { digits: formatFixed(value, Math.max(0, figure.decimals + figure.power)), unit: written };
}
