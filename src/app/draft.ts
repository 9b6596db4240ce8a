import { learnFromText, readCompilation, verifyText, type DraftReport, type LearnedTemplates, type WorkbookGrid } from '../core';

/** 核稿: every figure of a draft checked against the workbook (SPEC §6). */
export function verifyDraftText(text: string, grid: WorkbookGrid): DraftReport {
  return verifyText(text, readCompilation(grid));
}

/** 滚动沿用: last year's report and workbook give this year's 文字模板 (SPEC §6.1). */
export function learnFromLastYear(text: string, grid: WorkbookGrid): LearnedTemplates {
  return learnFromText(text, readCompilation(grid));
}
