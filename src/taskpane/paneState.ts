import { FINDINGS_SHEET_NAME, NARRATIVE_SHEET_NAME, SUMMARY_SHEET_NAME } from '../core';
import type { CellRef, Language, OutSheet } from '../core';
import type { CompileOutcome, DraftOutcome, ImportPlan, PaneFinding, PaneReport, SubmissionFile } from '../app/ports';
import type { EngineSettings } from '../app/ports';
import type { UiStrings } from './i18n';

/** The pane's state as plain data, and the questions the tabs ask of it. */

export type TabId = 'submissions' | 'checks' | 'outputs' | 'draft' | 'year' | 'settings';
export type BusyKind = keyof UiStrings['busy'];
/** Inside Excel the workbook is always open; the browser page starts with none. */
type WorkbookStatus = 'none' | 'opening' | 'open';

/**
 * Work under way. `afterOpen`: the work was asked for while a file was still opening and waits
 * for it (the bar says 正在打开…); `id` lets only the run that set it clear it.
 */
export interface Busy {
  readonly id: number;
  readonly kind: BusyKind;
  readonly since: number;
  readonly progress: number | null;
  readonly afterOpen: boolean;
}
export type Severity = PaneFinding['severity'];

export interface PaneSettings {
  readonly live: boolean;
  readonly compiler: string;
  readonly rounding: NonNullable<EngineSettings['defaultRounding']>;
  readonly threshold: string;
  readonly sheetNames: { readonly summary: string; readonly findings: string; readonly narrative: string };
}

export interface Filters {
  readonly severities: readonly Severity[];
  readonly sheet: string | null;
  /** One check (SPEC §4), or null for all. */
  readonly check: PaneFinding['check'] | null;
  readonly search: string;
}

export interface PaneState {
  readonly language: Language;
  readonly tab: TabId;
  readonly busy: Busy | null;
  readonly workbook: WorkbookStatus;
  /** Cells marked by 标出问题单元格, or null when unknown (Excel: an earlier session may have). */
  readonly marked: number | null;
  readonly error: string | null;
  readonly notice: string | null;
  readonly report: PaneReport | null;
  readonly outcome: CompileOutcome | null;
  readonly draftText: string;
  readonly draft: DraftOutcome | null;
  readonly settings: PaneSettings;
  readonly filters: Filters;
  readonly selected: number | null;
  /** A finding's cell on a hidden sheet the clerk may ask to show. */
  readonly reveal: CellRef | null;
  readonly year: YearState;
}

/** A blank form made for a unit, held until the clerk downloads or opens it. */
export interface UnitForm {
  readonly unit: string;
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What the clerk's year asks of the pane (issue 14): an import under review, forms, learned wording. */
export interface YearState {
  /** Department files read and planned, waiting for the clerk to confirm the diff. */
  readonly importing: { readonly plan: ImportPlan; readonly files: readonly SubmissionFile[] } | null;
  /** The year typed for the blank forms; null until the clerk types one (see offeredYears). */
  readonly formsYear: string | null;
  readonly forms: { readonly year: number; readonly list: readonly UnitForm[] } | null;
  readonly learnText: string;
  readonly learned: LearnedView | null;
  /** The year typed for the rolled-over workbook; null until the clerk types one. */
  readonly rolloverYear: string | null;
  /** This calendar year, offered when the workbook states no 报告期. */
  readonly calendarYear: number;
}

/** Last year's wording as learned, waiting for the clerk to confirm replacing 文字模板. */
export interface LearnedView {
  readonly templates: readonly { readonly section: string; readonly text: string }[];
  readonly unbound: readonly string[];
  readonly sheet: OutSheet;
  /** The clerk's 文字模板 sheets kept, hidden, under these names when the learned one replaces them. */
  readonly retire: readonly (readonly [string, string])[];
}

export const initialYear = (now: Date): YearState => ({
  importing: null,
  formsYear: null,
  forms: null,
  learnText: '',
  learned: null,
  rolloverYear: null,
  calendarYear: now.getFullYear(),
});

/**
 * The pane once another workbook is open: the last book's findings, outputs, 核稿 result, import
 * under review, forms and learned wording go (their cells and figures are that book's); the
 * clerk's language, tab, settings, filters, typed years and pasted texts stay.
 */
export function forAnotherWorkbook(s: PaneState): PaneState {
  return { ...s, report: null, outcome: null, draft: null, selected: null, reveal: null, marked: 0, year: { ...s.year, importing: null, forms: null, learned: null } };
}

/**
 * The years the 年度 tab shows: what the clerk typed, else the checked workbook's 报告期 year for
 * the forms (as `huibian template` does) and the year after it for the rollover; with no report
 * or no stated period, this calendar year and the next.
 */
export function offeredYears(state: Pick<PaneState, 'report' | 'year'>): { readonly formsYear: string; readonly rolloverYear: string } {
  const base = state.report?.year ?? state.year.calendarYear;
  return { formsYear: state.year.formsYear ?? String(base), rolloverYear: state.year.rolloverYear ?? String(base + 1) };
}

/** A four-digit year the clerk typed, or null. */
export function parseYear(text: string): number | null {
  const t = text.trim();
  return /^\d{4}$/.test(t) ? Number(t) : null;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  live: false,
  compiler: '',
  rounding: 'half-up',
  threshold: '',
  sheetNames: { summary: SUMMARY_SHEET_NAME, findings: FINDINGS_SHEET_NAME, narrative: NARRATIVE_SHEET_NAME },
};

/** Messages a clerk reads for an error: HostError and UnusableInputError carry their own. */
export function errorText(e: unknown, language: Language): string {
  if (typeof e === 'object' && e !== null) {
    const o = e as { en?: unknown; message?: unknown };
    if (language === 'en' && typeof o.en === 'string') return o.en;
    if (typeof o.message === 'string') return o.message.split('\n')[0];
  }
  return String(e);
}

/** The cells 标出问题单元格 marks: the first cell of each error and warning. */
export function markableCells(report: PaneReport | null): CellRef[] {
  return (report?.findings ?? []).filter((f) => f.severity !== 'info').flatMap((f) => f.refs.filter((r): r is CellRef => 'sheet' in r).slice(0, 1));
}

/**
 * Whether the workbook actions can start now: a workbook is open or opening (work asked for
 * while it opens waits for it), and nothing else is under way.
 */
export function canAct(state: Pick<PaneState, 'workbook' | 'busy'>): boolean {
  return state.workbook !== 'none' && (state.busy === null || state.busy.kind === 'open');
}

