/**
 * An in-house fake of the few office-js objects the Excel adapter uses (FIELD-NOTES.md:
 * office-addin-mock has no collections). It keeps office-js's proxy semantics: writes are
 * queued and applied at sync(), loaded properties are readable only after the sync that loads
 * them (reading another throws PropertyNotLoaded), and every sync's request and response are
 * measured against Excel on the web's 5 MB caps. It models how Range.values treats text:
 * "=…", "+…", "-…", "@…" become formulas unless the cell is "@"-formatted or the text starts
 * with an apostrophe.
 */
import type { OfficeRuntime } from '../../src/adapters/excel/runtime';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface FakeCell {
  value: string | number | boolean | null;
  formula?: string;
  numberFormat: string;
  fill: { color: string; pattern: string; patternColor: string; tintAndShade: number };
  hyperlink?: { documentReference?: string; textToDisplay?: string };
  bold?: boolean;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, FakeCell>;
  protected: boolean;
  customProperties: Map<string, string>;
  merges: string[];
  frozenRows: number;
  writes: number;
  orientation?: string;
}

export interface FakeStats {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Bytes written into each sheet, by name. */
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly stats: FakeStats = { syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0 };
  /** Sheets written to by name, in order of first write. */
  readonly writtenSheets = new Set<string>();

  addSheet(name: string, rows: readonly (readonly (string | number | boolean | null)[])[] = [], formats: Record<string, string> = {}): FakeSheet {
    const sheet: FakeSheet = { name, visibility: 'Visible', cells: new Map(), protected: false, customProperties: new Map(), merges: [], frozenRows: 0, writes: 0 };
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && sheet.cells.set(key(r, c), { ...blank(), value: v })));
    for (const [addr, fmt] of Object.entries(formats)) {
      const [r, c] = parseA1(addr);
      const cell = sheet.cells.get(key(r, c)) ?? blank();
      cell.numberFormat = fmt;
      sheet.cells.set(key(r, c), cell);
    }
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const [r, c] = parseA1(address);
    return this.sheet(sheet)?.cells.get(key(r, c));
  }

  runtime(sets: readonly string[] = ['1.7', '1.9', '1.12']): OfficeRuntime {
    return {
      run: async (batch) => batch(new Context(this) as unknown as Excel.RequestContext),
      isSetSupported: (_name, version) => sets.includes(version),
    };
  }
}

const key = (r: number, c: number): string => `${r},${c}`;
const blank = (): FakeCell => ({ value: null, numberFormat: 'General', fill: { color: '#FFFFFF', pattern: 'None', patternColor: '', tintAndShade: 0 } });

function parseA1(address: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) throw Object.assign(new Error(`bad address ${address}`), { code: 'InvalidArgument' });
  return [Number(m[2]) - 1, m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1];
}

function parseRange(address: string): { top: number; left: number; rows: number; cols: number } {
  const [a, b = a] = address.replace(/^.*!/, '').split(':');
  const [r1, c1] = parseA1(a);
  const [r2, c2] = parseA1(b);
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

class Context {
  readonly queue: { bytes: number; apply: () => void }[] = [];
  readonly loads: (() => number)[] = [];
  readonly workbook: { worksheets: Worksheets; application: unknown };
  readonly application = { suspendScreenUpdatingUntilNextSync: (): void => undefined };

  constructor(readonly book: FakeWorkbook) {
    this.workbook = { worksheets: new Worksheets(this), application: this.application };
  }

  enqueue(payload: unknown, apply: () => void): void {
    this.queue.push({ bytes: JSON.stringify(payload ?? null).length, apply });
  }

  async sync(): Promise<void> {
    const request = this.queue.reduce((n, q) => n + q.bytes, 0);
    if (request > PAYLOAD_LIMIT) throw Object.assign(new Error('request too large'), { code: 'RequestPayloadSizeLimitExceeded' });
    for (const q of this.queue.splice(0)) q.apply();
    let response = 0;
    for (const load of this.loads.splice(0)) response += load();
    if (response > PAYLOAD_LIMIT) throw Object.assign(new Error('response too large'), { code: 'ResponsePayloadSizeLimitExceeded' });
    const stats = this.book.stats;
    stats.syncs++;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, request);
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, response);
  }
}

