/**
 * The proxies of the fake office-js (see fakeExcel.ts): a request context that queues calls,
 * counts the request and response as Excel on the web does, and applies them at sync(), and the
 * few Excel objects the adapter touches. Every object is sealed: setting a property the fake
 * does not model is a TypeError, not a silent no-op.
 */
import type { RunOptions } from '../../src/adapters/excel/runtime';
import type { FakeWorkbook } from './fakeExcel';
import { CALL_BYTES, MAX_FORMULA_CHARS, MAX_FUNCTION_ARGUMENTS, MAX_ROW_HEIGHT, OBJECT_BYTES, PAYLOAD_LIMIT, RESULT_BYTES, formulaShape, officeError, payloadBytes, sheetNameProblem } from './fakeExcelRules';

export interface FakeFont {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  underline?: string;
}

export interface FakeCell {
  value: string | number | boolean | null;
  formula?: string;
  numberFormat: string;
  fill: { color: string; pattern: string; patternColor: string; tintAndShade: number };
  font?: FakeFont;
  borders?: Record<string, { style?: string; color?: string }>;
  align?: { horizontal?: string; vertical?: string; wrap?: boolean };
  hyperlink?: { documentReference?: string; textToDisplay?: string };
}

export interface FakeSheet {
  /** Worksheet.id: stays when the sheet is renamed. */
  readonly id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, FakeCell>;
  protected: boolean;
  customProperties: Map<string, string>;
  merges: Area[];
  frozenRows: number;
  writes: number;
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  page: { orientation?: string; paperSize?: string; zoom?: unknown; printTitleRows?: string };
}

export const cellKey = (r: number, c: number): string => `${r},${c}`;
export const blankCell = (): FakeCell => ({ value: null, numberFormat: 'General', fill: { color: '#FFFFFF', pattern: 'None', patternColor: '', tintAndShade: 0 } });

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
/** "On all platforms, a range is limited to five million cells for get operations" (performance guide). */
const MAX_READ_CELLS = 5_000_000;
const MAX_CELL_CHARS = 32_767;

export class Area {
  constructor(
    readonly top: number,
    readonly left: number,
    readonly rows: number,
    readonly cols: number,
  ) {}

  static parse(address: string): Area {
    const [a, b = a] = address.replace(/^.*!/, '').split(':');
    const p = parseA1(a);
    const q = parseA1(b);
    return new Area(Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.abs(q[0] - p[0]) + 1, Math.abs(q[1] - p[1]) + 1);
  }

  get cells(): number {
    return this.rows * this.cols;
  }

  contains(r: number, c: number): boolean {
    return r >= this.top && r < this.top + this.rows && c >= this.left && c < this.left + this.cols;
  }

  overlaps(o: Area): boolean {
    return this.top < o.top + o.rows && o.top < this.top + this.rows && this.left < o.left + o.cols && o.left < this.left + this.cols;
  }
}

function parseA1(address: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) throw officeError('InvalidArgument', `bad address ${address}`);
  return [Number(m[2]) - 1, m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1];
}

type Load = () => number;

/** Excel.RequestContext: a queue of calls, measured and applied at sync(). */
export class Context {
  private nextId = 1;
  private objects = new Set<number>();
  private calls = 0;
  private valueBytes = 0;
  private ops: (() => void)[] = [];
  private loads: Load[] = [];
  private notFound: string[] = [];
  private nullables: Nullable[] = [];
  readonly workbook: Workbook;
  readonly application: Application;

  constructor(
    readonly book: FakeWorkbook,
    private readonly options: RunOptions,
    private readonly record: (s: { request: number; response: number; calls: number }) => void,
  ) {
    this.workbook = new Workbook(this);
    this.application = this.workbook.application;
    Object.seal(this);
  }

  id(): number {
    return this.nextId++;
  }

