import { isTemplatesSheetName, learnFromText, readCompilation, readGeneratedTags, verifyText, type DraftReport, type LearnedTemplates, type WorkbookGrid } from '../core';
import type { EngineSettings } from './ports';
import { readWorkbook } from './useCases';
import { retiredTemplatesName } from './i18n/errors';

/** 核稿: every figure of a draft checked against the workbook (SPEC §6). */
export function verifyDraftText(text: string, grid: WorkbookGrid, settings: EngineSettings = {}): DraftReport {
  return verifyText(text, readWorkbook(grid, settings));
}

/** 滚动沿用: last year's report and workbook give this year's 文字模板 (SPEC §6.1). */
export function learnFromLastYear(text: string, grid: WorkbookGrid, settings: EngineSettings = {}): LearnedTemplates {
  return learnFromText(text, readWorkbook(grid, settings));
}

/** The name of the 文字模板 sheet compile reads from a workbook, or null when it has none. */
export function templatesSheetUsed(grid: WorkbookGrid): string | null {
  return readCompilation(grid).templatesSheet?.name ?? null;
}

/**
 * Sheets a learned 文字模板 replaces, each with the name it is kept under (hidden): every sheet
 * compile could read templates from instead — the clerk's 文字模板 or templates, and templates
 * Huibian learned before — so that compile reads the new one (SPEC §6.1).
 */
export function templatesToRetire(grid: WorkbookGrid): Map<string, string> {
  const tags = readGeneratedTags(grid);
  const names = grid.sheets.map((s) => s.name);
  const taken = new Set(names.map((n) => n.toLowerCase()));
  const out = new Map<string, string>();
  for (const name of names) {
    if (!isTemplatesSheetName(name) && tags.get(name) !== 'templates') continue;
    let n = 1;
    let to = retiredTemplatesName(n);
    while (taken.has(to.toLowerCase())) to = retiredTemplatesName(++n);
    taken.add(to.toLowerCase());
    out.set(name, to);
  }
  return out;
}