/** Base of every fake proxy: properties readable only once a sync has loaded them. */
class Loadable {
  protected readonly loaded = new Map<string, unknown>();

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw Object.assign(new Error(`The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`), { code: 'PropertyNotLoaded' });
    return this.loaded.get(prop) as T;
  }
}

class Worksheets extends Loadable {
  constructor(private readonly ctx: Context) {
    super();
  }

  get items(): Worksheet[] {
    return this.read<Worksheet[]>('items');
  }

  load(_props: string): void {
    this.ctx.loads.push(() => {
      const items = this.ctx.book.sheets.map((s) => {
        const ws = new Worksheet(this.ctx, s.name);
        ws.markLoaded();
        return ws;
      });
      this.loaded.set('items', items);
      return JSON.stringify(this.ctx.book.sheets.map((s) => [s.name, s.visibility])).length;
    });
  }

  getItem(name: string): Worksheet {
    return new Worksheet(this.ctx, name, true);
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.ctx, name, false);
  }

  add(name: string): Worksheet {
    this.ctx.enqueue(name, () => {
      if (this.ctx.book.sheet(name)) throw Object.assign(new Error('exists'), { code: 'ItemAlreadyExists' });
      this.ctx.book.addSheet(name);
    });
    return new Worksheet(this.ctx, name, true);
  }
}

class Worksheet extends Loadable {
  constructor(
    readonly ctx: Context,
    private readonly sheetName: string,
    private readonly required = true,
  ) {
    super();
  }

  state(): FakeSheet {
    const s = this.ctx.book.sheet(this.sheetName);
    if (!s) throw Object.assign(new Error(`no sheet ${this.sheetName}`), { code: 'ItemNotFound' });
    return s;
  }

  markLoaded(): void {
    const s = this.state();
    this.loaded.set('name', s.name);
    this.loaded.set('visibility', s.visibility);
  }

  get isNullObject(): boolean {
    if (this.required) return false;
    return !this.ctx.book.sheet(this.sheetName);
  }

  get name(): string {
    return this.read<string>('name');
  }

  get visibility(): string {
    return this.read<string>('visibility');
  }

  set visibility(v: string) {
    this.ctx.enqueue(v, () => (this.state().visibility = v as FakeSheet['visibility']));
  }

  get protection(): { load: (p: string) => void; readonly protected: boolean } {
    const loaded = this.loaded;
    const ctx = this.ctx;
    const state = (): FakeSheet => this.state();
    return {
      load: () => ctx.loads.push(() => (loaded.set('protected', state().protected), 8)),
      get protected(): boolean {
        if (!loaded.has('protected')) throw Object.assign(new Error('protected not loaded'), { code: 'PropertyNotLoaded' });
        return loaded.get('protected') as boolean;
      },
    };
  }

  get customProperties(): { add: (k: string, v: string) => void; getItemOrNullObject: (k: string) => unknown } {
    return {
      add: (k, v) => this.ctx.enqueue([k, v], () => this.state().customProperties.set(k, v)),
      getItemOrNullObject: (k) => {
        const holder = new Loadable() as Loadable & { load: () => void; isNullObject: boolean; value: string };
        const loaded = (holder as unknown as { loaded: Map<string, unknown> }).loaded;
        Object.defineProperty(holder, 'load', { value: () => this.ctx.loads.push(() => (loaded.set('value', this.state().customProperties.get(k) ?? null), 16)) });
        Object.defineProperty(holder, 'isNullObject', { get: () => !this.state().customProperties.has(k) });
        Object.defineProperty(holder, 'value', { get: () => (holder as unknown as { read: (p: string) => string }).read('value') });
        return holder;
      },
    };
  }

  get freezePanes(): { freezeRows: (n: number) => void } {
    return { freezeRows: (n) => this.ctx.enqueue(n, () => (this.state().frozenRows = n)) };
  }

