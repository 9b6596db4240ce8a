import { checkWorkbook, findingsSheetFor } from '../../app/useCases';
import { writeCopyWithSheets } from '../../adapters/xlsx/writeSheets';
import { toJsonReport } from '../../app/report';
import { readWorkbook } from '../../adapters/xlsx/readWorkbook';
import { formatCheckReport } from '../format';
import { checkOutputs, displayName, readInputFile, writeOutputFile, xlsxOutputPath } from '../io';
import type { CliContext } from '../context';

export interface CheckOptions {
  readonly json?: boolean;
  readonly output?: string;
}

/** `huibian check BOOK.xlsx [--json] [-o OUT.xlsx]`: exit 0 without open errors (every error accepted in 核对结果 counts as none), 1 with. */
export async function runCheck(path: string, options: CheckOptions, cx: CliContext): Promise<number> {
  const target = options.output ? xlsxOutputPath(options.output) : null;
  if (target) await checkOutputs([target.path], [path]);
  const data = await readInputFile(path);
  const { grid } = readWorkbook(data, displayName(path));
  const report = checkWorkbook(grid, cx.settings);
  if (options.json) cx.print(JSON.stringify(toJsonReport(displayName(path), report.findings, cx.language, report.decisions), null, 2));
  else cx.print(formatCheckReport(report, displayName(path), cx.language));
  if (target) {
    const sheet = findingsSheetFor(report, grid, cx.settings);
    const copy = await writeCopyWithSheets(data, displayName(path), [sheet]);
    await writeOutputFile(target.path, copy.bytes);
    for (const n of copy.notices) cx.warn(cx.text.notice(n));
    cx.warn(cx.text.wroteFindings(target.path, copy.names.get(sheet.name) ?? sheet.name, target.renamed));
  }
  return report.summary.errors > 0 ? 1 : 0;
}
