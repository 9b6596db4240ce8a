import type { Compilation } from '../workbook/types';
import { checkDuplicate } from './foundation/duplicate';
import { checkMissing } from './foundation/missing';
import { checkParse } from './foundation/parse';
import { checkType } from './foundation/type';
import { checkUnit } from './foundation/unit';
import { checkUnknown } from './foundation/unknown';
import { buildModel, type Model } from './model';
import { sortFindings } from './order';
import type { Finding } from './types';

/** A check reads the model and returns its findings; one check never stops another. */
export type Check = (model: Model) => Finding[];

export const CHECKS: readonly Check[] = [checkParse, checkMissing, checkUnknown, checkDuplicate, checkUnit, checkType];

export interface CheckResult {
  readonly model: Model;
  readonly findings: readonly Finding[];
}

/** Runs every check on a compilation: rules, data and results joined by one verb. */
export function validateCompilation(compilation: Compilation): CheckResult {
  const model = buildModel(compilation);
  const findings: Finding[] = [...compilation.findings];
  for (const check of CHECKS) findings.push(...check(model));
  return { model, findings: sortFindings(findings, compilation.sheetOrder) };
}
