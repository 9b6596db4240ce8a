import { checkWorkbook } from '../../app/check';
import { findingsSheetFor } from '../../app/generatedSheets';
import { writeCopyWithSheets } from '../../adapters/xlsx/writeSheets';
import { toJsonReport } from '../../app/report';
import { readXlsx } from '../../adapters/xlsx/readXlsx';
import { formatCheckReport } from '../format';
import { displayName, readInputFile, writeOutputFile } from '../io';

export interface CheckOptions {
  readonly json?: boolean;
  readonly output?: string;
}

/** `huibian check BOOK.xlsx [--json] [-o OUT.xlsx]`: exit 0 without errors, 1 with. */
export async function runCheck(path: string, options: CheckOptions, print: (text: string) => void, warn: (text: string) => void): Promise<number> {
  const data = await readInputFile(path);
  const { grid } = await readXlsx(data, displayName(path));
  const report = checkWorkbook(grid);
  if (options.json) print(JSON.stringify(toJsonReport(displayName(path), report.findings), null, 2));
  else print(formatCheckReport(report, displayName(path)));
  if (options.output) {
    const copy = await writeCopyWithSheets(data, displayName(path), [findingsSheetFor(report, grid)]);
    await writeOutputFile(options.output, copy.bytes);
    for (const n of copy.notices) warn(`注意：${n}`);
    warn(`已写出 ${options.output}（工作表“${copy.names.get('核对结果')}”）`);
  }
  return report.summary.errors > 0 ? 1 : 0;
}