  /** A call on `target` carrying `value`; `apply` runs at sync. `needs` is its ExcelApi minor version. */
  call(target: FakeObject, member: string, value: unknown, apply: () => void, needs = 1): void {
    this.touch(target);
    this.calls++;
    if (value !== undefined) this.valueBytes += payloadBytes(value);
    if (needs > this.book.apiMinor) this.notFound.push(`${member} (ExcelApi 1.${needs})`);
    this.ops.push(apply);
  }

  /** A load on `target`: `read` runs at sync and returns the response bytes of what it read. */
  load(target: FakeObject, member: string, read: () => number, needs = 1): void {
    this.touch(target);
    this.calls++;
    if (needs > this.book.apiMinor) this.notFound.push(`${member} (ExcelApi 1.${needs})`);
    this.loads.push(read);
  }

  /** An API used without a call of its own (getRangeByIndexes, getItemOrNullObject…). */
  requires(member: string, needs: number): void {
    if (needs > this.book.apiMinor) this.notFound.push(`${member} (ExcelApi 1.${needs})`);
  }

  nullable(n: Nullable): void {
    this.nullables.push(n);
  }

  private touch(target: FakeObject): void {
    for (let o: FakeObject | null = target; o; o = o.parent) this.objects.add(o.oid);
  }

  get requestBytes(): number {
    return this.calls * CALL_BYTES + this.objects.size * OBJECT_BYTES + this.valueBytes;
  }

  async sync(): Promise<void> {
    const request = this.requestBytes;
    const calls = this.calls;
    const ops = this.ops;
    const loads = this.loads;
    const notFound = this.notFound;
    const nullables = this.nullables;
    this.objects = new Set();
    this.calls = 0;
    this.valueBytes = 0;
    this.ops = [];
    this.loads = [];
    this.notFound = [];
    this.nullables = [];
    const book = this.book;
    if (book.editing) {
      if (this.options.delayForCellEdit && book.honoursDelayForCellEdit) {
        book.editing = false;
        book.stats.delayedForEdit++;
      } else if (book.api === '1.7') {
        throw officeError('InvalidOperation', 'The operation is invalid for the object.');
      } else {
        throw officeError('InvalidOperationInCellEditMode', "The operation isn't available while Excel is in Edit cell mode.");
      }
    }
    if (notFound.length > 0) throw officeError('ApiNotFound', `The API you are trying to use could not be found: ${notFound[0]}.`);
    if (book.platform === 'web' && request > PAYLOAD_LIMIT) {
      book.stats.refusedRequests++;
      throw officeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${request} bytes).`);
    }
    for (const op of ops) op();
    for (const n of nullables) n.resolve();
    let response = 0;
    for (const read of loads) response += read() + RESULT_BYTES;
    if (book.platform === 'web' && response > PAYLOAD_LIMIT) {
      book.stats.refusedResponses++;
      throw officeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${response} bytes).`);
    }
    this.record({ request, response, calls });
  }
}

/** Base of every proxy: an object path in the request, properties readable once loaded. */
abstract class FakeObject {
  readonly oid: number;
  protected readonly loaded = new Map<string, unknown>();

  constructor(
    readonly ctx: Context,
    readonly parent: FakeObject | null,
  ) {
    this.oid = ctx.id();
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw officeError('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    return this.loaded.get(prop) as T;
  }
}

interface Nullable {
  resolve(): void;
}

class Application extends FakeObject {
  constructor(ctx: Context, parent: FakeObject) {
    super(ctx, parent);
    Object.seal(this);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.call(this, 'Application.suspendScreenUpdatingUntilNextSync', undefined, () => undefined, 9);
  }
}

class Workbook extends FakeObject {
  readonly worksheets: Worksheets;
  readonly application: Application;
  readonly protection: WorkbookProtection;

  constructor(ctx: Context) {
    super(ctx, null);
    this.worksheets = new Worksheets(ctx, this);
    this.application = new Application(ctx, this);
    this.protection = new WorkbookProtection(ctx, this);
    Object.seal(this);
  }
}

class WorkbookProtection extends FakeObject {
  constructor(ctx: Context, parent: FakeObject) {
    super(ctx, parent);
    Object.seal(this);
  }

