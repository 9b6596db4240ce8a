/**
 * Issue 8: the CLI and the pane produce the same 核对结果, 汇总表 and 文字说明 for the same book and
 * settings. The CLI runs in process (`huibian compile`); the pane's side is the engine its Web
 * Worker runs (inProcessEngine over the same file adapters as src/taskpane/worker/engine.worker.ts),
 * driven as the browser page drives it: compile, then writeCopy; the Word document from `docx`.
 *
 * Settings: truncating where the catalogue gives no 取舍, a 5 % 同比阈值, live formulas and a named
 * 编制单位 on both sides. (Half-even rounding would change nothing in these books — they hold no
 * tie at a figure's last decimal — so a CLI that ignored --rounding would pass; truncation
 * changes every book.) Each setting is shown to change the output where the book allows it.
 * The CLI has no flag for the generated sheets' names, so the CLI's output (default names) is
 * compared with the pane's twice: with the default names, every sheet exactly; with custom names,
 * each generated sheet under its custom name.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { inProcessEngine } from '../../src/app/engine';
import type { EngineService, EngineSettings } from '../../src/app/ports';
import { readDocxText } from '../../src/adapters/docx/readDocxText';
import { writeNarrativeDocx } from '../../src/adapters/docx/writeDocx';
import { readXlsx } from '../../src/adapters/xlsx/readXlsx';
import { writeCopyWithSheets } from '../../src/adapters/xlsx/writeSheets';
import { META_SHEET_NAME, type GeneratedKind } from '../../src/core';
import { runCli } from '../helpers/cli';
import { SAMPLE_PATH, cellsOf, loadBook, tempDir } from '../helpers/files';

const CORPUS = join(__dirname, '..', 'corpus', 'books');
type Setting = 'defaultRounding' | 'defaultYoyThreshold' | 'live' | 'compiler';
const ALL: readonly Setting[] = ['defaultRounding', 'defaultYoyThreshold', 'live', 'compiler'];
/** The books, and the settings that change their output (13 has no year-on-year change for a threshold to flag). */
const BOOKS: readonly (readonly [string, readonly Setting[]])[] = [
  [SAMPLE_PATH, ALL],
  [join(CORPUS, '07-outline-numbered-sections.xlsx'), ALL],
  [join(CORPUS, '13-rounding-modes-grim.xlsx'), ['defaultRounding', 'live', 'compiler']],
];

const COMPILER = '汇编测试办公室';
const SETTINGS: EngineSettings = { live: true, compiler: COMPILER, defaultRounding: 'truncate', defaultYoyThreshold: 5 };
const CLI_SETTINGS = ['--rounding', 'truncate', '--yoy-threshold', '5'];
const CUSTOM_NAMES = { summary: '全区汇总', findings: '问题清单', narrative: '报告正文' };
const KINDS = ['summary', 'findings', 'narrative'] as const satisfies readonly GeneratedKind[];

/** The pane's engine, wired as the Web Worker wires it. */
const engine: EngineService = inProcessEngine({
  readXlsx: async (bytes, file) => (await readXlsx(bytes, file)).grid,
  writeCopy: async (bytes, file, sheets) => {
    const copy = await writeCopyWithSheets(bytes, file, sheets);
    return { bytes: copy.bytes, names: copy.names };
  },
  writeDocx: writeNarrativeDocx,
});

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

/** Each generated sheet by kind, from the workbook's _huibian tags. */
function generated(book: ExcelJS.Workbook): Map<GeneratedKind, ExcelJS.Worksheet> {
  const meta = book.getWorksheet(META_SHEET_NAME)!;
  const out = new Map<GeneratedKind, ExcelJS.Worksheet>();
  meta.eachRow((row) => {
    const [name, kind] = [row.getCell(1).value, row.getCell(2).value];
    if (typeof name === 'string' && (KINDS as readonly unknown[]).includes(kind)) out.set(kind as GeneratedKind, book.getWorksheet(name)!);
  });
  return out;
}

