import type { CellRef, CheckId, FindingCounts, HintDetail, MessageDetail, NarrativeDocument, OutSheet, Ref, Severity, SheetGrid, SkippedSheet, WorkbookGrid } from '../core';

/** A finding as the pane shows it: plain facts (values as decimal text), rendered in the pane's language. */
export interface PaneFinding {
  readonly id: number;
  readonly key: string;
  readonly accepted?: { readonly status: 'verified' | 'explained'; readonly note: string } | null;
  readonly check: CheckId;
  readonly severity: Severity;
  readonly detail: MessageDetail;
  readonly hint?: HintDetail;
  readonly refs: readonly Ref[];
  readonly sheet: string | null;
  readonly indicator?: string;
  readonly reporter?: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly difference?: string;
}

export interface ReporterStatus {
  readonly reporter: string;
  readonly sheets: readonly string[];
  readonly figures: number;
  readonly missing: number;
  readonly errors: number;
}

/** What the pane shows after a check: findings, who reported, what was skipped. */
export interface PaneReport {
  readonly workbook: string;
  readonly findings: readonly PaneFinding[];
  readonly summary: FindingCounts;
  readonly reporters: readonly ReporterStatus[];
  /** Units the catalogue expects that sent no sheet at all. */
  readonly absentReporters: readonly string[];
  readonly skipped: readonly SkippedSheet[];
  readonly catalogInferred: boolean;
  readonly indicators: number;
  readonly figures: number;
  readonly ledgers: readonly string[];
}

export interface CompileOutcome {
  readonly report: PaneReport;
  readonly sheets: readonly OutSheet[];
  readonly narrative: NarrativeDocument;
  readonly title: string;
}

export interface DraftOutcome {
  readonly findings: readonly PaneFinding[];
  readonly figures: readonly { readonly offset: number; readonly length: number; readonly text: string; readonly indicator: string | null }[];
}

/**
 * What the use cases need from a host (Excel through office-js, an .xlsx held by the browser
 * page). Adapters implement these; use cases and the pane never see office-js or ExcelJS.
 */
export interface WorkbookHost {
  readonly kind: 'excel' | 'browser';
  /** Reads every sheet as grids. */
  readGrid(onProgress?: ProgressListener): Promise<WorkbookGrid>;
  /** Writes Huibian's generated sheets, replacing only its own; returns the name each got. */
  writeSheets(sheets: readonly OutSheet[]): Promise<ReadonlyMap<string, string>>;
  /** Shows a cell: activates its sheet and selects it. A hidden sheet is refused with a HostError of kind 'hidden'. */
  select(ref: CellRef): Promise<void>;
  /** Makes a hidden (never a very hidden) sheet visible again, when the clerk asks to go there. */
  revealSheet?(sheet: string): Promise<void>;
  /** Fills the cells of findings (the only write ever made to a source sheet). */
  highlight(refs: readonly CellRef[]): Promise<FillOutcome>;
  /** Restores every fill highlight changed, exactly, where the sheet still exists. */
  clearHighlight(): Promise<FillOutcome>;
  // Issue 14, the hosts' side of the clerk's year (the pane offers what a host has):
  /** Writes a confirmed import: Excel writes plan.sheets and plan.log through office-js; the page applies the files to its copy. */
  writeImport?(plan: ImportPlan, files: readonly SubmissionFile[], settings?: EngineSettings): Promise<void>;
  /** Opens .xlsx bytes as a new workbook (Excel with ExcelApi 1.8); absent where the host cannot, and the pane downloads instead. */
  createWorkbook?(bytes: Uint8Array): Promise<void>;
}

/** What highlight or clearHighlight did: cells changed, and the sheets passed over. */
export interface FillOutcome {
  readonly cells: number;
  /** Protected sheets, left alone (their saved fills are kept for a later clear). */
  readonly protectedSheets: readonly string[];
  /** Sheets deleted since (a renamed sheet is still found): their saved fills were dropped. */
  readonly missingSheets: readonly string[];
}