  load(_props: string): void {
    this.ctx.load(this, 'WorkbookProtection.protected', () => (this.loaded.set('protected', this.ctx.book.structureProtected), 8), 7);
  }

  get protected(): boolean {
    return this.read('protected');
  }
}

class Worksheets extends FakeObject {
  constructor(ctx: Context, parent: FakeObject) {
    super(ctx, parent);
    Object.seal(this);
  }

  get items(): Worksheet[] {
    return this.read('items');
  }

  load(_props: string): void {
    this.ctx.load(this, 'WorksheetCollection.load', () => {
      const items = this.ctx.book.sheets.map((s) => {
        const ws = new Worksheet(this.ctx, this, s.name);
        ws.markLoaded(s);
        return ws;
      });
      this.loaded.set('items', items);
      return payloadBytes(this.ctx.book.sheets.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility })));
    });
  }

  getItem(name: string): Worksheet {
    this.ctx.book.stats.sheetLookups++;
    return new Worksheet(this.ctx, this, name);
  }

  getItemOrNullObject(name: string): Worksheet {
    this.ctx.book.stats.sheetLookups++;
    this.ctx.requires('WorksheetCollection.getItemOrNullObject', 4);
    const ws = new Worksheet(this.ctx, this, name, true);
    return ws;
  }

  add(name: string): Worksheet {
    this.ctx.call(this, 'WorksheetCollection.add', name, () => this.ctx.book.createSheet(name));
    return new Worksheet(this.ctx, this, name);
  }
}

class Worksheet extends FakeObject implements Nullable {
  private nullState: boolean | undefined;
  private readonly nav = new Map<string, FakeObject>();

  constructor(
    ctx: Context,
    parent: FakeObject,
    private sheetName: string,
    nullable = false,
  ) {
    super(ctx, parent);
    if (nullable) ctx.nullable(this);
    else this.nullState = false;
    Object.seal(this);
  }

  resolve(): void {
    this.nullState = !this.find();
  }

  /** getItem takes a name or an id ("Gets a worksheet object using its name or ID"). */
  private find(): FakeSheet | undefined {
    return this.ctx.book.sheets.find((s) => s.name === this.sheetName || s.id === this.sheetName);
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw officeError('PropertyNotLoaded', 'isNullObject is known only after context.sync().');
    return this.nullState;
  }

  /** The sheet this proxy names, at the time a call is applied: ItemNotFound once renamed or deleted. */
  state(): FakeSheet {
    const s = this.find();
    if (!s) throw officeError('ItemNotFound', `The requested resource doesn't exist (sheet "${this.sheetName}").`);
    return s;
  }

  markLoaded(s: FakeSheet): void {
    this.loaded.set('id', s.id);
    this.loaded.set('name', s.name);
    this.loaded.set('visibility', s.visibility);
  }

  load(_props: string): void {
    this.ctx.load(this, 'Worksheet.load', () => {
      if (this.nullState === true) return 4;
      const s = this.state();
      this.markLoaded(s);
      return payloadBytes({ id: s.id, name: s.name, visibility: s.visibility });
    });
  }

  get id(): string {
    return this.read('id');
  }

  get name(): string {
    return this.read('name');
  }

  set name(to: string) {
    this.ctx.call(this, 'Worksheet.name', to, () => {
      const s = this.state();
      if (sheetNameProblem(to)) throw officeError('InvalidArgument', `The sheet name "${to}" is not valid.`);
      if (to.toLowerCase() !== s.name.toLowerCase() && this.ctx.book.nameTaken(to)) throw officeError('ItemAlreadyExists', `A sheet named "${to}" already exists.`);
      s.name = to;
      this.sheetName = to;
    });
  }

  get visibility(): string {
    return this.read('visibility');
  }

  set visibility(v: string) {
    this.ctx.call(this, 'Worksheet.visibility', v, () => (this.state().visibility = v as FakeSheet['visibility']), 2);
  }

