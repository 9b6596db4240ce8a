/**
 * Each check of the runner's table timed on its own, at 1× and at 10× the workload, so that a
 * check that grows faster than its input shows by name (issue 9: no check slower than linear).
 * The model and the rule runtime are built once per workload and shared, as the runner does.
 */
import { readCompilation, type WorkbookGrid } from '../src/core';
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

/** One line per step: its time at 1× and 10× and the growth, flagged when over ×11. */
export function growthTable(one: CheckTimes, ten: CheckTimes): string {
  const lines: string[] = [];
  for (const [label, a] of one.ms) {
    const b = ten.ms.get(label) ?? NaN;
    const growth = b / Math.max(a, 0.01);
    const flag = a >= 5 && growth > 11 ? '  ← over ×11' : a < 5 ? '  (too short to compare)' : '';
    lines.push(`  ${label.padEnd(38)} ${a.toFixed(1).padStart(8)} ms → ${b.toFixed(1).padStart(9)} ms  ×${growth.toFixed(1)}${flag}\n`);
  }
  return lines.join('');
}
