import type { CellRef, OutSheet, WorkbookGrid } from '../../core';
import type { EngineService, EngineSettings, FillOutcome, ImportPlan, SubmissionFile, WorkbookHost } from '../../app/ports';
import { NO_WORKBOOK } from './browserLexicon';

/** What the browser page shows of the workbook it holds. */
export type BrowserHostEvent =
  | { readonly type: 'opened'; readonly name: string; readonly grid: WorkbookGrid }
  | { readonly type: 'written'; readonly grid: WorkbookGrid }
  | { readonly type: 'select'; readonly ref: CellRef }
  | { readonly type: 'highlight'; readonly refs: readonly CellRef[] };

class NoWorkbookError extends Error {
  readonly en = NO_WORKBOOK.en;
  constructor() {
    super(NO_WORKBOOK.zh);
    this.name = 'NoWorkbookError';
  }
}

/**
 * A workbook held in the page (for offices whose spreadsheet has no add-ins): opened from a
 * file, checked and compiled in the engine's worker, written as a copy the clerk downloads.
 * Nothing leaves the page. Highlighting marks cells in the page's grid, not in the file.
 */
export class BrowserWorkbookHost implements WorkbookHost {
  readonly kind = 'browser' as const;
  private current: { name: string; bytes: Uint8Array; grid: WorkbookGrid } | null = null;
  private highlights: CellRef[] = [];

  constructor(
    private readonly engine: EngineService,
    private readonly listener: (event: BrowserHostEvent) => void,
  ) {}

  async open(name: string, bytes: Uint8Array): Promise<WorkbookGrid> {
    const grid = await this.engine.readXlsx(bytes, name);
    this.current = { name, bytes, grid };
    this.highlights = [];
    this.listener({ type: 'opened', name, grid });
    return grid;
  }

  async readGrid(): Promise<WorkbookGrid> {
    if (!this.current) throw new NoWorkbookError();
    return this.current.grid;
  }

  async writeSheets(sheets: readonly OutSheet[]): Promise<ReadonlyMap<string, string>> {
    if (!this.current) throw new NoWorkbookError();
    const { bytes, names } = await this.engine.writeCopy(this.current.bytes, this.current.name, sheets);
    const grid = await this.engine.readXlsx(bytes, this.current.name);
    this.current = { ...this.current, bytes, grid };
    this.listener({ type: 'written', grid });
    return names;
  }

  async select(ref: CellRef): Promise<void> {
    this.listener({ type: 'select', ref });
  }

  async highlight(refs: readonly CellRef[]): Promise<FillOutcome> {
    this.highlights = [...refs];
    this.listener({ type: 'highlight', refs: this.highlights });
    return { cells: refs.length, protectedSheets: [], missingSheets: [] };
  }

  async clearHighlight(): Promise<FillOutcome> {
    const n = this.highlights.length;
    this.highlights = [];
    this.listener({ type: 'highlight', refs: [] });
    return { cells: n, protectedSheets: [], missingSheets: [] };
  }

  /** Applies a confirmed import to the page's copy (the engine replaces resubmitted sheets, logs 报送记录). */
  async writeImport(_plan: ImportPlan, files: readonly SubmissionFile[], settings?: EngineSettings): Promise<void> {
    if (!this.current) throw new NoWorkbookError();
    const { bytes } = await this.engine.applyImport(this.current.bytes, this.current.name, files, settings);
    const grid = await this.engine.readXlsx(bytes, this.current.name);
    this.current = { ...this.current, bytes, grid };
    this.listener({ type: 'written', grid });
  }

  /** Renames and hides sheets in the page's copy (the clerk's old 文字模板 when a learned one replaces it). */
  async retireSheets(renames: readonly (readonly [string, string])[]): Promise<void> {
    if (!this.current) throw new NoWorkbookError();
    const { retireSheets } = await import(/* webpackChunkName: "retire" */ '../xlsx/retireSheets');
    const bytes = await retireSheets(this.current.bytes, new Map(renames));
    const grid = await this.engine.readXlsx(bytes, this.current.name);
    this.current = { ...this.current, bytes, grid };
    this.listener({ type: 'written', grid });
  }

  file(): { name: string; bytes: Uint8Array } | null {
    return this.current ? { name: this.current.name, bytes: this.current.bytes } : null;
  }
}
