/** Writes test/corpus/expectations.md from the sources' `expect`, so the table and the sources cannot disagree. */
import type { BookSource } from './types';

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const READINGS: readonly string[] = [
  '**Hidden rows are data** (§2.1: “Hidden rows … are normal and must not confuse detection”). A hidden row inside a block counts in its 合计; a hidden row that repeats an indicator with another (stale) value is a `duplicate`. Hidden *columns* under a label that is none of §2.1’s column labels (e.g. 初报数) are not a value column and are not read.',
  '**A unit that sent nothing** gets one `missing` finding listing what it owes (§4); the table gives it `cell` “—” (no source cell): match it by check + reporter. An indicator owed by a unit that did send a sheet but left the indicator out gets its own `missing` on that sheet.',
  '**Rule findings** (`rule`, `ledger`) are listed at the rule’s 表达式 cell on 校验规则; their refs must also name the ledger column for `ledger`. A rule with a syntax error or an unknown name is listed as `rule` at its row (§3: “a finding on the rules sheet naming the row”), severity error.',
  '**Traps** may carry the one info finding the spec requires there (text storage, unit conversion, approximation), named in the 允许 column; no error or warning may point at a trap cell.',
  '**Other-period sheets** (上半年, 1-6月 …) are still checked within themselves (§2.1), so a planted problem inside one is expected, but their figures are never compared with the year’s and never reach 汇总表.',
  '**Without a catalogue** the spec gives no 同比阈值, so the catalogue-free book keeps every year-on-year change small (< 10 %) and plants no `yoy`.',
  '**Wide-sheet 小计/合计**: a 小计 totals the unit rows since the previous 小计 (block heading rows carry no figures); 合计 totals all unit rows, not the 小计 rows (§4: “against their own block’s unit rows”).',
];

export function expectationsMarkdown(sources: readonly BookSource[]): string {
  const out: string[] = [];
  out.push('# Corpus expectations');
  out.push('');
  out.push('Generated from `test/corpus/sources/*.ts` by `npm run corpus` — edit the sources, not this file. Every book is in `test/corpus/books/`.');
  out.push('Each row is what SPEC.md promises for that book: a planted problem must be found (its `check`, at least one ref at `cell`), a trap must stay quiet.');
  out.push('`scripts/corpus/verify.ts` recomputes the arithmetic behind each row from the cells, independently of `src/`.');
  out.push('');
  out.push('## Readings of the spec these books rely on');
  out.push('');
  for (const r of READINGS) out.push(`- ${r}`);
  out.push('');
  out.push('## Books');
  out.push('');
  out.push('| file | style | producer | planted | traps |');
  out.push('|---|---|---|---|---|');
  for (const b of sources) out.push(`| ${b.file}.xlsx | ${esc(b.style)} | ${b.producer ?? 'exceljs'} | ${b.expect.problems.length} | ${b.expect.traps.length} |`);
  for (const b of sources) {
    out.push('');
    out.push(`## ${b.file}.xlsx`);
    out.push('');
    out.push(`${esc(b.style)}. Period ${b.period}; written by ${b.producer ?? 'ExcelJS'}. Sheets: ${b.sheets.map((s) => `\`${s.name}\``).join(', ')}.`);
    out.push('');
    out.push('**Planted problems**');
    out.push('');
    out.push('| check | severity | sheet | cell | indicator / unit | expected → actual | why |');
    out.push('|---|---|---|---|---|---|---|');
    for (const p of b.expect.problems) {
      const cells = [p.cell || '—', ...(p.also ?? [])].join(', ');
      const who = [p.indicator, p.reporter].filter(Boolean).join(' / ');
      const ea = p.expected !== undefined || p.actual !== undefined ? `${p.expected ?? ''} → ${p.actual ?? ''}` : '';
      out.push(`| ${p.check} | ${p.severity} | ${esc(p.sheet)} | ${cells} | ${esc(who)} | ${esc(ea)} | ${esc(p.note)} |`);
    }
    out.push('');
    out.push('**Traps (must stay quiet)**');
    out.push('');
    out.push('| sheet | cell | 允许 | why |');
    out.push('|---|---|---|---|');
    for (const t of b.expect.traps) out.push(`| ${esc(t.sheet)} | ${t.cell} | ${t.info ? `${t.info} (info)` : ''} | ${esc(t.why)} |`);
    if (b.expect.summary?.length) {
      out.push('');
      out.push('**汇总表 本年**');
      out.push('');
      out.push('| 指标 | 本年 | 备注 / 报送单位 |');
      out.push('|---|---|---|');
      for (const s of b.expect.summary) out.push(`| ${esc(s.indicator)} | ${s.value === '' ? '(blank)' : s.value} | ${esc(s.remark ?? '')} |`);
    }
    if (b.expect.narrative?.length) {
      out.push('');
      out.push('**文字说明 (exact sentences)**');
      out.push('');
      for (const n of b.expect.narrative) out.push(`- ${n}`);
    }
    if (b.expect.notes?.length) {
      out.push('');
      out.push('**Also**');
      out.push('');
      for (const n of b.expect.notes) out.push(`- ${esc(n)}`);
    }
  }
  out.push('');
  return out.join('\n');
}
