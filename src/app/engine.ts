import { compileOutputs, readCompilation, readFindingNotes, readGeneratedTags, toDecimal, type OutSheet, type ReadOptions, type WorkbookGrid } from '../core';
import { checkForPane, compileForPane, verifyForPane, type CompileOutcome, type DraftOutcome, type PaneReport } from './paneReport';
import type { EngineService, EngineSettings } from './ports';

/** What the engine needs from the file adapters (ExcelJS, docx), injected so app stays host-free. */
export interface FileAdapters {
  readXlsx(bytes: Uint8Array, file: string): Promise<WorkbookGrid>;
  writeCopy(bytes: Uint8Array, file: string, sheets: readonly OutSheet[]): Promise<{ bytes: Uint8Array; names: ReadonlyMap<string, string> }>;
  writeDocx(narrative: ReturnType<typeof compileOutputs>['narrative'], summary: ReturnType<typeof compileOutputs>['summary']): Promise<Uint8Array>;
}

function notesOf(grid: WorkbookGrid): Map<string, string> {
  const tags = readGeneratedTags(grid);
  const sheet = grid.sheets.find((s) => tags.get(s.name) === 'findings');
  return sheet ? readFindingNotes(sheet) : new Map();
}

/** Reading options from the clerk's settings. */
export function readOptionsOf(settings: EngineSettings = {}): ReadOptions {
  const t = settings.defaultYoyThreshold;
  return {
    ...(settings.defaultRounding ? { defaultRounding: settings.defaultRounding } : {}),
    ...(t !== undefined ? { defaultYoyThreshold: t === null ? null : toDecimal(String(t)) } : {}),
  };
}

/** The engine in this thread: used by the Web Worker, and by tests. */
export function inProcessEngine(files: FileAdapters): EngineService {
  return {
    async check(grid: WorkbookGrid, settings?: EngineSettings): Promise<PaneReport> {
      return checkForPane(readCompilation(grid, readOptionsOf(settings)));
    },
    async compile(grid: WorkbookGrid, settings: EngineSettings = {}): Promise<CompileOutcome> {
      return compileForPane(readCompilation(grid, readOptionsOf(settings)), settings, notesOf(grid));
    },
    async verifyText(text: string, grid: WorkbookGrid, settings?: EngineSettings): Promise<DraftOutcome> {
      return verifyForPane(text, readCompilation(grid, readOptionsOf(settings)));
    },
    async docx(grid: WorkbookGrid, settings: EngineSettings = {}): Promise<Uint8Array> {
      const out = compileOutputs(readCompilation(grid, readOptionsOf(settings)), { compiler: settings.compiler ?? null });
      return files.writeDocx(out.narrative, out.summary);
    },
    readXlsx: (bytes, file) => files.readXlsx(bytes, file),
    writeCopy: (bytes, file, sheets) => files.writeCopy(bytes, file, sheets),
  };
}
