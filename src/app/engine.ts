import { compileOutputs, readCompilation, readFindingNotes, readGeneratedTags, type OutSheet, type WorkbookGrid } from '../core';
import { checkForPane, compileForPane, verifyForPane, type CompileOutcome, type DraftOutcome, type PaneReport } from './paneReport';
import type { CompileRequestOptions, EngineService } from './ports';

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

/** The engine in this thread: used by the Web Worker, and by tests. */
export function inProcessEngine(files: FileAdapters): EngineService {
  return {
    async check(grid: WorkbookGrid): Promise<PaneReport> {
      return checkForPane(readCompilation(grid));
    },
    async compile(grid: WorkbookGrid, options: CompileRequestOptions): Promise<CompileOutcome> {
      return compileForPane(readCompilation(grid), options, notesOf(grid));
    },
    async verifyText(text: string, grid: WorkbookGrid): Promise<DraftOutcome> {
      return verifyForPane(text, readCompilation(grid));
    },
    async docx(grid: WorkbookGrid, options: CompileRequestOptions): Promise<Uint8Array> {
      const out = compileOutputs(readCompilation(grid), { compiler: options.compiler ?? null });
      return files.writeDocx(out.narrative, out.summary);
    },
    readXlsx: (bytes, file) => files.readXlsx(bytes, file),
    writeCopy: (bytes, file, sheets) => files.writeCopy(bytes, file, sheets),
  };
}
