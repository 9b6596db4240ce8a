import { join } from 'node:path';
import { IMPORT_LOG, diffSize, type WorkbookGrid } from '../../core';
import type { ImportEntry, SubmissionDiff } from '../../app/ports';
import { UnusableInputError } from '../../app/errors';
import { diffWorkbooks, formsForYear, planSubmissions, rolloverEdits } from '../../app/year';
import { readWorkbook as readCompilationOf } from '../../app/useCases';
import { applyImportPlan } from '../../adapters/xlsx/mergeBooks';
import { readWorkbook } from '../../adapters/xlsx/readWorkbook';
import { writeNewWorkbook } from '../../adapters/xlsx/writeSheets';
import { writeEditedCopy } from '../../adapters/xlsx/yearFiles';
import { jsonOption, outputOption, type CommandSpec } from '../commandTable';
import { UsageError, type CliContext } from '../context';
import type { YearText } from '../text';
import { checkOutputs, displayName, readInputFile, writeOutputFile, xlsxOutputPath } from '../io';

/** The commands of the clerk's year: template, merge, diff, rollover (SPEC §7). */
export function yearCommands(help: YearText['help']): CommandSpec[] {
  return [
    {
      name: 'template',
      help: help.template,
      args: [['<book>', help.templateBook]],
      options: [{ flags: '-o, --output <dir>', help: help.templateOutput, required: true }, { flags: '--year <year>', help: help.templateYear }],
      run: runTemplate,
    },
    { name: 'merge', help: help.merge, args: [['<books...>', help.mergeBooks]], options: [outputOption(help.mergeOutput)], run: runMerge },
    { name: 'diff', help: help.diff, args: [['<old>', help.diffOld], ['<new>', help.diffNew]], options: [jsonOption(help.json)], run: runDiff },
    { name: 'rollover', help: help.rollover, args: [['<book>', help.rolloverBook]], options: [{ flags: '--year <year>', help: help.rolloverYear, required: true }, outputOption(help.rolloverOutput)], run: runRollover },
  ];
}

/** `huibian template BOOK.xlsx -o DIR [--year Y]`: one blank submission workbook per reporting unit, for year Y. */
async function runTemplate(book: string, options: { output: string; year?: string }, cx: CliContext): Promise<number> {
  const t = cx.text.year;
  const { grid } = readWorkbook(await readInputFile(book), displayName(book));
  const year = options.year !== undefined ? parseYear(options.year, t) : yearOf(grid, cx);
  const forms = formsForYear(grid, cx.settings, year);
  if (forms.length === 0) throw new UnusableInputError(t.noCatalog, displayName(book));
  for (const f of forms) await writeOutputFile(join(options.output, f.name), await writeNewWorkbook([f.sheet]));
  cx.print(t.formsWritten(options.output, year, forms.map((f) => f.unit)));
  return 0;
}

/**
 * `huibian merge BOOK.xlsx DEPT1.xlsx … -o OUT.xlsx`: the departments' sheets into the book under
 * their unit; a resubmission replaces the unit's sheet, and every changed figure is printed.
 * The first file is the book (with one file only, the book itself is copied). Exit 2 when a
 * file could not be imported.
 */
async function runMerge(files: readonly string[], options: { output: string }, cx: CliContext): Promise<number> {
  const t = cx.text.year;
  const target = xlsxOutputPath(options.output);
  await checkOutputs([target.path], files);
  const [bookPath, ...rest] = files;
  const bookBytes = await readInputFile(bookPath);
  const bookFile = displayName(bookPath);
  const { grid } = readWorkbook(bookBytes, bookFile);
  const inputs = [];
  for (const f of rest) inputs.push({ file: displayName(f), bytes: await readInputFile(f) });
  const read = inputs.map((f) => ({ file: f.file, grid: readWorkbook(f.bytes, f.file).grid }));
  const plan = planSubmissions(grid, read, cx.settings);
  const merged = await applyImportPlan(bookBytes, bookFile, inputs, plan);
  await writeOutputFile(target.path, merged.bytes);
  for (const e of plan.entries) printEntry(e, t, cx);
  for (const r of plan.refused) cx.print(t.refused(r.file, r.reason));
  for (const n of merged.notices) cx.print(cx.text.notice(n));
  cx.print(t.merged(files.length, plan.entries.reduce((n, e) => n + e.sheets.length, 0), target.path, IMPORT_LOG.sheetName));
  return plan.refused.length > 0 ? 2 : 0;
}

/** `huibian diff OLD.xlsx NEW.xlsx [--json]`: the figures that changed, by unit and indicator, old → new. Exit 0. */
async function runDiff(before: string, after: string, options: { json?: boolean }, cx: CliContext): Promise<number> {
  const t = cx.text.year;
  const read = async (p: string): Promise<WorkbookGrid> => readWorkbook(await readInputFile(p), displayName(p)).grid;
  const diff = diffWorkbooks(await read(before), await read(after), cx.settings);
  if (options.json) {
    cx.print(JSON.stringify({ old: displayName(before), new: displayName(after), ...diff }, null, 2));
    return 0;
  }
  cx.print(t.diffHeading(displayName(before), displayName(after), diff.changed.length, diff.added.length, diff.removed.length));
  printDiff(diff, t, cx);
  return 0;
}

/** `huibian rollover BOOK.xlsx --year Y -o NEXT.xlsx`: next year's compilation workbook. */
async function runRollover(book: string, options: { year: string; output: string }, cx: CliContext): Promise<number> {
  const t = cx.text.year;
  const year = parseYear(options.year, t);
  const target = xlsxOutputPath(options.output);
  await checkOutputs([target.path], [book]);
  const data = await readInputFile(book);
  const file = displayName(book);
  const { grid } = readWorkbook(data, file);
  const edits = rolloverEdits(grid, cx.settings, year);
  const copy = await writeEditedCopy(data, file, edits);
  await writeOutputFile(target.path, copy.bytes);
  for (const n of copy.notices) cx.print(cx.text.notice(n));
  cx.print(t.rolledOver(target.path, year, edits.summary.published, edits.summary.sheets, edits.summary.ledgers, edits.remove));
  return 0;
}

/** A file imported: new (how many figures) or resubmitted (every change, old → new). */
function printEntry(e: ImportEntry, t: YearText, cx: CliContext): void {
  if (e.resubmission) {
    cx.print(t.resubmitted(e.file, e.reporter, e.sheets, diffSize(e.diff)));
    printDiff(e.diff, t, cx);
  } else {
    cx.print(t.imported(e.file, e.reporter, e.sheets, e.diff.added.filter((c) => !c.previous).length));
  }
  for (const n of e.notices) cx.print(t.skippedSheet(e.file, n));
}

function printDiff(diff: SubmissionDiff, t: YearText, cx: CliContext): void {
  if (diffSize(diff) === 0) cx.print(t.sameFigures);
  for (const c of diff.changed) cx.print(t.change(c));
  for (const c of diff.added) cx.print(t.added(c));
  for (const c of diff.removed) cx.print(t.removed(c));
}

function parseYear(text: string, t: YearText): number {
  const year = Number(text.trim());
  if (!/^\d{4}$/.test(text.trim()) || year < 1900 || year > 2999) throw new UsageError(t.badYear(text));
  return year;
}

/** The workbook's year (the 报告期 most sheets state), else this calendar year. */
function yearOf(grid: WorkbookGrid, cx: CliContext): number {
  return readCompilationOf(grid, cx.settings).year ?? new Date().getFullYear();
}
