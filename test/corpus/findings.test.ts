/**
 * Skeleton of the table-driven findings test over the corpus (test/corpus/expectations.md).
 * Each planted problem must be found (its check, a ref at its cell); each trap must draw no error
 * or warning (at most the info it names); 汇总表 and 文字说明 must hold the expected values.
 * The maintainer wires these to the engine (check / compile on test/corpus/books/<file>.xlsx).
 */
import { SOURCES } from './corpus.sources';

describe.each(SOURCES.map((s) => [s.file, s] as const))('%s', (_file, source) => {
  for (const p of source.expect.problems) it.todo(`finds ${p.check} (${p.severity}) at ${p.sheet}!${p.cell || '—'}: ${p.note}`);
  for (const t of source.expect.traps) it.todo(`stays quiet at ${t.sheet}!${t.cell}${t.info ? ` (only ${t.info} info)` : ''}: ${t.why}`);
  for (const s of source.expect.summary ?? []) it.todo(`汇总表 ${s.indicator} 本年 = ${s.value === '' ? '(blank)' : s.value}${s.remark ? `, ${s.remark}` : ''}`);
  for (const n of source.expect.narrative ?? []) it.todo(`文字说明 contains “${n}”`);
});