  get pageLayout(): Record<string, unknown> {
    const ctx = this.ctx;
    const state = (): FakeSheet => this.state();
    return new Proxy({}, {
      set: (_t, prop, value) => {
        ctx.enqueue(value, () => {
          if (prop === 'orientation') state().orientation = String(value);
        });
        return true;
      },
      get: (_t, prop) => (prop === 'setPrintTitleRows' ? (rows: string) => ctx.enqueue(rows, () => undefined) : undefined),
    });
  }

  activate(): void {
    this.ctx.enqueue(null, () => void this.state());
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): Range {
    return new Range(this, () => {
      if (this.isNullObject) return null;
      let top = Infinity;
      let bottom = -1;
      let right = -1;
      for (const [k, cell] of this.state().cells) {
        if (cell.value === null && !cell.formula) continue;
        const [r, c] = k.split(',').map(Number);
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }
      return bottom < 0 ? null : { top, left: 0, rows: 0, cols: 0, bottom, right };
    });
  }

  getRangeByIndexes(top: number, left: number, rows: number, cols: number): Range {
    return new Range(this, () => ({ top, left, rows, cols }));
  }

  getRange(address?: string): Range {
    return new Range(this, () => (address ? parseRange(address) : { top: 0, left: 0, rows: 1_048_576, cols: 16_384 }));
  }
}

type Area = { top: number; left: number; rows: number; cols: number; bottom?: number; right?: number };

class Range extends Loadable {
  constructor(
    private readonly ws: Worksheet,
    private readonly area: () => Area | null,
  ) {
    super();
  }

  private get ctx(): Context {
    return this.ws.ctx;
  }

  private box(): { top: number; left: number; rows: number; cols: number } {
    const a = this.area();
    if (!a) throw Object.assign(new Error('null range'), { code: 'ItemNotFound' });
    if (a.bottom !== undefined) {
      const top = 0;
      return { top, left: 0, rows: a.bottom + 1, cols: a.right! + 1 };
    }
    return a;
  }

  get isNullObject(): boolean {
    return this.area() === null;
  }

  load(props: string): void {
    this.ctx.loads.push(() => {
      if (this.area() === null) return 4;
      const a = this.area()!;
      let bytes = 0;
      for (const prop of props.split(',').map((p) => p.trim())) {
        let v: unknown;
        if (prop === 'rowIndex') v = a.bottom !== undefined ? a.top : a.top;
        else if (prop === 'columnIndex') v = 0;
        else if (prop === 'rowCount') v = a.bottom !== undefined ? a.bottom - a.top + 1 : a.rows;
        else if (prop === 'columnCount') v = a.bottom !== undefined ? a.right! + 1 : a.cols;
        else if (prop === 'values' || prop === 'numberFormat' || prop === 'valueTypes' || prop === 'formulas') v = this.matrix(prop, a);
        this.loaded.set(prop, v);
        bytes += JSON.stringify(v ?? null).length;
      }
      return bytes;
    });
  }

