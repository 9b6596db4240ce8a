import { join } from 'node:path';
import { buildStarterCatalog, buildSubmissionForm, catalogReporters, readCompilation, sheetName } from '../../core';
import { UnusableInputError } from '../../app/errors';
import { mergeWorkbooks } from '../../adapters/xlsx/mergeBooks';
import { readWorkbook } from '../../adapters/xlsx/readWorkbook';
import { writeCopyWithSheets, writeNewWorkbook } from '../../adapters/xlsx/writeSheets';
import type { CliContext } from '../context';
import { checkOutputs, displayName, readInputFile, writeOutputFile, xlsxOutputPath } from '../io';

/** `huibian template BOOK.xlsx -o DIR`: one blank submission workbook per reporting unit. */
export async function runTemplate(book: string, options: { output: string }, cx: CliContext): Promise<number> {
  const print = cx.print;
  const { grid } = readWorkbook(await readInputFile(book), displayName(book));
  const compilation = readCompilation(grid);
  if (compilation.catalogInferred) throw new UnusableInputError('没有“指标目录”工作表，无法生成报送模板（可先用 huibian init-catalog 生成目录）。', displayName(book));
  const units = catalogReporters(compilation.catalog);
  for (const unit of units) {
    const form = buildSubmissionForm(compilation.catalog, unit, compilation.period ?? null);
    await writeOutputFile(join(options.output, `${sheetName(unit)}.xlsx`), await writeNewWorkbook([form]));
  }
  print(`已在 ${options.output} 生成 ${units.length} 份报送模板：${units.join('、')}`);
  return 0;
}

/** `huibian merge DEPT1.xlsx DEPT2.xlsx … -o BOOK.xlsx`: collect submissions into one workbook. */
export async function runMerge(files: readonly string[], options: { output: string }, cx: CliContext): Promise<number> {
  const print = cx.print;
  const target = xlsxOutputPath(options.output);
  await checkOutputs([target.path], files);
  const inputs = [];
  for (const f of files) inputs.push({ file: displayName(f), data: await readInputFile(f) });
  const merged = await mergeWorkbooks(inputs);
  await writeOutputFile(target.path, merged.bytes);
  for (const p of merged.placed) print(`  ${p.file} · ${p.sheet}${p.as !== p.sheet ? ` → ${p.as}` : ''}`);
  for (const n of merged.notices) print(`注意：${n}`);
  print(`已把 ${files.length} 个工作簿的 ${merged.placed.length} 张工作表汇入 ${target.path}`);
  return 0;
}

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
