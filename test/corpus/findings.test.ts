/**
 * The corpus, table-driven (test/corpus/expectations.md): every book of test/corpus/books is
 * read and checked as the CLI does it. Each planted problem must be found with its check and
 * severity at its cell; no other error or warning may appear; no error or warning may point at a
 * trap; 汇总表 and 文字说明 must hold the expected values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/adapters/xlsx/readXlsx';
import { compileWorkbook, type CompileResult } from '../../src/app/useCases';
import { writeCopyWithSheets } from '../../src/adapters/xlsx/writeSheets';
import { documentText, isCellRef, outlineOf, renderFinding, shownText, type Finding, type SummaryLine } from '../../src/core';
import type { BookSource, Problem } from '../../scripts/corpus/types';
import { SOURCES } from './corpus.sources';

const BOOKS = join(__dirname, 'books');

async function compileBook(source: BookSource) {
  const bytes = new Uint8Array(readFileSync(join(BOOKS, `${source.file}.xlsx`)));
  const { grid } = await readXlsx(bytes, `${source.file}.xlsx`);
  return { result: compileWorkbook(grid), bytes };
}

/** Compiles the compiled copy again, as a clerk does after fixing a figure. */
async function recompile(bytes: Uint8Array, first: CompileResult, file: string): Promise<CompileResult> {
  const copy = await writeCopyWithSheets(bytes, file, first.sheets);
  const { grid } = await readXlsx(copy.bytes, file);
  return compileWorkbook(grid);
}

const DOUBLE_OUTLINE = /^(?:[一二三四五六七八九十]+、){2}|^(?:（[一二三四五六七八九十]+）){2}/;

const cellsOf = (f: Finding): string[] => f.refs.filter(isCellRef).map((r) => `${r.sheet}!${r.cell}`);
const firstCell = (f: Finding): string | undefined => cellsOf(f)[0];
const describeFinding = (f: Finding): string => `${f.check}/${f.severity} @${cellsOf(f).slice(0, 3).join(',')}: ${renderFinding(f, 'zh').message}`;

/** True when the finding is the one the planted problem describes. */
function matches(f: Finding, p: Problem): boolean {
  if (f.check !== p.check) return false;
  if (p.cell === '' || p.cell === '—') return f.reporter === p.reporter || cellsOf(f).some((c) => c.startsWith(`${p.sheet}!`));
  const cells = cellsOf(f);
  return cells.includes(`${p.sheet}!${p.cell}`) || cells.some((c) => c.startsWith(`${p.sheet}!`) && c.split('!')[1].split(':').length === 2 && inRange(p.cell, c.split('!')[1]));
}

function inRange(cell: string, range: string): boolean {
  const at = (a: string) => ({ col: a.replace(/\d+/g, ''), row: Number(a.replace(/\D+/g, '')) });
  const [from, to] = range.split(':').map(at);
  const c = at(cell);
  const cmp = (a: string, b: string) => a.length - b.length || a.localeCompare(b);
  return c.row >= from.row && c.row <= to.row && cmp(c.col, from.col) >= 0 && cmp(c.col, to.col) <= 0;
}

function summaryValue(line: SummaryLine): string {
  return shownText(line.shown?.current ?? null, line.shown?.decimals ?? 0);
}

describe.each(SOURCES.map((s) => [s.file, s] as const))('corpus book %s', (_file, source) => {
  let result: CompileResult;
  let bytes: Uint8Array;
  beforeAll(async () => {
    ({ result, bytes } = await compileBook(source));
  });

  const problems = source.expect.problems;
  if (problems.length > 0) {
    it.each(problems.map((p) => [`${p.check} (${p.severity}) at ${p.sheet}!${p.cell || '—'}`, p] as const))('finds %s', (_name, p) => {
      const found = result.findings.filter((f) => matches(f, p));
      expect({ found: found.map(describeFinding).slice(0, 3), severity: found[0]?.severity }).toEqual({ found: expect.arrayContaining([expect.any(String)]), severity: p.severity });
    });
  }

  it('raises no error or warning that is not planted', () => {
    const unexpected = result.findings.filter((f) => f.severity !== 'info' && !problems.some((p) => matches(f, p)));
    expect(unexpected.map(describeFinding)).toEqual([]);
  });

  if (source.expect.traps.length > 0) {
    it('stays quiet at every trap', () => {
      const loud = source.expect.traps.flatMap((t) =>
        result.findings.filter((f) => f.severity !== 'info' && firstCell(f) === `${t.sheet}!${t.cell}`).map((f) => `${t.sheet}!${t.cell} (${t.why.slice(0, 30)}): ${describeFinding(f)}`),
      );
      expect(loud).toEqual([]);
    });
  }

  for (const s of source.expect.summary ?? []) {
    it(`汇总表: ${s.indicator} 本年 = ${s.value === '' ? '(blank)' : s.value}${s.remark ? `, ${s.remark}` : ''}`, () => {
      const line = result.summary.rows.find((r): r is SummaryLine => r.kind === 'indicator' && r.indicator.name === s.indicator);
      expect(line && summaryValue(line)).toBe(s.value);
      for (const part of s.remark?.split(' | ') ?? []) expect(`${line?.reporters ?? ''} ${line?.note ?? ''}`).toContain(part);
    });
  }

  it('re-compiles to every catalogue indicator’s 汇总表 row and no outline number written twice', async () => {
    const again = await recompile(bytes, result, `${source.file}.xlsx`);
    const rows = again.summary.rows.filter((r): r is SummaryLine => r.kind === 'indicator').map((r) => r.indicator.name);
    const owed = again.compilation.catalogInferred ? [] : again.compilation.catalog.indicators.filter((i) => i.kind !== 'text').map((i) => i.name);
    expect(owed.filter((name) => !rows.includes(name))).toEqual([]);
    const headings = outlineOf(again.narrative).flatMap((item) => (item.kind === 'heading' ? [item.text] : []));
    const sectionRows = again.summary.rows.flatMap((r) => (r.kind === 'section' ? [r.title] : []));
    expect([...headings, ...sectionRows].filter((h) => DOUBLE_OUTLINE.test(h))).toEqual([]);
  });

  for (const n of source.expect.narrative ?? []) {
    it(`文字说明 holds “${n.slice(0, 24)}…”`, () => {
      expect(documentText(result.narrative)).toContain(n);
    });
  }
});
