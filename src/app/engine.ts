import { buildTemplatesSheet, type CompiledOutputs, type ImportPlan, type IncomingBook, type OutSheet, type SheetGrid, type WorkbookGrid } from '../core';
import { learnFromLastYear, templatesToRetire, verifyDraftText } from './draft';
import type { EngineService, FormFile, LearnOutcome, SubmissionFile, YearFiles } from './ports';
import { toDraftOutcome, toPaneReport } from './present';
import { checkWorkbook, compileWorkbook } from './useCases';
import { acceptFindings, diffWorkbooks, formsForYear, planSubmissions, rolloverEdits } from './year';

/** What the engine needs from the file adapters (SheetJS reads, ExcelJS writes, docx), injected so app stays host-free. */
export interface FileAdapters {
  readXlsx(bytes: Uint8Array, file: string): Promise<WorkbookGrid>;
  writeCopy(bytes: Uint8Array, file: string, sheets: readonly OutSheet[]): Promise<{ bytes: Uint8Array; names: ReadonlyMap<string, string> }>;
  writeDocx(narrative: CompiledOutputs['narrative'], summary: CompiledOutputs['summary']): Promise<Uint8Array>;
  /** The year's file work (import, forms, rollover); loaded when first used. */
  year?: () => Promise<YearFiles>;
}

/** The engine in this thread, over the same use cases as the CLI: used by the Web Worker, and by tests. */
export function inProcessEngine(files: FileAdapters): EngineService {
  return {
    async check(grid, settings) {
      const report = checkWorkbook(grid, settings);
      return toPaneReport(report.compilation, report.findings, report.decisions);
    },
    async compile(grid, settings) {
      const out = compileWorkbook(grid, settings);
      return { report: toPaneReport(out.compilation, out.findings, out.decisions), sheets: out.sheets, narrative: out.narrative, title: out.narrative.title };
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
    ...yearMethods(files),
  };
}

type YearMethods = Pick<EngineService, 'planImport' | 'applyImport' | 'diff' | 'accept' | 'forms' | 'formsZip' | 'learn' | 'rollover'>;

/** The clerk's year (issue 14): collect, accept, forms, learn, roll over. */
function yearMethods(files: FileAdapters): YearMethods {
  const year = async (): Promise<YearFiles> => {
    if (!files.year) throw new Error('year files not wired');
    return files.year();
  };
  const methods: YearMethods = {
    async planImport(grid, list, settings) {
      const { read, refused } = await readAll(files, list);
      const plan = planSubmissions(grid, read, settings);
      const sheets = files.year ? await withWidths(await year(), plan, list) : plan.sheets;
      return { ...plan, sheets, refused: [...refused, ...plan.refused] };
    },
    async applyImport(bytes, file, list, settings) {
      const plan = await methods.planImport(await files.readXlsx(bytes, file), list, settings);
      return { bytes: await (await year()).applyImport(bytes, file, list, plan), plan };
    },
    diff: async (before, after, settings) => diffWorkbooks(before, after, settings),
    accept: async (grid, settings, decisions) => acceptFindings(grid, settings, decisions),
    async forms(grid, settings, y) {
      const writer = await year();
      const out: FormFile[] = [];
      for (const f of formsForYear(grid, settings, y)) out.push({ unit: f.unit, name: f.name, bytes: await writer.writeNew([f.sheet]) });
      return out;
    },
    formsZip: async (grid, settings, y) => (await year()).zip(await methods.forms(grid, settings, y)),
    async learn(text, grid, settings): Promise<LearnOutcome> {
      const learned = learnFromLastYear(text, grid, settings);
      const unbound = learned.findings.map((f) => f.refs[0]).map((r) => (r && 'text' in r ? r.text : ''));
      return { templates: learned.templates, sheet: buildTemplatesSheet(learned.templates), unbound, retire: [...templatesToRetire(grid)] };
    },
    rollover: async (grid, settings, y) => (await year()).writeEdited(grid, rolloverEdits(grid, settings, y)),
  };
  return methods;
}

/** Each department file read, or refused with its one-line reason. */
async function readAll(files: FileAdapters, list: readonly SubmissionFile[]): Promise<{ read: IncomingBook[]; refused: { file: string; reason: string }[] }> {
  const read: IncomingBook[] = [];
  const refused: { file: string; reason: string }[] = [];
  for (const f of list) {
    try {
      read.push({ file: f.file, grid: await files.readXlsx(f.bytes, f.file) });
    } catch (e) {
      refused.push({ file: f.file, reason: (e instanceof Error ? e.message : String(e)).split('\n')[0] });
    }
  }
  return { read, refused };
}

/** The sheets to write with their columns as wide as in the department's file (office-js writes them as grids). */
async function withWidths(writer: YearFiles, plan: ImportPlan, list: readonly SubmissionFile[]): Promise<readonly SheetGrid[]> {
  const widths = new Map<string, (number | null)[]>();
  for (const entry of plan.entries) {
    const source = list.find((f) => f.file === entry.file);
    const bySheet = source ? await writer.columnWidths(source.bytes, source.file).catch((): Record<string, (number | null)[]> => ({})) : {};
    for (const s of entry.sheets) if (bySheet[s.from]) widths.set(s.as, bySheet[s.from]);
  }
  return plan.sheets.map((s) => (widths.has(s.name) ? { ...s, columnWidths: widths.get(s.name) } : s));
}
