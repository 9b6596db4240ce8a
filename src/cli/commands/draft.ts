import { buildTemplatesSheet, isCellRef, summarizeFindings, type Finding } from '../../core';
import { learnFromLastYear, verifyDraftText } from '../../app/draft';
import { UnusableInputError } from '../../app/errors';
import { toJsonReport } from '../../app/report';
import { readDocxText } from '../../adapters/docx/readDocxText';
import { readWorkbook } from '../../adapters/xlsx/readWorkbook';
import { writeCopyWithSheets } from '../../adapters/xlsx/writeSheets';
import { checkOutputs, displayName, readInputFile, writeOutputFile, xlsxOutputPath } from '../io';

/** A draft's text: .docx paragraphs, or a text file in UTF-8 or GB18030 (GBK). */
export async function readDraft(path: string): Promise<string> {
  const data = await readInputFile(path);
  if (/\.docx$/i.test(path)) return readDocxText(data, displayName(path));
  if (data[0] === 0x50 && data[1] === 0x4b) throw new UnusableInputError('这是压缩包（可能是.docx），请使用.docx扩展名。', displayName(path));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\ufeff/, '');
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

const SEVERITY: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

/** `huibian verify-text DRAFT --against BOOK.xlsx [--json]`: exit 1 when the draft has errors. */
export async function runVerifyText(draft: string, options: { against: string; json?: boolean }, print: (t: string) => void): Promise<number> {
  const text = await readDraft(draft);
  const { grid } = readWorkbook(await readInputFile(options.against), displayName(options.against));
  const report = verifyDraftText(text, grid);
  const summary = summarizeFindings(report.findings);
  if (options.json) {
    print(JSON.stringify(toJsonReport(displayName(options.against), report.findings), null, 2));
  } else {
    const matched = report.figures.filter((f) => f.match).length;
    print(`核稿 ${displayName(draft)}（对照 ${displayName(options.against)}）：共 ${report.figures.length} 个数字，对上 ${matched} 个；错误 ${summary.errors} 项，提示 ${summary.infos} 项`);
    for (const f of report.findings) {
      const at = f.refs.find((r) => !isCellRef(r));
      const line = at && !isCellRef(at) ? lineOf(text, at.offset) : 0;
      print(`  ${SEVERITY[f.severity]} 第${line}段 [${f.check}] ${f.message}`);
    }
  }
  return summary.errors > 0 ? 1 : 0;
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** `huibian learn LASTYEAR.txt --against BOOK.xlsx -o OUT.xlsx`: a copy of BOOK with a learned 文字模板. */
export async function runLearn(report: string, options: { against: string; output: string }, print: (t: string) => void): Promise<number> {
  const target = xlsxOutputPath(options.output);
  await checkOutputs([target.path], [report, options.against]);
  const text = await readDraft(report);
  const data = await readInputFile(options.against);
  const file = displayName(options.against);
  const { grid } = readWorkbook(data, file);
  const learned = learnFromLastYear(text, grid);
  const copy = await writeCopyWithSheets(data, file, [buildTemplatesSheet(learned.templates)]);
  await writeOutputFile(target.path, copy.bytes);
  for (const n of copy.notices) print(`注意：${n}`);
  print(`从 ${displayName(report)} 学得 ${learned.templates.length} 条文字模板，写入 ${target.path} 的“${copy.names.get('文字模板')}”工作表。`);
  if (learned.findings.length > 0) print(`以下 ${learned.findings.length} 个数字未能对应到指标，保留为原文：${learned.findings.map((f) => (f.refs[0] && !isCellRef(f.refs[0]) ? f.refs[0].text : '')).join('、')}`);
  return 0;
}
