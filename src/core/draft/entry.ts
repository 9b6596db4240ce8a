import { buildModel } from '../model/model';
import { RuleRuntime } from '../checks/ruleRuntime';
import type { Compilation } from '../workbook/types';
import { learnTemplates, type LearnedTemplates } from './learn';
import { verifyDraft, type DraftReport } from './verify';

export function verifyText(text: string, compilation: Compilation): DraftReport {
  const model = buildModel(compilation);
  return verifyDraft(text, model, new RuleRuntime(model));
}

export function learnFromText(text: string, compilation: Compilation): LearnedTemplates {
  const model = buildModel(compilation);
  return learnTemplates(text, model, new RuleRuntime(model));
}