  /** Navigation properties give the same object each time, as office-js's do. */
  private child<T extends FakeObject>(key: string, make: () => T): T {
    if (!this.nav.has(key)) this.nav.set(key, make());
    return this.nav.get(key) as T;
  }

  get protection(): WorksheetProtection {
    return this.child('protection', () => new WorksheetProtection(this.ctx, this, () => this.state()));
  }

  get customProperties(): CustomProperties {
    return this.child('customProperties', () => new CustomProperties(this.ctx, this, () => this.state()));
  }

  get freezePanes(): FreezePanes {
    return this.child('freezePanes', () => new FreezePanes(this.ctx, this, () => this.state()));
  }

  get pageLayout(): PageLayout {
    return this.child('pageLayout', () => new PageLayout(this.ctx, this, () => this.state()));
  }

  /** A hidden sheet cannot be the active one (Excel shows only visible sheets' tabs). */
  activate(): void {
    this.ctx.call(this, 'Worksheet.activate', undefined, () => {
      const s = this.state();
      if (s.visibility !== 'Visible') throw officeError('InvalidOperation', `Sheet "${s.name}" is ${s.visibility.toLowerCase()} and cannot be activated.`);
      this.ctx.book.stats.activated.push(s.name);
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    this.ctx.requires('Worksheet.getUsedRangeOrNullObject', 4);
    return new Range(this.ctx, this, () => this.usedArea(valuesOnly === true), true);
  }

  getRangeByIndexes(top: number, left: number, rows: number, cols: number): Range {
    this.ctx.requires('Worksheet.getRangeByIndexes', 7);
    if (rows < 1 || cols < 1 || top + rows > MAX_ROWS || left + cols > MAX_COLS) throw officeError('InvalidArgument', 'range out of the sheet');
    const area = new Area(top, left, rows, cols);
    return new Range(this.ctx, this, () => area);
  }

  getRange(address?: string): Range {
    const area = address ? Area.parse(address) : new Area(0, 0, MAX_ROWS, MAX_COLS);
    return new Range(this.ctx, this, () => area);
  }

  private usedArea(_valuesOnly: boolean): Area | null {
    if (this.isNullObject) return null;
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    for (const [k, cell] of this.state().cells) {
      if (cell.value === null && !cell.formula) continue;
      const [r, c] = k.split(',').map(Number);
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : new Area(top, left, bottom - top + 1, right - left + 1);
  }
}

class WorksheetProtection extends FakeObject {
  constructor(
    ctx: Context,
    parent: FakeObject,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx, parent);
    Object.seal(this);
  }

  load(_props: string): void {
    this.ctx.load(this, 'WorksheetProtection.protected', () => (this.loaded.set('protected', this.sheet().protected), 8), 2);
  }

  get protected(): boolean {
    return this.read('protected');
  }
}

class CustomProperties extends FakeObject {
  constructor(
    ctx: Context,
    parent: FakeObject,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx, parent);
    Object.seal(this);
  }

  add(key: string, value: string): void {
    this.ctx.call(this, 'WorksheetCustomPropertyCollection.add', [key, value], () => this.sheet().customProperties.set(key, value), 12);
  }

  getItemOrNullObject(key: string): CustomProperty {
    this.ctx.requires('WorksheetCustomPropertyCollection.getItemOrNullObject', 12);
    return new CustomProperty(this.ctx, this, () => this.sheet().customProperties.get(key));
  }
}

class CustomProperty extends FakeObject implements Nullable {
  private nullState: boolean | undefined;

  constructor(
    ctx: Context,
    parent: FakeObject,
    private readonly value_: () => string | undefined,
  ) {
    super(ctx, parent);
    ctx.nullable(this);
    Object.seal(this);
  }

  resolve(): void {
    this.nullState = this.value_() === undefined;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw officeError('PropertyNotLoaded', 'isNullObject is known only after context.sync().');
    return this.nullState;
  }

