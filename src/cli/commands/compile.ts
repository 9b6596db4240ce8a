import { compileWorkbook } from '../../app/compile';
import { writeNarrativeDocx } from '../../adapters/docx/writeDocx';
import { readWorkbook } from '../../adapters/xlsx/readWorkbook';
import { writeCopyWithSheets } from '../../adapters/xlsx/writeSheets';
import { isCellRef } from '../../core';
import { checkOutputs, displayName, readInputFile, writeOutputFile, xlsxOutputPath } from '../io';

export interface CompileOptions {
  readonly output: string;
  readonly docx?: string;
  readonly live?: boolean;
  readonly unit?: string;
}

/**
 * `huibian compile BOOK.xlsx -o OUT.xlsx [--docx OUT.docx] [--live]`: a copy with 汇总表, 核对结果
 * and 文字说明. Errors in the check do not stop the compile; they are listed. Exit 1 when there are.
 */
export async function runCompile(path: string, options: CompileOptions, print: (text: string) => void): Promise<number> {
  const target = xlsxOutputPath(options.output);
  await checkOutputs([target.path, options.docx], [path]);
  const data = await readInputFile(path);
  const file = displayName(path);
  const { grid } = readWorkbook(data, file);
  const result = compileWorkbook(grid, { live: options.live, compiler: options.unit ?? null });
  const copy = await writeCopyWithSheets(data, file, result.sheets);
  await writeOutputFile(target.path, copy.bytes);
  const { errors, warnings, infos } = result.summaryCounts;
  print(`汇编 ${file}：错误 ${errors} 项，警告 ${warnings} 项，提示 ${infos} 项`);
  for (const f of result.findings.filter((x) => x.severity === 'error')) {
    const where = f.refs.find(isCellRef);
    print(`  错误 ${where ? `${where.sheet}!${where.cell}` : ''} ${f.message}`);
  }
  for (const n of copy.notices) print(`注意：${n}`);
  print(`已写出 ${target.path}${target.renamed ? '（按.xlsx格式写出，扩展名改为.xlsx）' : ''}：${[...copy.names.values()].map((n) => `“${n}”`).join('、')}${options.live ? '（汇总表为公式，随源数据更新）' : ''}`);
  if (options.docx) {
    await writeOutputFile(options.docx, await writeNarrativeDocx(result.narrative, result.summary));
    print(`已写出 ${options.docx}（GB/T 9704 公文格式的文字说明和汇总表）`);
  }
  return errors > 0 ? 1 : 0;
}
