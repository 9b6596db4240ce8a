import type { BookEdits, CellRef, CheckId, FindingCounts, FindingStatus, HintDetail, ImportPlan, MessageDetail, NarrativeDocument, OutSheet, Ref, Severity, SkippedSheet, SubmissionDiff, WorkbookGrid } from '../core';

export type { FigureChange, SubmissionDiff, ImportEntry, ImportPlan, PlacedSheet, FindingStatus } from '../core';

/** A finding as the pane shows it: plain facts (values as decimal text), rendered in the pane's language. */
export interface PaneFinding {
  readonly id: number;
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
  /** The stable key of SPEC §5.3: the same finding has it on every run, so a decision follows it. */
  readonly key: string;
  /** The clerk's 已核实/已说明 with the 处理意见, from 核对结果; null while the finding is open. */
  readonly accepted: { readonly status: FindingStatus; readonly note: string } | null;
}

interface ReporterStatus {
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
  /** Open findings: those the clerk accepted are not counted here but under `accepted`. */
  readonly summary: FindingCounts;
  /** Findings the clerk marked 已核实 or 已说明 ("错误 3 项（另有 2 项已说明）"). */
  readonly accepted: FindingCounts;
  readonly reporters: readonly ReporterStatus[];
  /** Units the catalogue expects that sent no sheet at all. */
  readonly absentReporters: readonly string[];
  readonly skipped: readonly SkippedSheet[];
  readonly catalogInferred: boolean;
  /** The year of the workbook's 报告期, or null when no sheet states one. */
  readonly year: number | null;
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
  /** Renames sheets and hides them, contents untouched (滚动沿用 keeps the clerk's old 文字模板 so): [from, to] pairs. */
  retireSheets?(renames: readonly (readonly [string, string])[]): Promise<void>;
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
  /**
   * 导入报送: which unit each department file belongs to, which sheet it replaces, and the diff
   * (SPEC §1 step 3). Unreadable files are refused with their one-line reason, never thrown.
   */
  planImport(grid: WorkbookGrid, files: readonly SubmissionFile[], settings?: EngineSettings): Promise<ImportPlan>;
  /** The page's import: a new .xlsx of the book with the files' sheets in (resubmissions replaced) and 报送记录. */
  applyImport(bytes: Uint8Array, file: string, files: readonly SubmissionFile[], settings?: EngineSettings): Promise<{ bytes: Uint8Array; plan: ImportPlan }>;
  /** The figure-level diff between two versions of a submission or a compilation. */
  diff(before: WorkbookGrid, after: WorkbookGrid, settings?: EngineSettings): Promise<SubmissionDiff>;
  /** The 核对结果 sheet with the clerk's decisions on top of those already in the workbook (SPEC §5.3). */
  accept(grid: WorkbookGrid, settings: EngineSettings | undefined, decisions: readonly FindingDecisionInput[]): Promise<OutSheet>;
  /** The blank 报送模板 of `year`, one .xlsx per unit of the catalogue. */
  forms(grid: WorkbookGrid, settings: EngineSettings | undefined, year: number): Promise<readonly FormFile[]>;
  /** The same forms in one .zip. */
  formsZip(grid: WorkbookGrid, settings: EngineSettings | undefined, year: number): Promise<Uint8Array>;
  /** 滚动沿用 (SPEC §6.1): last year's report text against this workbook gives 文字模板. */
  learn(text: string, grid: WorkbookGrid, settings?: EngineSettings): Promise<LearnOutcome>;
  /** 下一年度: next year's compilation workbook as an .xlsx. */
  rollover(grid: WorkbookGrid, settings: EngineSettings | undefined, year: number): Promise<Uint8Array>;
}

/** A department's file, as picked or dropped: its name and bytes. */
export interface SubmissionFile {
  readonly file: string;
  readonly bytes: Uint8Array;
}

/** The clerk's decision on one finding: 已核实/已说明 (null: open again) with the 处理意见. */
export interface FindingDecisionInput {
  readonly key: string;
  readonly status: FindingStatus | null;
  readonly note: string;
}

/** A blank submission workbook for one unit (报送模板). */
export interface FormFile {
  readonly unit: string;
  /** A file name: 法规科.xlsx. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What 滚动沿用 learned, as plain data: each template's text, and the figures it could not bind. */
export interface LearnOutcome {
  readonly templates: readonly { readonly section: string; readonly order: number; readonly template: string }[];
  /** The 文字模板 sheet to write (the clerk confirms replacing the old one). */
  readonly sheet: OutSheet;
  /** Figures of last year's text that named no indicator: kept as text. */
  readonly unbound: readonly string[];
  /** The sheets a learned 文字模板 replaces, each with the name it is kept under (hidden). */
  readonly retire: readonly (readonly [string, string])[];
}

/**
 * The file work of the clerk's year, with ExcelJS (src/adapters/xlsx/yearFiles.ts): loaded when
 * first needed, so the pane in Excel never loads the writer for a check.
 */
export interface YearFiles {
  /** A copy of the book with the plan's sheets copied in from the department files (styles kept), resubmitted sheets replaced, and 报送记录. */
  applyImport(bytes: Uint8Array, file: string, files: readonly SubmissionFile[], plan: ImportPlan): Promise<Uint8Array>;
  /** Each sheet's column widths in characters (null where the file leaves the default), by sheet name. */
  columnWidths(bytes: Uint8Array, file: string): Promise<Record<string, (number | null)[]>>;
  /** A new workbook holding these sheets (blank forms). */
  writeNew(sheets: readonly OutSheet[]): Promise<Uint8Array>;
  /** Files in one .zip. */
  zip(entries: readonly { readonly name: string; readonly bytes: Uint8Array }[]): Promise<Uint8Array>;
  /** A new .xlsx of the grids with the edits applied (next year's book). */
  writeEdited(grid: WorkbookGrid, edits: BookEdits): Promise<Uint8Array>;
}

/** Saves bytes as a file the clerk downloads (browser page). */
export type DownloadService = (name: string, bytes: Uint8Array, mime: string) => void;
