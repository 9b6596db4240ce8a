import { buildModel } from '../model/model';
import { RuleRuntime } from '../checks/ruleRuntime';
import type { Compilation } from '../workbook/types';
import { learnTemplates, type LearnedTemplates } from './learn';
import { verifyDraft, type DraftReport } from './verify';

/** 核稿 of a draft's text (tables as tab-separated lines) against a compilation (SPEC §6). */
export function verifyText(text: string, compilation: Compilation): DraftReport {
  const model = buildModel(compilation);
  return verifyDraft(text, model, new RuleRuntime(model));
}

/** 滚动沿用: last year's report and workbook give this year's 文字模板 (SPEC §6.1). */
export function learnFromText(text: string, compilation: Compilation): LearnedTemplates {
  const model = buildModel(compilation);
  return learnTemplates(text, model, new RuleRuntime(model));
}