  load(_props: string): void {
    this.ctx.load(this, 'WorksheetCustomProperty.value', () => (this.loaded.set('value', this.value_() ?? null), payloadBytes(this.value_() ?? null)), 12);
  }

  get value(): string {
    return this.read('value');
  }
}

class FreezePanes extends FakeObject {
  constructor(
    ctx: Context,
    parent: FakeObject,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx, parent);
    Object.seal(this);
  }

  freezeRows(n: number): void {
    this.ctx.call(this, 'WorksheetFreezePanes.freezeRows', n, () => (this.sheet().frozenRows = n), 7);
  }
}

class PageLayout extends FakeObject {
  constructor(
    ctx: Context,
    parent: FakeObject,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx, parent);
    Object.seal(this);
  }

  set orientation(v: string) {
    this.ctx.call(this, 'PageLayout.orientation', v, () => (this.sheet().page.orientation = v), 9);
  }

  set paperSize(v: string) {
    this.ctx.call(this, 'PageLayout.paperSize', v, () => (this.sheet().page.paperSize = v), 9);
  }

  set zoom(v: unknown) {
    this.ctx.call(this, 'PageLayout.zoom', v, () => (this.sheet().page.zoom = v), 9);
  }

  setPrintTitleRows(rows: string): void {
    this.ctx.call(this, 'PageLayout.setPrintTitleRows', rows, () => (this.sheet().page.printTitleRows = rows), 9);
  }
}

export type AreaSource = () => Area | null;

export class Range extends FakeObject implements Nullable {
  private nullState: boolean | undefined;
  private whole: 'columns' | 'rows' | null = null;
  private format_: RangeFormat | null = null;

  constructor(
    ctx: Context,
    readonly ws: Worksheet,
    private readonly area: AreaSource,
    nullable = false,
  ) {
    super(ctx, ws);
    if (nullable) ctx.nullable(this);
    else this.nullState = false;
    Object.seal(this);
  }

  resolve(): void {
    this.nullState = this.area() === null;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw officeError('PropertyNotLoaded', 'isNullObject is known only after context.sync().');
    return this.nullState;
  }

  sheet(): FakeSheet {
    return this.ws.state();
  }

  box(): Area {
    const a = this.area();
    if (!a) throw officeError('ItemNotFound', 'The range is a null object.');
    return a;
  }

  load(props: string): void {
    this.ctx.load(this, 'Range.load', () => {
      const a = this.area();
      if (!a) return 4;
      let bytes = 0;
      for (const prop of props.split(',').map((p) => p.trim())) {
        let v: unknown;
        if (prop === 'rowIndex') v = a.top;
        else if (prop === 'columnIndex') v = a.left;
        else if (prop === 'rowCount') v = a.rows;
        else if (prop === 'columnCount') v = a.cols;
        else if (prop === 'values' || prop === 'numberFormat' || prop === 'valueTypes' || prop === 'formulas') {
          if (a.cells > MAX_READ_CELLS) throw officeError('RangeExceedsLimit', 'The cell count in the range has exceeded the maximum supported number.');
          v = this.matrix(prop, a);
        } else throw new TypeError(`the fake does not model Range.${prop}`);
        this.loaded.set(prop, v);
        bytes += payloadBytes(v);
      }
      return bytes;
    });
  }

  private matrix(prop: string, box: Area): unknown[][] {
    const cells = this.sheet().cells;
    const out: unknown[][] = [];
    for (let r = box.top; r < box.top + box.rows; r++) {
      const row: unknown[] = [];
      for (let c = box.left; c < box.left + box.cols; c++) {
        const cell = cells.get(cellKey(r, c));
        if (prop === 'values') row.push(cell?.formula ? (cell.value ?? 0) : (cell?.value ?? ''));
        else if (prop === 'numberFormat') row.push(cell?.numberFormat ?? 'General');
        else if (prop === 'formulas') row.push(cell?.formula ?? cell?.value ?? '');
        else row.push(typeOf(cell));
      }
      out.push(row);
    }
    return out;
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }

