import { CHECK_NAMES, SEVERITY_LABELS, TEMPLATES_SHEET_NAME, buildTemplatesSheet, countFindings, isCellRef, lastAtOrBefore, renderFinding } from '../../core';
import type { CliContext } from '../context';
import { learnFromLastYear, templatesSheetUsed, templatesToRetire, verifyDraftText } from '../../app/draft';
import { UnusableInputError } from '../../app/errors';
import { toJsonReport } from '../../app/report';
import { readDraftBytes } from '../../adapters/docx/readDocxText';
import { readWorkbook } from '../../adapters/xlsx/readWorkbook';
import { retireSheets } from '../../adapters/xlsx/retireSheets';
import { writeCopyWithSheets } from '../../adapters/xlsx/writeSheets';
import { checkOutputs, displayName, readInputFile, writeOutputFile, xlsxOutputPath } from '../io';
import { inBoth } from '../text';

/** A draft's text: a .docx (tables row by row), or a text file in UTF-8, UTF-16 or GB18030. */
async function readDraft(path: string): Promise<string> {
  return readDraftBytes(await readInputFile(path), displayName(path));
}

/** Unbound figures named in learn's summary line; the count says how many there are in all. */
const LISTED = 30;

/** `huibian verify-text DRAFT --against BOOK.xlsx [--json]`: exit 1 when the draft has errors. */
export async function runVerifyText(draft: string, options: { against: string; json?: boolean }, cx: CliContext): Promise<number> {
  const print = cx.print;
  const text = await readDraft(draft);
  const { grid } = readWorkbook(await readInputFile(options.against), displayName(options.against));
  const report = verifyDraftText(text, grid, cx.settings);
  const summary = countFindings(report.findings);
  if (options.json) {
    print(JSON.stringify(toJsonReport(displayName(options.against), report.findings, cx.language), null, 2));
  } else {
    const matched = report.figures.filter((f) => f.match).length;
    const lines = lineStarts(text);
    print(cx.text.verifyHeading(displayName(draft), displayName(options.against), report.figures.length, matched, summary));
    for (const f of report.findings) {
      const at = f.refs.find((r) => !isCellRef(r));
      const line = at && !isCellRef(at) ? lineOf(lines, at.offset) : 0;
      print(`  ${SEVERITY_LABELS[cx.language][f.severity]} ${cx.text.paragraph(line)} [${CHECK_NAMES[cx.language][f.check]}] ${renderFinding(f, cx.language).message}`);
    }
  }
  return summary.errors > 0 ? 1 : 0;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of an offset, by binary search: printing stays linear in the findings. */
function lineOf(starts: readonly number[], offset: number): number {
  return lastAtOrBefore(starts, offset) + 1;
}

/**
 * `huibian learn LASTYEAR.txt --against BOOK.xlsx -o OUT.xlsx`: a copy of BOOK whose 文字模板 is
 * the learned one, the clerk's old templates kept as a hidden 文字模板（旧）. The copy is read back
 * before it is written, to be sure compile will use what was learned (SPEC §6.1).
 */
export async function runLearn(report: string, options: { against: string; output: string }, cx: CliContext): Promise<number> {
  const print = cx.print;
  const target = xlsxOutputPath(options.output);
  await checkOutputs([target.path], [report, options.against]);
  const text = await readDraft(report);
  const data = await readInputFile(options.against);
  const file = displayName(options.against);
  const { grid } = readWorkbook(data, file);
  const learned = learnFromLastYear(text, grid, cx.settings);
  if (learned.templates.length === 0) throw new UnusableInputError(inBoth((t) => t.nothingLearned(displayName(report))), file);
  const retired = templatesToRetire(grid);
  const copy = await writeCopyWithSheets(await retireSheets(data, retired), file, [buildTemplatesSheet(learned.templates)]);
  const name = copy.names.get(TEMPLATES_SHEET_NAME)!;
  if (templatesSheetUsed(readWorkbook(copy.bytes, displayName(target.path)).grid) !== name) {
    throw new UnusableInputError(inBoth((t) => t.learnedUnused(name)), displayName(target.path));
  }
  await writeOutputFile(target.path, copy.bytes);
  for (const n of copy.notices) print(cx.text.notice(n));
  print(cx.text.learned(displayName(report), learned.templates.length, target.path, name, [...retired]));
  if (learned.findings.length > 0) {
    const shown = learned.findings.slice(0, LISTED).map((f) => (f.refs[0] && !isCellRef(f.refs[0]) ? f.refs[0].text : ''));
    print(cx.text.unbound(learned.findings.length, shown, learned.findings.length > LISTED));
  }
  return 0;
}
