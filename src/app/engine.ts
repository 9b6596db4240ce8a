import type { CompiledOutputs, OutSheet, WorkbookGrid } from '../core';
import { verifyDraftText } from './draft';
import type { EngineService } from './ports';
import { toDraftOutcome, toPaneReport } from './present';
import { checkWorkbook, compileWorkbook } from './useCases';

/** What the engine needs from the file adapters (SheetJS/ExcelJS, docx), injected so app stays host-free. */
export interface FileAdapters {
  readXlsx(bytes: Uint8Array, file: string): Promise<WorkbookGrid>;
  writeCopy(bytes: Uint8Array, file: string, sheets: readonly OutSheet[]): Promise<{ bytes: Uint8Array; names: ReadonlyMap<string, string> }>;
  writeDocx(narrative: CompiledOutputs['narrative'], summary: CompiledOutputs['summary']): Promise<Uint8Array>;
}

/** The engine in this thread, over the same use cases as the CLI: used by the Web Worker, and by tests. */
export function inProcessEngine(files: FileAdapters): EngineService {
  return {
    async check(grid, settings) {
      const report = checkWorkbook(grid, settings);
      return toPaneReport(report.compilation, report.findings);
    },
    async compile(grid, settings) {
      const out = compileWorkbook(grid, settings);
      return { report: toPaneReport(out.compilation, out.findings), sheets: out.sheets, narrative: out.narrative, title: out.narrative.title };
    },
    async verifyText(text, grid, settings) {
      return toDraftOutcome(verifyDraftText(text, grid, settings));
    },
    async docx(grid, settings) {
      const out = compileWorkbook(grid, settings);
      return files.writeDocx(out.narrative, out.summary);
    },
    readXlsx: (bytes, file) => files.readXlsx(bytes, file),
    writeCopy: (bytes, file, sheets) => files.writeCopy(bytes, file, sheets),
  };
}
