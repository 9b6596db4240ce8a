import { compileWorkbook } from '../../app/useCases';
import { writeNarrativeDocx } from '../../adapters/docx/writeDocx';
import { readWorkbook } from '../../adapters/xlsx/readWorkbook';
import { writeCopyWithSheets } from '../../adapters/xlsx/writeSheets';
import { findingKey, isCellRef } from '../../core';
import type { CliContext } from '../context';
import { formatFinding } from '../format';
import { checkOutputs, displayName, readInputFile, writeOutputFile, xlsxOutputPath } from '../io';

export interface CompileOptions {
  readonly output: string;
  readonly docx?: string;
  readonly live?: boolean;
  /** 编制单位; inferred from the submissions when absent. */
  readonly compiler?: string;
}

/**
 * `huibian compile BOOK.xlsx -o OUT.xlsx [--docx OUT.docx] [--live]`: a copy with 汇总表, 核对结果
 * and 文字说明. Errors in the check do not stop the compile; they are listed. Exit 1 when there are.
 * An input in another format (.xls, .csv …) is compiled to a new .xlsx; no input is ever written over.
 */
export async function runCompile(path: string, options: CompileOptions, cx: CliContext): Promise<number> {
  const target = xlsxOutputPath(options.output);
  await checkOutputs([target.path, options.docx], [path]);
  const data = await readInputFile(path);
  const file = displayName(path);
  const { grid } = readWorkbook(data, file);
  const result = compileWorkbook(grid, { ...cx.settings, live: options.live, compiler: options.compiler ?? null });
  const copy = await writeCopyWithSheets(data, file, result.sheets);
  await writeOutputFile(target.path, copy.bytes);
  cx.print(cx.text.compileHeading(file, result.counts, result.accepted));
  for (const f of result.findings.filter((x) => x.severity === 'error')) {
    const where = f.refs.find(isCellRef);
    cx.print(formatFinding(f, cx.language, where ? `${where.sheet}!${where.cell}` : '', result.decisions.get(findingKey(f))).join('\n'));
  }
  for (const n of copy.notices) cx.print(cx.text.notice(n));
  cx.print(cx.text.wroteSheets(target.path, [...copy.names.values()], options.live === true, target.renamed));
  if (options.docx) {
    await writeOutputFile(options.docx, await writeNarrativeDocx(result.narrative, result.summary));
    cx.print(cx.text.wroteDocx(options.docx));
  }
  return result.counts.errors > 0 ? 1 : 0;
}
