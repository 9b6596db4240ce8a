import type { CellRef, Language } from '../core';
import type { DownloadService, EngineService, WorkbookHost } from '../app/ports';

/** What the pane is given by its composition root: it never reaches for office-js itself. */
export interface PaneServices {
  readonly host: WorkbookHost;
  readonly engine: EngineService;
  readonly language: Language;
  /** Saves a file (Word document, compiled workbook). */
  readonly download: DownloadService;
  /** Browser page only: the current workbook's bytes after writing, for download. */
  readonly workbookBytes?: () => { readonly name: string; readonly bytes: Uint8Array } | null;
  /** Called after the pane selected a cell (the browser page scrolls its grid to it). */
  readonly onSelect?: (ref: CellRef) => void;
}
