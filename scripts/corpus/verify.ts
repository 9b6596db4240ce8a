/**
 * Recomputes the arithmetic of every corpus source (its `verify` list) from the cells themselves,
 * independently of the product: sums with XBRL rounding intervals, rates under each rounding mode,
 * GRIM, ≤, equality, year-on-year, ledger COUNTIF/SUMIF. Proves the traps are consistent and the
 * planted problems really wrong. Also checks that every expected cell exists and holds something.
 *
 *   npx tsx scripts/corpus/verify.ts
 */
import Big from 'big.js';
import { decode } from './buildBook';
import type { BookSource, CellSpec, Ref, Verify } from './types';

Big.DP = 40;

type Mode = '四舍五入' | '截尾' | '五成双';
const RM: Record<Mode, Big.RoundingMode> = { 四舍五入: Big.roundHalfUp, 截尾: Big.roundDown, 五成双: Big.roundHalfEven };

function specAt(book: BookSource, ref: string): CellSpec | null {
  const bang = ref.lastIndexOf('!');
  const sheetName = ref.slice(0, bang);
  const sheet = book.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`${book.file}: no sheet "${sheetName}" (${ref})`);
  const { row, col } = decode(ref.slice(bang + 1));
  return sheet.rows[row - 1]?.[col - 1] ?? null;
}

const FULL = '０１２３４５６７８９';

/** Reads a cell the way SPEC §2.2 describes, independently of src/: returns the number or throws. */
function numberOf(spec: CellSpec | null): Big {
  if (spec === null) throw new Error('empty cell');
  if (typeof spec === 'number') return new Big(spec);
  if (typeof spec === 'string') return parseText(spec);
  if ('n' in spec) return spec.fmt.includes('%') ? new Big(spec.n).times(100) : new Big(spec.n);
  if ('f' in spec) {
    if (typeof spec.result === 'object') throw new Error(`formula error ${spec.result.error}`);
    if (typeof spec.result === 'string') return parseText(spec.result);
    return spec.fmt?.includes('%') ? new Big(spec.result).times(100) : new Big(spec.result);
  }
  if ('text' in spec) return parseText(spec.text);
  throw new Error(`not a number: ${JSON.stringify(spec)}`);
}

function parseText(raw: string): Big {
  let t = raw.replace(/[\s\u3000]/g, '');
  t = [...t].map((ch) => (FULL.includes(ch) ? String(FULL.indexOf(ch)) : ch === '，' ? ',' : ch === '．' ? '.' : ch)).join('');
  t = t.replace(/^(约|近|超)/, '').replace(/(余|多|\+)$/, '');
  const m = /^(-?\d{1,3}(?:,\d{3})+|-?\d+)(\.\d+)?(%|万|亿)?(.*)$/.exec(t);
  if (!m) throw new Error(`unreadable text "${raw}"`);
  let v = new Big(m[1].replace(/,/g, '') + (m[2] ?? ''));
  if (m[3] === '万') v = v.times(10000);
  if (m[3] === '亿') v = v.times(100000000);
  const rest = m[4].replace(/^(余|多)/, '');
  if (rest && !/^[\u4e00-\u9fa5]+$/.test(rest)) throw new Error(`unreadable text "${raw}"`);
  return v;
}

function val(book: BookSource, ref: Ref | number): Big {
  if (typeof ref === 'number') return new Big(ref);
  if (typeof ref === 'string') return numberOf(specAt(book, ref));
  return numberOf(specAt(book, ref.cell)).times(ref.factor);
}

const half = (d: number) => new Big(5).times(new Big(10).pow(-(d + 1)));

