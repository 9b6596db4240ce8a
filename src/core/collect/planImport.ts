import { isCatalogSheetName, isRulesSheetName, isTemplatesSheetName } from '../catalog/lookup';
import { sheetName } from '../forms/submissionForm';
import type { SheetGrid, WorkbookGrid } from '../grid/types';
import type { OutSheet } from '../output/sheetModel';
import { knownReporters, resolveReporter } from '../submission/reporters';
import type { Figure, SubmissionTable } from '../submission/types';
import { toMatchKey } from '../text/fold';
import { isMetaSheet, readGeneratedTags } from '../workbook/generatedTags';
import { readCompilation, type ReadOptions } from '../workbook/readCompilation';
import { REFUSALS } from './collectLexicon';
import { allAdded, diffFigures, type SubmissionDiff } from './figureDiff';
import { buildImportLog, type LogRow } from './importLog';

/** A department's workbook, read. */
export interface IncomingBook {
  readonly file: string;
  readonly grid: WorkbookGrid;
}

/** One sheet of a file and where it goes: under `as`, replacing the sheet `replaces` (a resubmission) or new. */
export interface PlacedSheet {
  readonly from: string;
  readonly as: string;
  readonly replaces: string | null;
}

/** What importing one file does. */
export interface ImportEntry {
  readonly file: string;
  /** The reporting unit of the file's first submission sheet, as the catalogue spells it. */
  readonly reporter: string | null;
  readonly sheets: readonly PlacedSheet[];
  /** True when the unit already had a sheet, which this file replaces. */
  readonly resubmission: boolean;
  /** Old → new for a resubmission; for a new unit every figure is under `added`. */
  readonly diff: SubmissionDiff;
  /** Sheets of the file left out, with why (a second 指标目录, an empty sheet). */
  readonly notices: readonly string[];
}

/** 导入报送 (SPEC §1 step 3): what importing department files into the compilation workbook does. */
export interface ImportPlan {
  readonly entries: readonly ImportEntry[];
  readonly refused: readonly { readonly file: string; readonly reason: string }[];
  /** The department sheets to write, under their new names, as grids. */
  readonly sheets: readonly SheetGrid[];
  /** 报送记录 with this import's rows appended (Huibian's own sheet). */
  readonly log: OutSheet;
}

/** A submission sheet of the book as the import goes along: what a later file may replace. */
interface Slot {
  readonly name: string;
  readonly layout: 'long' | 'wide';
  readonly unit: string;
  readonly period: string | null;
  readonly figures: readonly Figure[];
  /** The file that placed it in this import (its other sheets never replace it). */
  readonly file?: string;
}

/**
 * Plans an import: each file's submission sheets go in under their unit's sheet (the unit from
 * 填报单位, else the sheet name, else the file name, as the catalogue spells it). A sheet whose
 * unit already has a sheet with figures in common (same unit, indicator and period) replaces
 * it, and the diff lists every figure changed, added and removed; a file later in the same
 * import replaces one earlier. Ledgers replace the sheet of their name; 指标目录, 校验规则 and
 * 文字模板 come in only when the book has none. Nothing is read from a source but its cells.
 */
export function planImport(book: WorkbookGrid, files: readonly IncomingBook[], at: string, options: ReadOptions = {}): ImportPlan {
  const compilation = readCompilation(book, options);
  const catalogSheet = book.sheets.find((s) => s.name === compilation.catalog.sheet) ?? null;
  const known = knownReporters(compilation.catalog);
  const state = new ImportState(book, compilation.submissions);
  const entries: ImportEntry[] = [];
  const refused: { file: string; reason: string }[] = [];
  const logRows: LogRow[] = [];
  for (const file of files) {
    const entry = planFile(file, catalogSheet, known, state, options);
    if (entry.sheets.length === 0) {
      refused.push({ file: file.file, reason: entry.notices[0] ?? REFUSALS.noSheet });
      continue;
    }
    entries.push(entry);
    logRows.push({ at, file: file.file, reporter: entry.reporter, sheets: entry.sheets.map((s) => s.as), resubmission: entry.resubmission, diff: entry.diff });
  }
  const previousLog = book.sheets.find((s) => readGeneratedTags(book).get(s.name) === 'log') ?? null;
  return { entries, refused, sheets: state.written(), log: buildImportLog(previousLog, logRows) };
}