  set numberFormat(formats: unknown[][]) {
    this.ctx.call(this, 'Range.numberFormat', formats, () => this.each(formats, (cell, f) => (cell.numberFormat = String(f))));
  }

  set values(values: unknown[][]) {
    this.ctx.call(this, 'Range.values', values, () => this.each(values, enterValue));
  }

  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.ctx.call(this, 'Range.hyperlink', link, () => this.each([[link]], (cell) => (cell.hyperlink = link)), 7);
  }

  set columnHidden(hidden: boolean) {
    this.ctx.call(this, 'Range.columnHidden', hidden, () => {
      const box = this.writable();
      for (let c = box.left; c < box.left + box.cols; c++) {
        if (hidden) this.sheet().hiddenColumns.add(c);
        else this.sheet().hiddenColumns.delete(c);
      }
    }, 2);
  }

  /** The box to write, refusing a protected sheet or a workbook whose structure is protected. */
  writable(): Area {
    const s = this.sheet();
    if (s.protected) throw officeError('InvalidOperation', `Sheet "${s.name}" is protected.`);
    s.writes++;
    this.ctx.book.writtenSheets.add(s.name);
    return this.box();
  }

  private each(matrix: unknown[][], fn: (cell: FakeCell, v: unknown) => void): void {
    const box = this.writable();
    if (matrix.length !== box.rows || matrix.some((row) => row.length !== box.cols)) {
      throw officeError('InvalidArgument', `dimensions ${matrix.length}×${matrix[0]?.length} do not match ${box.rows}×${box.cols}`);
    }
    const cells = this.sheet().cells;
    matrix.forEach((row, i) =>
      row.forEach((v, j) => {
        const k = cellKey(box.top + i, box.left + j);
        const cell = cells.get(k) ?? blankCell();
        fn(cell, v);
        cells.set(k, cell);
      }),
    );
  }

  /** Every cell of the box (created when absent), for format setters. */
  forCells(fn: (cell: FakeCell) => void): void {
    const box = this.writable();
    if (this.whole) throw new TypeError('the fake does not model cell formats on entire rows or columns');
    if (box.cells > 2_000_000) throw new TypeError('the fake does not model formats on ranges this large');
    const cells = this.sheet().cells;
    for (let r = box.top; r < box.top + box.rows; r++) {
      for (let c = box.left; c < box.left + box.cols; c++) {
        const cell = cells.get(cellKey(r, c)) ?? blankCell();
        fn(cell);
        cells.set(cellKey(r, c), cell);
      }
    }
  }

  clear(_what?: string): void {
    this.ctx.call(this, 'Range.clear', _what ?? 'All', () => {
      const box = this.writable();
      const cells = this.sheet().cells;
      const contentsOnly = _what === 'Contents';
      for (const [k, cell] of [...cells]) {
        const [r, c] = k.split(',').map(Number);
        if (!box.contains(r, c)) continue;
        if (contentsOnly) {
          cell.value = null;
          delete cell.formula;
          delete cell.hyperlink;
        } else cells.delete(k);
      }
    });
  }

  merge(_across?: boolean): void {
    this.ctx.call(this, 'Range.merge', _across ?? false, () => {
      const box = this.writable();
      const s = this.sheet();
      if (s.merges.some((m) => m.overlaps(box))) throw officeError('InvalidOperation', 'Cannot merge cells that overlap a merged area.');
      s.merges.push(box);
    });
  }

  unmerge(): void {
    this.ctx.call(this, 'Range.unmerge', undefined, () => {
      const box = this.writable();
      const s = this.sheet();
      s.merges = s.merges.filter((m) => !m.overlaps(box));
    });
  }

  select(): void {
    this.ctx.call(this, 'Range.select', undefined, () => {
      const s = this.sheet();
      if (s.visibility !== 'Visible') throw officeError('InvalidOperation', `Sheet "${s.name}" is hidden; its cells cannot be selected.`);
      this.box();
    });
  }

  getEntireColumn(): Range {
    const r = new Range(this.ctx, this.ws, () => {
      const b = this.box();
      return new Area(0, b.left, MAX_ROWS, b.cols);
    });
    r.whole = 'columns';
    return r;
  }

  getEntireRow(): Range {
    const r = new Range(this.ctx, this.ws, () => {
      const b = this.box();
      return new Area(b.top, 0, b.rows, MAX_COLS);
    });
    r.whole = 'rows';
    return r;
  }

  get format(): RangeFormat {
    this.format_ ??= new RangeFormat(this.ctx, this);
    return this.format_;
  }
}