function check(book: BookSource, v: Verify): { got: boolean | string; want: boolean | string; detail: string } {
  switch (v.kind) {
    case 'sum': {
      const d = v.decimals ?? 0;
      const total = val(book, v.total);
      const parts = v.parts.map((p) => val(book, p));
      const s = parts.reduce((a, b) => a.plus(b), new Big(0));
      const slack = d === 0 ? new Big(0) : half(d).times(parts.length + 1);
      const diff = total.minus(s);
      return { got: diff.abs().lte(slack), want: v.ok, detail: `total ${total} Σparts ${s} diff ${diff} slack ${slack}` };
    }
    case 'le': {
      const p = val(book, v.part);
      const w = val(book, v.whole);
      return { got: p.lte(w), want: v.ok, detail: `${p} ≤ ${w}` };
    }
    case 'rate': {
      const rate = val(book, v.rate);
      const exact = val(book, v.num).div(val(book, v.den)).times(100);
      const rounded = exact.round(v.decimals, RM[v.mode]);
      const truncated = exact.round(v.decimals, Big.roundDown);
      const got = rate.eq(rounded) ? true : rate.eq(truncated) ? 'truncated' : false;
      return { got, want: v.ok, detail: `reported ${rate} exact ${exact.toFixed(6)} ${v.mode} ${rounded.toFixed(v.decimals)} truncated ${truncated.toFixed(v.decimals)}` };
    }
    case 'grim': {
      const p = val(book, v.rate);
      const n = val(book, v.den).toNumber();
      let hit: number | null = null;
      for (let k = 0; k <= n && hit === null; k++) if (new Big(k).div(n).times(100).round(v.decimals, Big.roundHalfUp).eq(p)) hit = k;
      return { got: hit !== null, want: v.possible, detail: `${p} of ${n}: ${hit === null ? 'no k' : `k=${hit}`}` };
    }
    case 'equal': {
      const xs = v.cells.map((c) => val(book, c));
      return { got: xs.every((x) => x.eq(xs[0])), want: v.ok, detail: xs.join(' / ') };
    }
    case 'value': {
      const x = val(book, v.cell);
      return { got: x.eq(v.equals), want: v.ok, detail: `${x} vs ${v.equals}` };
    }
    case 'yoy': {
      const c = val(book, v.cur);
      const p = val(book, v.prev);
      const pct = c.div(p).minus(1).times(100);
      return { got: pct.abs().lte(v.threshold), want: v.ok, detail: `${pct.toFixed(2)}% vs ±${v.threshold}%` };
    }
    case 'ledger': {
      const sheet = book.sheets.find((s) => s.name === v.sheet);
      if (!sheet) throw new Error(`no ledger ${v.sheet}`);
      const header = sheet.rows[v.headerRow - 1];
      const idx = (name: string) => {
        const i = header.findIndex((c) => c === name);
        if (i < 0) throw new Error(`no column ${name} in ${v.sheet}`);
        return i;
      };
      const ci = idx(v.column);
      const data = sheet.rows.slice(v.headerRow);
      let result = new Big(0);
      for (const row of data) {
        const c = row[ci];
        if (v.fn === 'COUNTA') {
          if (c !== null && c !== undefined && c !== '') result = result.plus(1);
        } else if (c === v.criterion) {
          result = v.fn === 'COUNTIF' ? result.plus(1) : result.plus(numberOf(row[idx(v.sumColumn!)] ?? null));
        }
      }
      const target = val(book, v.equals);
      const ok = result.minus(target).abs().lte(v.tolerance ?? 0);
      return { got: ok, want: v.ok, detail: `${v.fn}(${v.column}${v.criterion ? `,"${v.criterion}"` : ''}) = ${result} vs ${target}` };
    }
  }
}

/** Runs every check of every book; returns the failures (an empty list when all hold). */
export function verifyBooks(books: readonly BookSource[], log: (s: string) => void = () => {}): string[] {
  const failures: string[] = [];
  for (const book of books) {
    log(`# ${book.file}`);
    for (const v of book.verify ?? []) {
      let line: string;
      try {
        const r = check(book, v);
        const pass = r.got === r.want;
        line = `${pass ? 'ok  ' : 'FAIL'} ${v.kind.padEnd(6)} ${v.what}: ${r.detail}${pass ? '' : ` (got ${r.got}, want ${r.want})`}`;
        if (!pass) failures.push(`${book.file}: ${line}`);
      } catch (e) {
        line = `FAIL ${v.kind} ${v.what}: ${(e as Error).message}`;
        failures.push(`${book.file}: ${line}`);
      }
      log(`  ${line}`);
    }
    const cells = [
      ...book.expect.problems.filter((p) => p.check !== 'missing').map((p) => ({ sheet: p.sheet, cell: p.cell, what: `problem ${p.check}` })),
      ...book.expect.problems.flatMap((p) => (p.also ?? []).map((c) => ({ sheet: c.includes('!') ? c.slice(0, c.lastIndexOf('!')) : p.sheet, cell: c.includes('!') ? c.slice(c.lastIndexOf('!') + 1) : c, what: `problem ${p.check} (also)` }))),
      ...book.expect.traps.map((t) => ({ sheet: t.sheet, cell: t.cell, what: 'trap' })),
    ];
    for (const c of cells) {
      if (c.cell === '') continue;
      try {
        if (specAt(book, `${c.sheet}!${c.cell}`) === null) failures.push(`${book.file}: ${c.what} points at empty ${c.sheet}!${c.cell}`);
      } catch (e) {
        failures.push(`${book.file}: ${c.what}: ${(e as Error).message}`);
      }
    }
  }
  return failures;
}

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SOURCES } = require('../../test/corpus/corpus.sources') as { SOURCES: BookSource[] };
  const failures = verifyBooks(SOURCES, (s) => console.log(s));
  if (failures.length) {
    console.error(`\n${failures.length} failure(s):\n${failures.join('\n')}`);
    process.exit(1);
  }
  console.log(`\nall ${SOURCES.reduce((n, b) => n + (b.verify?.length ?? 0), 0)} checks of ${SOURCES.length} books hold as planted`);
}
