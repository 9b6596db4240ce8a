import type { Compilation } from '../workbook/types';
import type { CheckId, Finding } from '../findings/finding';
import { checkDuplicate } from './foundation/duplicate';
import { checkMissing } from './foundation/missing';
import { checkParse } from './foundation/parse';
import { checkType } from './foundation/type';
import { checkUnit } from './foundation/unit';
import { checkStrays, checkUnknownRows } from './foundation/unknown';
import { checkAggregate } from './engine/aggregate';
import { checkBalance } from './engine/balance';
import { checkCrossSource } from './engine/crossSource';
import { checkPartOfCatalog, checkPartOfRows } from './engine/partOf';
import { checkPrevYear } from './engine/prevYear';
import { checkRatios } from './engine/ratio';
import { checkRules } from './engine/rules';
import { checkYoy } from './engine/yoy';
import { buildModel, type Model } from '../model/model';
import { RuleRuntime } from './ruleRuntime';
import { sortFindings } from './order';

/**
 * One check as data: what it is called, whether it needs a written catalogue (a check of what
 * the catalogue promises cannot run on one inferred from the sheets), and how it runs. The
 * runner reads this table; a check never tests those conditions itself.
 */
interface CheckSpec {
  /** The check id its findings mostly carry (ratio also yields ratio-truncated, granularity). */
  readonly id: CheckId;
  readonly needsCatalog: boolean;
  readonly run: (model: Model, runtime: RuleRuntime) => Finding[];
}

export const CHECKS: readonly CheckSpec[] = [
  { id: 'parse', needsCatalog: false, run: checkParse },
  { id: 'missing', needsCatalog: true, run: checkMissing },
  { id: 'unknown', needsCatalog: true, run: checkUnknownRows },
  { id: 'unknown', needsCatalog: false, run: checkStrays },
  { id: 'duplicate', needsCatalog: false, run: checkDuplicate },
  { id: 'unit', needsCatalog: true, run: checkUnit },
  { id: 'type', needsCatalog: true, run: checkType },
  { id: 'balance', needsCatalog: false, run: checkBalance },
  { id: 'part-of', needsCatalog: true, run: checkPartOfCatalog },
  { id: 'part-of', needsCatalog: false, run: checkPartOfRows },
  { id: 'ratio', needsCatalog: false, run: checkRatios },
  { id: 'cross-source', needsCatalog: false, run: checkCrossSource },
  { id: 'aggregate', needsCatalog: true, run: checkAggregate },
  { id: 'yoy', needsCatalog: false, run: checkYoy },
  { id: 'prev-year', needsCatalog: false, run: checkPrevYear },
  { id: 'rule', needsCatalog: false, run: checkRules },
];

/** The model, the rule runtime over it, and every check's findings, sorted. */
export interface CheckedCompilation {
  readonly model: Model;
  readonly runtime: RuleRuntime;
  readonly findings: readonly Finding[];
}

/** What a check hands on: the model and the findings, without the rule runtime. */
export type CheckResult = Pick<CheckedCompilation, 'model' | 'findings'>;

/** Runs every check of the table on a compilation: one failing check never stops another. */
export function runChecks(compilation: Compilation): CheckedCompilation {
  const model = buildModel(compilation);
  const runtime = new RuleRuntime(model);
  const findings: Finding[] = [...compilation.findings];
  for (const spec of CHECKS) {
    if (spec.needsCatalog && compilation.catalogInferred) continue;
    for (const f of spec.run(model, runtime)) findings.push(f);
  }
  return { model, runtime, findings: sortFindings(withoutEchoes(findings), compilation.sheetOrder) };
}

/**
 * One problem, one finding (SPEC §4): a year-on-year warning on a cell that already has an error
 * is the same wrong figure seen again, and is dropped.
 */
function withoutEchoes(findings: readonly Finding[]): Finding[] {
  const firstCell = (f: Finding): string | null => {
    const r = f.refs[0];
    return r && 'sheet' in r ? `${r.sheet}!${r.cell}` : null;
  };
  const wrong = new Set<string | null>(findings.filter((f) => f.severity === 'error').map(firstCell).filter((c) => c !== null));
  return findings.filter((f) => f.check !== 'yoy' || !wrong.has(firstCell(f)));
}

/** Runs every check of SPEC §4 on a compilation: rules, data and results joined by one verb. */
export function validateCompilation(compilation: Compilation): CheckResult {
  const { model, findings } = runChecks(compilation);
  return { model, findings };
}
