import { buildStarterCatalog, readCompilation } from '../../core';
import { UnusableInputError } from '../../app/errors';
import { readWorkbook } from '../../adapters/xlsx/readWorkbook';
import { writeCopyWithSheets } from '../../adapters/xlsx/writeSheets';
import type { CliContext } from '../context';
import { checkOutputs, displayName, readInputFile, writeOutputFile, xlsxOutputPath } from '../io';

/** `huibian init-catalog BOOK.xlsx -o OUT.xlsx`: a starter 指标目录 from the sheets (初始化目录). */
export async function runInitCatalog(book: string, options: { output: string }, cx: CliContext): Promise<number> {
  const print = cx.print;
  const target = xlsxOutputPath(options.output);
  await checkOutputs([target.path], [book]);
  const data = await readInputFile(book);
  const { grid } = readWorkbook(data, displayName(book));
  const compilation = readCompilation(grid);
  if (!compilation.catalogInferred) throw new UnusableInputError('工作簿已有“指标目录”，未改动。', displayName(book));
  const copy = await writeCopyWithSheets(data, displayName(book), [buildStarterCatalog(compilation)]);
  await writeOutputFile(target.path, copy.bytes);
  for (const n of copy.notices) print(`注意：${n}`);
  print(`按 ${compilation.submissions.length} 张报送表生成了 ${compilation.catalog.indicators.length} 项指标的初始目录，写入 ${target.path} 的“${copy.names.get('指标目录')}”工作表，请补充计算公式、阈值等。`);
  return 0;
}
