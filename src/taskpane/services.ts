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

/** What the host can do beyond reading and writing sheets. */
export interface HostAbilities {
  /** Browser page: the compiled workbook can be downloaded. */
  readonly downloadWorkbook: boolean;
  /** Department files can be imported (导入报送). */
  readonly importSubmissions: boolean;
  /** New workbooks open in Excel (ExcelApi 1.8) instead of downloading. */
  readonly createWorkbook: boolean;
}

/** What the pane offers beyond sheets, by what the host and services can do. */
export function abilitiesOf(services: PaneServices): HostAbilities {
  return { downloadWorkbook: services.workbookBytes !== undefined, importSubmissions: services.host.writeImport !== undefined, createWorkbook: services.host.createWorkbook !== undefined };
}