/** Reports progress of work over half a second (the pane's progress bar). */
export type ProgressListener = (done: number, total: number, label: string) => void;

/** The clerk's 设置: plain data, so it crosses to the engine's worker. */
export interface EngineSettings {
  readonly live?: boolean;
  readonly compiler?: string | null;
  readonly defaultRounding?: 'half-up' | 'truncate' | 'half-even';
  /** 同比阈值 (%) for indicators without one; null: none. */
  readonly defaultYoyThreshold?: number | null;
  readonly sheetNames?: Partial<Record<'summary' | 'findings' | 'narrative', string>>;
}

/**
 * The engine, behind an interface so that the pane can run it in a Web Worker (the pane never
 * blocks) and tests can run it in-process. Everything crossing it is plain, cloneable data.
 */
export interface EngineService {
  check(grid: WorkbookGrid, settings?: EngineSettings): Promise<PaneReport>;
  compile(grid: WorkbookGrid, settings?: EngineSettings): Promise<CompileOutcome>;
  verifyText(text: string, grid: WorkbookGrid, settings?: EngineSettings): Promise<DraftOutcome>;
  /** The narrative and summary as a Word document. */
  docx(grid: WorkbookGrid, settings?: EngineSettings): Promise<Uint8Array>;
  /** Reads an .xlsx (browser page); throws UnusableInputError with a one-line reason. */
  readXlsx(bytes: Uint8Array, file: string): Promise<WorkbookGrid>;
  /** A copy of an .xlsx with the sheets written (browser page). */
  writeCopy(bytes: Uint8Array, file: string, sheets: readonly OutSheet[]): Promise<{ bytes: Uint8Array; names: ReadonlyMap<string, string> }>;
  planImport(grid: WorkbookGrid, files: readonly SubmissionFile[], settings?: EngineSettings): Promise<ImportPlan>;
  applyImport(bytes: Uint8Array, file: string, files: readonly SubmissionFile[], settings?: EngineSettings): Promise<{ bytes: Uint8Array; plan: ImportPlan }>;
  accept(grid: WorkbookGrid, settings: EngineSettings | undefined, decisions: readonly { key: string; status: 'verified' | 'explained' | null; note: string }[]): Promise<OutSheet>;
  forms(grid: WorkbookGrid, settings: EngineSettings | undefined, year: number): Promise<readonly { unit: string; name: string; bytes: Uint8Array }[]>;
  formsZip(grid: WorkbookGrid, settings: EngineSettings | undefined, year: number): Promise<Uint8Array>;
  learn(text: string, grid: WorkbookGrid, settings?: EngineSettings): Promise<{ templates: readonly { section: string; text: string }[]; sheet: OutSheet; unbound: readonly string[] }>;
  rollover(grid: WorkbookGrid, settings: EngineSettings | undefined, year: number): Promise<Uint8Array>;
}

// PROVISIONAL (YEAR-PANE): issue 14's contract until YEAR-CORE's API is merged; theirs wins.
export interface SubmissionFile { readonly file: string; readonly bytes: Uint8Array }
export interface FigureChange {
  readonly reporter: string; readonly indicator: string; readonly period: string | null;
  readonly sheet: string; readonly cell: string | null; readonly old: string | null; readonly new: string | null;
}
export interface SubmissionDiff { readonly changed: readonly FigureChange[]; readonly added: readonly FigureChange[]; readonly removed: readonly FigureChange[] }
export interface ImportEntry {
  readonly file: string; readonly reporter: string | null;
  readonly sheets: readonly { readonly from: string; readonly as: string; readonly replaces: string | null }[];
  readonly resubmission: boolean; readonly diff: SubmissionDiff;
}
export interface ImportPlan {
  readonly entries: readonly ImportEntry[]; readonly refused: readonly { file: string; reason: string }[];
  readonly sheets: readonly SheetGrid[]; readonly log: OutSheet;
}

/** Saves bytes as a file the clerk downloads (browser page). */
export type DownloadService = (name: string, bytes: Uint8Array, mime: string) => void;