class ImportState {
  private readonly slots: Slot[];
  private readonly names: string[];
  private readonly placed = new Map<string, SheetGrid>();
  /** The kinds of shared sheet (catalog, rules, templates) the book holds. */
  readonly shared: string[];

  constructor(book: WorkbookGrid, tables: readonly SubmissionTable[]) {
    this.slots = tables.map((t) => ({ name: t.sheet, layout: t.layout, unit: t.reporter, period: t.header.period, figures: t.figures }));
    this.names = book.sheets.map((s) => s.name);
    this.shared = book.sheets.filter((s) => isShared(s.name)).map((s) => sharedKind(s.name));
  }

  /**
   * The sheet of this unit and period the new one replaces: the unit's sheet of the same name,
   * else the one of the same layout sharing most figures (a unit may keep a long sheet and a
   * wide one, 劳动监察大队 and its streets' 街道隐患排查); none when nothing is shared.
   */
  target(unit: string, period: string | null, layout: Slot['layout'], figures: readonly Figure[], from: string, file: string): Slot | null {
    const mine = this.slots.filter((s) => s.file !== file && toMatchKey(s.unit) === toMatchKey(unit) && samePeriod(s.period, period));
    const named = mine.find((s) => toMatchKey(s.name) === toMatchKey(from));
    if (named) return named;
    const keys = new Set(figures.map((f) => `${f.reporter}|${f.key}`));
    let best: Slot | null = null;
    let bestShared = 0;
    for (const slot of mine) {
      if (slot.layout !== layout) continue;
      const shared = slot.figures.filter((f) => keys.has(`${f.reporter}|${f.key}`)).length;
      if (shared > bestShared) [best, bestShared] = [slot, shared];
    }
    return best;
  }

  freeName(wanted: readonly string[]): string {
    const taken = (n: string): boolean => this.names.some((x) => x.toLowerCase() === n.toLowerCase());
    for (const w of wanted) if (w && !taken(w)) return w;
    const base = wanted[0] || 'Sheet';
    for (let i = 2; ; i++) {
      const n = `${[...base].slice(0, 26).join('')} (${i})`;
      if (!taken(n)) return n;
    }
  }

  exists(name: string): boolean {
    return this.names.some((x) => x.toLowerCase() === name.toLowerCase());
  }

  place(sheet: SheetGrid, as: string, slot: Omit<Slot, 'name'> | null): void {
    if (!this.exists(as)) this.names.push(as);
    this.placed.set(as.toLowerCase(), { ...sheet, name: as, visibility: sheet.visibility === 'veryHidden' ? 'hidden' : sheet.visibility, generated: undefined });
    const i = this.slots.findIndex((s) => s.name.toLowerCase() === as.toLowerCase());
    if (i >= 0) this.slots.splice(i, 1);
    if (slot) this.slots.push({ ...slot, name: as });
  }

  written(): SheetGrid[] {
    return [...this.placed.values()];
  }
}