class RangeFormat extends FakeObject {
  private font_: RangeFont | null = null;
  private fill_: RangeFill | null = null;
  private borders_: Borders | null = null;

  constructor(
    ctx: Context,
    readonly range: Range,
  ) {
    super(ctx, range);
    Object.seal(this);
  }

  get font(): RangeFont {
    this.font_ ??= new RangeFont(this.ctx, this);
    return this.font_;
  }

  get fill(): RangeFill {
    this.fill_ ??= new RangeFill(this.ctx, this);
    return this.fill_;
  }

  get borders(): Borders {
    this.borders_ ??= new Borders(this.ctx, this);
    return this.borders_;
  }

  set horizontalAlignment(v: string) {
    this.ctx.call(this, 'RangeFormat.horizontalAlignment', v, () => this.range.forCells((c) => (c.align = { ...c.align, horizontal: v })));
  }

  set verticalAlignment(v: string) {
    this.ctx.call(this, 'RangeFormat.verticalAlignment', v, () => this.range.forCells((c) => (c.align = { ...c.align, vertical: v })));
  }

  set wrapText(v: boolean) {
    this.ctx.call(this, 'RangeFormat.wrapText', v, () => this.range.forCells((c) => (c.align = { ...c.align, wrap: v })));
  }

  set columnWidth(points: number) {
    this.ctx.call(this, 'RangeFormat.columnWidth', points, () => {
      const box = this.range.writable();
      for (let c = box.left; c < box.left + box.cols; c++) this.range.sheet().columnWidths.set(c, points);
    });
  }

  /** Excel's rows are at most 409 points high. */
  set rowHeight(points: number) {
    this.ctx.call(this, 'RangeFormat.rowHeight', points, () => {
      if (!(points >= 0 && points <= MAX_ROW_HEIGHT)) throw officeError('InvalidArgument', `Row height ${points} is outside 0–${MAX_ROW_HEIGHT} points.`);
      const box = this.range.writable();
      for (let r = box.top; r < box.top + box.rows; r++) this.range.sheet().rowHeights.set(r, points);
    });
  }
}

class RangeFont extends FakeObject {
  constructor(
    ctx: Context,
    private readonly format: RangeFormat,
  ) {
    super(ctx, format);
    Object.seal(this);
  }

  private set_<K extends keyof FakeFont>(key: K, v: FakeFont[K]): void {
    this.ctx.call(this, `RangeFont.${key}`, v, () => this.format.range.forCells((c) => (c.font = { ...c.font, [key]: v })));
  }

  set name(v: string) {
    this.set_('name', v);
  }
  set size(v: number) {
    this.set_('size', v);
  }
  set bold(v: boolean) {
    this.set_('bold', v);
  }
  set italic(v: boolean) {
    this.set_('italic', v);
  }
  set color(v: string) {
    this.set_('color', v);
  }
  set underline(v: string) {
    this.set_('underline', v);
  }
}

const FILL_PATTERN_PROPS = new Set(['pattern', 'patternColor', 'tintAndShade']);

class RangeFill extends FakeObject {
  constructor(
    ctx: Context,
    private readonly format: RangeFormat,
  ) {
    super(ctx, format);
    Object.seal(this);
  }

