import { checkWorkbook, findingsSheetFor } from '../../app/useCases';
import { writeCopyWithSheets } from '../../adapters/xlsx/writeSheets';
import { toJsonReport } from '../../app/report';
import { readXlsx } from '../../adapters/xlsx/readXlsx';
import { formatCheckReport } from '../format';
import { displayName, readInputFile, writeOutputFile } from '../io';
import type { CliContext } from '../context';

export interface CheckOptions {
  readonly json?: boolean;
  readonly output?: string;
}

/** `huibian check BOOK.xlsx [--json] [-o OUT.xlsx]`: exit 0 without errors, 1 with. */
export async function runCheck(path: string, options: CheckOptions, cx: CliContext): Promise<number> {
  const data = await readInputFile(path);
  const { grid } = await readXlsx(data, displayName(path));
  const report = checkWorkbook(grid, cx.settings);
  if (options.json) cx.print(JSON.stringify(toJsonReport(displayName(path), report.findings, cx.language), null, 2));
  else cx.print(formatCheckReport(report, displayName(path), cx.language));
  if (options.output) {
    const sheet = findingsSheetFor(report, grid, cx.settings);
    const copy = await writeCopyWithSheets(data, displayName(path), [sheet]);
    await writeOutputFile(options.output, copy.bytes);
    for (const n of copy.notices) cx.warn(cx.text.notice(n));
    cx.warn(cx.text.wroteFindings(options.output, copy.names.get(sheet.name) ?? sheet.name));
  }
  return report.summary.errors > 0 ? 1 : 0;
}
