/**
 * An in-house fake of the few office-js objects the Excel adapter uses (FIELD-NOTES.md:
 * office-addin-mock has no collections), as strict as real Excel where the documentation says
 * how Excel behaves. Proxy semantics: writes are queued and applied at sync(), in order, and a
 * failing one stops the rest (a batch is not a transaction); a property is readable only after
 * the sync that loaded it. On top of that it enforces, each with a test in fakeExcel.test.ts
 * citing its source:
 * - the 5 MB request and response caps of Excel on the web, counted as calls + objects + the
 *   UTF-8 bytes of the values (fakeExcelRules.ts);
 * - the requirement sets: an API above the profile's set fails the sync with ApiNotFound, and
 *   isSetSupported answers for the profile (ExcelApi 1.7, the declared minimum, or the newest);
 * - cell-edit mode: every batch fails while the clerk is typing in a cell, unless Excel.run was
 *   given delayForCellEdit and the host honours it;
 * - sheets by name: ItemNotFound once a sheet is renamed or deleted; chart sheets are not in
 *   `worksheets` but hold their names; sheet-name rules; hidden sheets cannot be activated;
 * - 255 arguments per function, 8,192 characters per formula, 409-point rows;
 * - protection: a protected sheet, or a workbook with a protected structure, refuses writes.
 * It models how Range.values treats text: "=…", "+…", "-…", "@…" become formulas unless the cell
 * is "@"-formatted or the text starts with an apostrophe.
 */
import type { OfficeRuntime, RunOptions } from '../../src/adapters/excel/runtime';
import { officeError, sheetNameProblem } from './fakeExcelRules';
import { Area, Context, blankCell, cellKey, type FakeCell, type FakeSheet } from './fakeExcelObjects';

export { PAYLOAD_LIMIT } from './fakeExcelRules';
export type { FakeCell, FakeSheet } from './fakeExcelObjects';

/**
 * Which Excel the fake plays: ExcelApi 1.7 (Office 2019 volume editions, the manifest's declared
 * minimum) or the newest set, ExcelApi 1.20 (learn.microsoft.com/javascript/api/requirement-sets/
 * excel/excel-api-requirement-sets).
 */
export type ApiProfile = '1.7' | 'newest';
export const API_PROFILES: readonly ApiProfile[] = ['1.7', 'newest'];
const NEWEST_MINOR = 20;

export interface FakeOptions {
  readonly api?: ApiProfile;
  /** The payload caps apply only to Excel on the web ("This error only occurs in Excel on the web"). */
  readonly platform?: 'web' | 'desktop';
}

export interface FakeStats {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Calls (setters, methods, loads) in the largest request. */
  maxRequestCalls: number;
  /** Batches Excel held back until the clerk left the cell (delayForCellEdit). */
  delayedForEdit: number;
  /** Sheets activated, in order. */
  activated: string[];
  /** worksheets.getItem / getItemOrNullObject calls. */
  sheetLookups: number;
  /** Syncs refused for their size: requests, responses. */
  refusedRequests: number;
  refusedResponses: number;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  /** Chart sheets: not worksheets, but their names are taken. */
  readonly chartSheets: string[] = [];
  readonly stats: FakeStats = { syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0, maxRequestCalls: 0, delayedForEdit: 0, activated: [], sheetLookups: 0, refusedRequests: 0, refusedResponses: 0 };
  /** Sheets written to by name, in order of first write. */
  readonly writtenSheets = new Set<string>();
  /** The clerk is typing in a cell. */
  editing = false;
  /** Review → Protect Workbook (structure): no sheet can be added. */
  structureProtected = false;
  readonly api: ApiProfile;
  readonly platform: 'web' | 'desktop';
  private nextSheetId = 1;

  constructor(options: FakeOptions = {}) {
    this.api = options.api ?? 'newest';
    this.platform = options.platform ?? 'web';
  }

  /** The highest ExcelApi 1.x minor version this Excel supports. */
  get apiMinor(): number {
    return this.api === '1.7' ? 7 : NEWEST_MINOR;
  }

  addSheet(name: string, rows: readonly (readonly (string | number | boolean | null)[])[] = [], formats: Record<string, string> = {}): FakeSheet {
    const sheet: FakeSheet = {
      id: `{${String(this.nextSheetId++).padStart(8, '0')}-0000-4000-8000-000000000000}`,
      name, visibility: 'Visible', cells: new Map(), protected: false, customProperties: new Map(), merges: [], frozenRows: 0, writes: 0,
      columnWidths: new Map(), hiddenColumns: new Set(), rowHeights: new Map(), page: {},
    };
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && sheet.cells.set(cellKey(r, c), { ...blankCell(), value: v })));
    for (const [addr, fmt] of Object.entries(formats)) {
      const { top, left } = Area.parse(addr);
      const cell = sheet.cells.get(cellKey(top, left)) ?? blankCell();
      cell.numberFormat = fmt;
      sheet.cells.set(cellKey(top, left), cell);
    }
    this.sheets.push(sheet);
    return sheet;
  }

  addChartSheet(name: string): void {
    this.chartSheets.push(name);
  }

  /** The clerk renames a sheet in Excel. */
  renameSheet(from: string, to: string): void {
    const s = this.sheet(from);
    if (!s) throw new Error(`no sheet ${from}`);
    s.name = to;
  }

  /** The clerk deletes a sheet in Excel. */
  deleteSheet(name: string): void {
    const i = this.sheets.findIndex((s) => s.name === name);
    if (i >= 0) this.sheets.splice(i, 1);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Whether a worksheet or chart sheet holds this name, ignoring case as Excel does. */
  nameTaken(name: string): boolean {
    const lower = name.toLowerCase();
    return this.sheets.some((s) => s.name.toLowerCase() === lower) || this.chartSheets.some((n) => n.toLowerCase() === lower);
  }

  /** worksheets.add: Excel's name rules, then the sheet. */
  createSheet(name: string): void {
    if (this.structureProtected) throw officeError('InvalidOperation', 'The workbook structure is protected.');
    if (sheetNameProblem(name)) throw officeError('InvalidArgument', `The sheet name "${name}" is not valid (${sheetNameProblem(name)}).`);
    if (this.nameTaken(name)) throw officeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
    this.addSheet(name);
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const { top, left } = Area.parse(address);
    return this.sheet(sheet)?.cells.get(cellKey(top, left));
  }

  /** Excel.run and isSetSupported as this Excel answers them. */
  runtime(): OfficeRuntime {
    return {
      run: async <T>(options: RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
        const context = new Context(this, options, (stats) => this.record(stats));
        return batch(context as unknown as Excel.RequestContext);
      },
      isSetSupported: (name, version) => name === 'ExcelApi' && Number(version.split('.')[0]) === 1 && Number(version.split('.')[1] ?? 0) <= this.apiMinor,
    };
  }

  /** Whether Excel honours Excel.run's delayForCellEdit (assumed absent from 1.7-era builds: the option is unversioned). */
  get honoursDelayForCellEdit(): boolean {
    return this.api === 'newest';
  }

  private record(s: { request: number; response: number; calls: number }): void {
    this.stats.syncs++;
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, s.request);
    this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, s.response);
    this.stats.maxRequestCalls = Math.max(this.stats.maxRequestCalls, s.calls);
  }
}