  private matrix(prop: string, a: Area): unknown[][] {
    const box = a.bottom !== undefined ? { top: a.top, left: 0, rows: a.bottom - a.top + 1, cols: a.right! + 1 } : a;
    const cells = this.ws.state().cells;
    const out: unknown[][] = [];
    for (let r = box.top; r < box.top + box.rows; r++) {
      const row: unknown[] = [];
      for (let c = box.left; c < box.left + box.cols; c++) {
        const cell = cells.get(key(r, c));
        if (prop === 'values') row.push(cell?.formula ? cell.value ?? 0 : cell?.value ?? '');
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
    this.ctx.enqueue(formats, () => this.each(formats, (cell, f) => (cell.numberFormat = String(f))));
  }

  set values(values: unknown[][]) {
    this.ctx.enqueue(values, () => {
      this.ws.state().writes++;
      this.ctx.book.writtenSheets.add(this.ws.state().name);
      this.each(values, (cell, v) => enterValue(cell, v));
    });
  }

  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.ctx.enqueue(link, () => this.each([[link]], (cell) => (cell.hyperlink = link)));
  }

  private each(matrix: unknown[][], fn: (cell: FakeCell, v: unknown) => void): void {
    const box = this.box();
    if (matrix.length !== box.rows || matrix.some((row) => row.length !== box.cols)) {
      throw Object.assign(new Error(`dimensions ${matrix.length}×${matrix[0]?.length} do not match ${box.rows}×${box.cols}`), { code: 'InvalidArgument' });
    }
    const cells = this.ws.state().cells;
    matrix.forEach((row, i) =>
      row.forEach((v, j) => {
        const k = key(box.top + i, box.left + j);
        const cell = cells.get(k) ?? blank();
        fn(cell, v);
        cells.set(k, cell);
      }),
    );
  }

  private forCells(fn: (cell: FakeCell) => void): void {
    const box = this.box();
    const cells = this.ws.state().cells;
    if (box.rows * box.cols > 1_000_000) {
      for (const cell of cells.values()) fn(cell);
      return;
    }
    for (let r = box.top; r < box.top + box.rows; r++) {
      for (let c = box.left; c < box.left + box.cols; c++) {
        const cell = cells.get(key(r, c)) ?? blank();
        fn(cell);
        cells.set(key(r, c), cell);
      }
    }
  }

  clear(_what?: string): void {
    this.ctx.enqueue(null, () => {
      this.ws.state().writes++;
      this.ctx.book.writtenSheets.add(this.ws.state().name);
      const box = this.box();
      const cells = this.ws.state().cells;
      for (const k of [...cells.keys()]) {
        const [r, c] = k.split(',').map(Number);
        if (r >= box.top && r < box.top + box.rows && c >= box.left && c < box.left + box.cols) cells.delete(k);
      }
    });
  }

  merge(_across?: boolean): void {
    this.ctx.enqueue(null, () => this.ws.state().merges.push(JSON.stringify(this.box())));
  }

  unmerge(): void {
    this.ctx.enqueue(null, () => (this.ws.state().merges = []));
  }

  select(): void {
    this.ctx.enqueue(null, () => void this.box());
  }

  getEntireColumn(): Range {
    return this;
  }

  getEntireRow(): Range {
    return this;
  }

  set columnHidden(_v: boolean) {
    this.ctx.enqueue(null, () => undefined);
  }

  get format(): unknown {
    const ctx = this.ctx;
    const setter = (apply: (cell: FakeCell, value: unknown) => void) =>
      new Proxy({}, { set: (_t, _p, value) => (ctx.enqueue(value, () => this.forCells((c) => apply(c, value))), true), get: () => undefined });
    const fillLoaded = new Map<string, unknown>();
    const fill = {
      load: (props: string) =>
        ctx.loads.push(() => {
          const box = this.box();
          const cell = this.ws.state().cells.get(key(box.top, box.left)) ?? blank();
          for (const p of props.split(',')) fillLoaded.set(p, (cell.fill as Record<string, unknown>)[p]);
          return 40;
        }),
      clear: () => ctx.enqueue(null, () => this.forCells((c) => (c.fill = blank().fill))),
    };
    const fillProxy = new Proxy(fill, {
      get: (t, p: string) => (p in t ? (t as Record<string, unknown>)[p] : fillLoaded.has(p) ? fillLoaded.get(p) : (() => { throw Object.assign(new Error(`fill.${p} not loaded`), { code: 'PropertyNotLoaded' }); })()),
      set: (_t, p: string, value) => (ctx.enqueue(value, () => this.forCells((c) => ((c.fill as Record<string, unknown>)[p] = value))), true),
    });
    return new Proxy(
      {
        font: setter((c, v) => (typeof v === 'boolean' ? (c.bold = v) : undefined)),
        fill: fillProxy,
        borders: { getItem: () => setter(() => undefined) },
      },
      {
        get: (t, p: string) => (t as Record<string, unknown>)[p],
        set: (_t, _p, value) => (ctx.enqueue(value, () => undefined), true),
      },
    );
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
  if (v.startsWith("'")) {
    cell.value = v.slice(1);
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = v;
    return;
  }
  if (/^[=+\-@]/.test(v) && !/^[+-]\d+(\.\d+)?$/.test(v)) {
    cell.formula = v.startsWith('=') ? v : `=${v}`;
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
