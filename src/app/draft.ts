import { learnFromText, verifyText, type DraftReport, type LearnedTemplates, type WorkbookGrid } from '../core';
import type { EngineSettings } from './ports';
import { readWorkbook } from './useCases';

/** 核稿: every figure of a draft checked against the workbook (SPEC §6). */
export function verifyDraftText(text: string, grid: WorkbookGrid, settings: EngineSettings = {}): DraftReport {
  return verifyText(text, readWorkbook(grid, settings));
}

/** 滚动沿用: last year's report and workbook give this year's 文字模板 (SPEC §6.1). */
export function learnFromLastYear(text: string, grid: WorkbookGrid, settings: EngineSettings = {}): LearnedTemplates {
  return learnFromText(text, readWorkbook(grid, settings));
}
