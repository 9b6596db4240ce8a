import { checkWorkbook } from '../../app/check';
import { findingsSheetFor } from '../../app/generatedSheets';
import { writeCopyWithSheets } from '../../adapters/xlsx/writeSheets';
import { toJsonReport } from '../../app/report';
import { readWorkbook } from '../../adapters/xlsx/readWorkbook';
import { formatCheckReport } from '../format';
import { checkOutputs, displayName, readInputFile, writeOutputFile, xlsxOutputPath } from '../io';

export interface CheckOptions {
  readonly json?: boolean;
  readonly output?: string;
}

/** `huibian check BOOK.xlsx [--json] [-o OUT.xlsx]`: exit 0 without errors, 1 with. */
export async function runCheck(path: string, options: CheckOptions, print: (text: string) => void, warn: (text: string) => void): Promise<number> {
  const target = options.output ? xlsxOutputPath(options.output) : null;
  if (target) await checkOutputs([target.path], [path]);
  const data = await readInputFile(path);
  const { grid } = readWorkbook(data, displayName(path));
  const report = checkWorkbook(grid);
  if (options.json) print(JSON.stringify(toJsonReport(displayName(path), report.findings), null, 2));
  else print(formatCheckReport(report, displayName(path)));
  if (target) {
    const copy = await writeCopyWithSheets(data, displayName(path), [findingsSheetFor(report, grid)]);
    await writeOutputFile(target.path, copy.bytes);
    for (const n of copy.notices) warn(`注意：${n}`);
    warn(`已写出 ${target.path}（工作表“${copy.names.get('核对结果')}”${target.renamed ? '；按.xlsx格式写出，扩展名改为.xlsx' : ''}）`);
  }
  return report.summary.errors > 0 ? 1 : 0;
}