interface PaneOutputs {
  readonly book: ExcelJS.Workbook;
  readonly docx: Uint8Array;
}

async function paneCompile(path: string, settings: EngineSettings): Promise<PaneOutputs> {
  const bytes = new Uint8Array(readFileSync(path));
  const file = basename(path);
  const grid = await engine.readXlsx(bytes, file);
  const outcome = await engine.compile(grid, settings);
  const copy = await engine.writeCopy(bytes, file, outcome.sheets);
  return { book: await load(copy.bytes), docx: await engine.docx(grid, settings) };
}

describe.each(BOOKS.map(([p, observable]) => [basename(p), p, observable]))('%s: the CLI and the pane compile alike', (_name, path, observable) => {
  const dir = tempDir();
  let cli: ExcelJS.Workbook;
  let cliDocx: Uint8Array;
  let pane: PaneOutputs;
  let paneCustom: PaneOutputs;

  beforeAll(async () => {
    const out = join(dir, 'cli.xlsx');
    const docx = join(dir, 'cli.docx');
    const run = await runCli(...CLI_SETTINGS, 'compile', path, '-o', out, '--docx', docx, '--live', '--compiler', COMPILER);
    expect(run.err).toBe('');
    expect([0, 1]).toContain(run.code);
    cli = await loadBook(out);
    cliDocx = new Uint8Array(readFileSync(docx));
    pane = await paneCompile(path, SETTINGS);
    paneCustom = await paneCompile(path, { ...SETTINGS, sheetNames: CUSTOM_NAMES });
  }, 180_000);

  it('writes the same workbook, sheet by sheet and cell by cell (values, formulas, formats, merges, page setup)', () => {
    expect(pane.book.worksheets.map((w) => w.name)).toEqual(cli.worksheets.map((w) => w.name));
    for (const ws of cli.worksheets) expect({ sheet: ws.name, cells: cellsOf(pane.book.getWorksheet(ws.name)!) }).toEqual({ sheet: ws.name, cells: cellsOf(ws) });
  });

  it.each(KINDS.map((k) => [k]))('writes the same %s sheet under the names set in 设置', (kind) => {
    const mine = generated(paneCustom.book).get(kind)!;
    expect(mine.name).toBe(CUSTOM_NAMES[kind]);
    expect(cellsOf(mine)).toEqual(cellsOf(generated(cli).get(kind)!));
  });

  it('uses the settings: live formulas and the 编制单位 show in the CLI\'s 汇总表', () => {
    const summary = generated(cli).get('summary')!;
    const formulas: string[] = [];
    summary.eachRow((row) => row.eachCell((c) => void (c.formula && formulas.push(c.formula))));
    expect(formulas.length).toBeGreaterThan(0);
    expect(String(summary.getCell('A1').value)).toContain(COMPILER);
  });

  // The CLI writes what the pane writes with every setting (above); without any one of them the
  // pane writes other sheets, so a CLI that dropped that setting would fail the comparison.
  it.each(observable.map((s) => [s]))('would write other sheets without %s', async (setting) => {
    const grid = await engine.readXlsx(new Uint8Array(readFileSync(path)), basename(path));
    const without: { -readonly [K in keyof EngineSettings]: EngineSettings[K] } = { ...SETTINGS };
    delete without[setting];
    const [all, less] = await Promise.all([engine.compile(grid, SETTINGS), engine.compile(grid, without)]);
    expect(JSON.stringify(less.sheets)).not.toBe(JSON.stringify(all.sheets));
  }, 60_000);

  it('writes the same Word document text', async () => {
    const [a, b] = await Promise.all([readDocxText(cliDocx, 'cli.docx'), readDocxText(pane.docx, 'pane.docx')]);
    expect(a.length).toBeGreaterThan(0);
    expect(b).toBe(a);
  });
});
