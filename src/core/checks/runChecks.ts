import type { Compilation } from '../workbook/types';
import { checkDuplicate } from './foundation/duplicate';
import { checkMissing } from './foundation/missing';
import { checkParse } from './foundation/parse';
import { checkType } from './foundation/type';
import { checkUnit } from './foundation/unit';
import { checkUnknown } from './foundation/unknown';
import { checkAggregate } from './engine/aggregate';
import { checkBalance } from './engine/balance';
import { checkCrossSource } from './engine/crossSource';
import { checkPartOf } from './engine/partOf';
import { checkPrevYear } from './engine/prevYear';
import { checkRatios } from './engine/ratio';
import { checkRules } from './engine/rules';
import { checkYoy } from './engine/yoy';
import { buildModel, type Model } from './model';
import { RuleRuntime } from './ruleRuntime';
import { sortFindings } from './order';
import type { Finding } from './types';

/** A check reads the model and returns its findings; one check never stops another. */
export type Check = (model: Model, runtime: RuleRuntime) => Finding[];

export const CHECKS: readonly Check[] = [
  checkParse,
  checkMissing,
  checkUnknown,
  checkDuplicate,
  checkUnit,
  checkType,
  checkBalance,
  checkPartOf,
  checkRatios,
  checkCrossSource,
  checkAggregate,
  checkYoy,
  checkPrevYear,
  checkRules,
];

export interface CheckResult {
  readonly model: Model;
  readonly findings: readonly Finding[];
}

/** Runs every check on a compilation: rules, data and results joined by one verb. */
export function validateCompilation(compilation: Compilation): CheckResult {
  const model = buildModel(compilation);
  const runtime = new RuleRuntime(model);
  const findings: Finding[] = [...compilation.findings];
  // One element at a time: a spread of 200,000 findings overflows the call stack.
  for (const check of CHECKS) for (const f of check(model, runtime)) findings.push(f);
  return { model, findings: sortFindings(findings, compilation.sheetOrder) };
}