  load(props: string): void {
    const list = props.split(',').map((p) => p.trim());
    const needs = list.some((p) => FILL_PATTERN_PROPS.has(p)) ? 9 : 1;
    this.ctx.load(this, `RangeFill.load(${props})`, () => {
      const box = this.format.range.box();
      const cell = this.format.range.sheet().cells.get(cellKey(box.top, box.left)) ?? blankCell();
      for (const p of list) this.loaded.set(p, (cell.fill as Record<string, unknown>)[p]);
      return payloadBytes(cell.fill);
    }, needs);
  }

  clear(): void {
    this.ctx.call(this, 'RangeFill.clear', undefined, () => this.format.range.forCells((c) => (c.fill = blankCell().fill)));
  }

  private set_(key: keyof FakeCell['fill'], v: string | number, needs: number): void {
    this.ctx.call(this, `RangeFill.${key}`, v, () => this.format.range.forCells((c) => ((c.fill as Record<string, unknown>)[key] = v)), needs);
  }

  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.set_('color', v, 1);
  }
  get pattern(): string {
    return this.read('pattern');
  }
  set pattern(v: string) {
    this.set_('pattern', v, 9);
  }
  get patternColor(): string {
    return this.read('patternColor');
  }
  set patternColor(v: string) {
    this.set_('patternColor', v, 9);
  }
  get tintAndShade(): number {
    return this.read('tintAndShade');
  }
  set tintAndShade(v: number) {
    this.set_('tintAndShade', v, 9);
  }
}

class Borders extends FakeObject {
  constructor(
    ctx: Context,
    readonly format: RangeFormat,
  ) {
    super(ctx, format);
    Object.seal(this);
  }

  getItem(edge: string): Border {
    return new Border(this.ctx, this, edge);
  }
}

class Border extends FakeObject {
  constructor(
    ctx: Context,
    private readonly borders: Borders,
    private readonly edge: string,
  ) {
    super(ctx, borders);
    Object.seal(this);
  }

  private set_(key: 'style' | 'color', v: string): void {
    this.ctx.call(this, `RangeBorder.${key}`, v, () =>
      this.borders.format.range.forCells((c) => {
        c.borders = { ...c.borders, [this.edge]: { ...c.borders?.[this.edge], [key]: v } };
      }),
    );
  }

  set style(v: string) {
    this.set_('style', v);
  }
  set color(v: string) {
    this.set_('color', v);
  }
}

/** How Excel takes a value written through Range.values into a cell. */
function enterValue(cell: FakeCell, v: unknown): void {
  delete cell.formula;
  if (v === '' || v === null || v === undefined) {
    cell.value = null;
    return;
  }
  if (typeof v !== 'string') {
    cell.value = v as number | boolean;
    return;
  }
  if (v.length > MAX_CELL_CHARS) throw officeError('InvalidArgument', `A cell holds at most ${MAX_CELL_CHARS} characters.`);
  if (v.startsWith("'")) {
    cell.value = v.slice(1);
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = v;
    return;
  }
  if (/^[=+\-@]/.test(v) && !/^[+-]\d+(\.\d+)?$/.test(v)) {
    const formula = v.startsWith('=') ? v : `=${v}`;
    const shape = formulaShape(formula);
    if (shape.length > MAX_FORMULA_CHARS) throw officeError('FormulaLengthExceedsLimit', `The formula is ${shape.length} characters long; Excel allows ${MAX_FORMULA_CHARS}.`);
    if (shape.maxArguments > MAX_FUNCTION_ARGUMENTS) throw officeError('InvalidArgument', `A function has ${shape.maxArguments} arguments; Excel allows ${MAX_FUNCTION_ARGUMENTS}.`);
    cell.formula = formula;
    cell.value = null;
    return;
  }
  cell.value = /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
}

function typeOf(cell: FakeCell | undefined): string {
  if (!cell || (cell.value === null && !cell.formula)) return 'Empty';
  if (typeof cell.value === 'string' && /^#(DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!)$/.test(cell.value)) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}
