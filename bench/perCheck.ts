/**
 * Each check of the runner's table timed on its own, at 1× and at 10× the workload, so that a
 * check that grows faster than its input shows by name (issue 9: no check slower than linear).
 * The model and the rule runtime are built once per workload and shared, as the runner does.
 *
 * Next to them, a reference measured in the same run: a pass that is linear by construction and
 * works as the checks do — every figure indexed by indicator, sheet and reporter, looked up again,
 * and each indicator's decimals summed. On this hardware even that pass grows faster than ×10
 * (a 600,000-entry index and scattered decimals no longer fit the caches), so a step is judged
 * against it: a step slower than linear would grow ×10 more than it (quadratic) or ×1.2 (n log n);
 * one that grows over 1.5 times the reference's growth is flagged.
 */
import { readCompilation, type Compilation, type WorkbookGrid } from '../src/core';
import { sum, type Decimal } from '../src/core/decimal';
import { CHECKS } from '../src/core/checks/runChecks';
import { RuleRuntime } from '../src/core/checks/ruleRuntime';
import { buildModel } from '../src/core/model/model';

export interface CheckTimes {
  /** Label → median milliseconds: reading, the model, then each check in the runner's order. */
  readonly ms: ReadonlyMap<string, number>;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

function time(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

export function timeEachCheck(grid: WorkbookGrid, runs: number): CheckTimes {
  const ms = new Map<string, number>();
  ms.set('read the sheets', time(() => readCompilation(grid), runs));
  const compilation = readCompilation(grid);
  ms.set(REFERENCE, time(() => linearReference(compilation), runs));
  ms.set('build the model', time(() => buildModel(compilation), runs));
  const model = buildModel(compilation);
  CHECKS.forEach((spec) => {
    if (spec.needsCatalog && compilation.catalogInferred) return;
    // A fresh runtime each run: its COUNTIF/SUMIF memo must not carry over between runs.
    const label = `${spec.id} (${spec.run.name})`;
    ms.set(label, time(() => spec.run(model, new RuleRuntime(model)), runs));
  });
  return { ms };
}

const REFERENCE = 'reference: index, look up, sum (linear)';

/** Linear by construction: index every figure by indicator, sheet and reporter, look each up, sum each indicator. */
function linearReference(compilation: Compilation): number {
  const index = new Map<string, (typeof compilation.figures)[number]>();
  const byIndicator = new Map<string, Decimal[]>();
  for (const f of compilation.figures) {
    index.set(`${f.key}\u0001${f.sheet}\u0001${f.reporter}`, f);
    if (f.current.kind !== 'number') continue;
    const list = byIndicator.get(f.key);
    if (list) list.push(f.current.value);
    else byIndicator.set(f.key, [f.current.value]);
  }
  let found = 0;
  for (const f of compilation.figures) if (index.get(`${f.key}\u0001${f.sheet}\u0001${f.reporter}`) === f) found++;
  for (const values of byIndicator.values()) found += sum(values).gt(0) ? 1 : 0;
  return found;
}

/** Over this many times the reference's growth, a step is flagged as slower than linear. */
const OVER_REFERENCE = 1.5;

/**
 * One line per step: its time at 1× and 10×, the growth, and the growth over the reference's;
 * flagged when over 1.5 times the reference's growth.
 */
export function growthTable(one: CheckTimes, ten: CheckTimes): string {
  const growthOf = (label: string): number => (ten.ms.get(label) ?? NaN) / Math.max(one.ms.get(label) ?? NaN, 0.01);
  const reference = growthOf(REFERENCE);
  const lines: string[] = [];
  for (const [label, a] of one.ms) {
    const b = ten.ms.get(label) ?? NaN;
    const growth = growthOf(label);
    const relative = growth / reference;
    const note = label === REFERENCE ? '' : a < 5 ? '  (too short to compare)' : `  = ${relative.toFixed(2)}× the reference's${relative > OVER_REFERENCE ? '  ← slower than linear?' : ''}`;
    lines.push(`  ${label.padEnd(40)} ${a.toFixed(1).padStart(8)} ms → ${b.toFixed(1).padStart(9)} ms  ×${growth.toFixed(1)}${note}\n`);
  }
  return lines.join('');
}
