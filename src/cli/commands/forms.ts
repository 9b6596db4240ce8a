import { buildStarterCatalog, readCompilation } from '../../core';
import { UnusableInputError } from '../../app/errors';
import { readWorkbook } from '../../adapters/xlsx/readWorkbook';
import { writeCopyWithSheets } from '../../adapters/xlsx/writeSheets';
import type { CliContext } from '../context';
import { checkOutputs, displayName, readInputFile, writeOutputFile, xlsxOutputPath } from '../io';
import { inBoth } from '../text';

/** `huibian init-catalog BOOK.xlsx -o OUT.xlsx`: a starter 指标目录 from the sheets (初始化目录). */
export async function runInitCatalog(book: string, options: { output: string }, cx: CliContext): Promise<number> {
  const print = cx.print;
  const target = xlsxOutputPath(options.output);
  await checkOutputs([target.path], [book]);
  const data = await readInputFile(book);
  const { grid } = readWorkbook(data, displayName(book));
  const compilation = readCompilation(grid);
  if (!compilation.catalogInferred) throw new UnusableInputError(inBoth((t) => t.catalogExists), displayName(book));
  const catalog = buildStarterCatalog(compilation);
  const copy = await writeCopyWithSheets(data, displayName(book), [catalog]);
  await writeOutputFile(target.path, copy.bytes);
  for (const n of copy.notices) print(cx.text.notice(n));
  print(cx.text.starterCatalog(compilation.submissions.length, compilation.catalog.indicators.length, target.path, copy.names.get(catalog.name)!));
  return 0;
}