function planFile(file: IncomingBook, catalogSheet: SheetGrid | null, known: ReadonlyMap<string, string>, state: ImportState, options: ReadOptions): ImportEntry {
  const tags = readGeneratedTags(file.grid);
  const own = (s: SheetGrid): boolean => tags.has(s.name) || isMetaSheet(s) || s.generated !== undefined;
  const theirs = file.grid.sheets.filter((s) => !own(s));
  // Read with the book's catalogue first, so that units and indicators resolve as the book spells them.
  const read = readCompilation({ name: file.file, sheets: [...(catalogSheet ? [catalogSheet] : []), ...theirs.filter((s) => !isShared(s.name))] }, options);
  const ledgers = new Set(read.ledgers.map((l) => l.sheet));
  const sheets: PlacedSheet[] = [];
  const notices: string[] = [];
  let reporter: string | null = null;
  let diff: SubmissionDiff = { changed: [], added: [], removed: [] };
  for (const sheet of theirs) {
    const table = read.submissions.find((t) => t.sheet === sheet.name);
    if (table) {
      const unit = unitOf(table, file.file, known);
      reporter ??= unit;
      const period = table.header.period;
      // The sheet's own figures belong to its unit (a Sheet1 of 法规科.xlsx), a wide table's rows to theirs.
      const figures = table.figures.map((f) => (f.reporter === table.reporter ? { ...f, reporter: unit } : f));
      const slot = state.target(unit, period, table.layout, figures, sheet.name, file.file);
      const as = slot ? slot.name : state.freeName([sheetName(unit), sheet.name]);
      const side = { figures, periodOf: () => period ?? slot?.period ?? null };
      const d = slot ? diffFigures({ figures: slot.figures, periodOf: side.periodOf }, side) : allAdded(side);
      diff = merged(diff, d, as);
      state.place(sheet, as, { unit, layout: table.layout, period, figures, file: file.file });
      sheets.push({ from: sheet.name, as, replaces: slot?.name ?? null });
    } else if (ledgers.has(sheet.name)) {
      const replaces = state.exists(sheet.name) ? sheet.name : null;
      state.place(sheet, sheet.name, null);
      sheets.push({ from: sheet.name, as: sheet.name, replaces });
    } else if (isShared(sheet.name)) {
      if (state.shared.includes(sharedKind(sheet.name))) {
        notices.push(REFUSALS.sharedTaken(sheet.name));
        continue;
      }
      state.shared.push(sharedKind(sheet.name));
      const as = state.freeName([sheet.name]);
      state.place(sheet, as, null);
      sheets.push({ from: sheet.name, as, replaces: null });
    }
  }
  if (sheets.length === 0 && notices.length === 0) notices.push(theirs.length === 0 ? REFUSALS.ownOnly : REFUSALS.noSheet);
  return { file: file.file, reporter, sheets, resubmission: sheets.some((s) => s.replaces !== null), diff, notices };
}

/**
 * The unit a sheet belongs to: 填报单位, else the sheet name, as the catalogue spells them; when
 * neither names a unit the catalogue knows, the file's name (信访科.xlsx holding Sheet1).
 */
function unitOf(table: SubmissionTable, file: string, known: ReadonlyMap<string, string>): string {
  const isKnown = (u: string): boolean => known.has(toMatchKey(u));
  if (isKnown(table.reporter) || table.header.reporter) return table.reporter;
  const fromFile = resolveReporter([file.replace(/\.[^.]+$/, '')], known);
  return isKnown(fromFile) ? fromFile : table.reporter;
}

function samePeriod(a: string | null, b: string | null): boolean {
  return a === null || b === null || toMatchKey(a) === toMatchKey(b);
}

function isShared(name: string): boolean {
  return isCatalogSheetName(name) || isRulesSheetName(name) || isTemplatesSheetName(name);
}

function sharedKind(name: string): string {
  return isCatalogSheetName(name) ? 'catalog' : isRulesSheetName(name) ? 'rules' : 'templates';
}

function merged(a: SubmissionDiff, b: SubmissionDiff, sheet: string): SubmissionDiff {
  const at = (list: SubmissionDiff['changed']) => list.map((c) => ({ ...c, sheet }));
  return { changed: [...a.changed, ...at(b.changed)], added: [...a.added, ...at(b.added)], removed: [...a.removed, ...at(b.removed)] };
}
