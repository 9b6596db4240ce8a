/**
 * The only way into Huibian's engine from outside core. Everything here is pure: grids and
 * plain models in, plain models out; no office-js, React, file system, DOM, clock or randomness.
 */

export type { CellValue, MergedArea, SheetGrid, WorkbookGrid, GeneratedKind } from './grid/types';
export type { CellRef, Ref } from './grid/refs';
export { isCellRef } from './grid/refs';
export { toA1, fromA1, columnLetters, quoteSheetName } from './grid/address';

export { toDecimal } from './decimal';

export type { Reading } from './values/reading';
/** Reads one cell (value and number format) as a figure; total, never throws (SPEC §2.2). */
export { parseCellValue, parseFigureText } from './values/parseValue';
export { toFormatFacts } from './values/numberFormat';

export type { Figure, SkippedSheet } from './submission/types';
export type { Compilation } from './workbook/types';
/** Reads a compilation workbook into catalogue, submissions, ledgers and skipped sheets. */
export { readCompilation, type ReadOptions } from './workbook/readCompilation';
export { META_SHEET_NAME, readGeneratedTags, toMetaRows } from './workbook/generatedTags';

export type { Finding, CheckId, Severity } from './findings/finding';
export type { FindingCounts } from './checks/order';
export { countFindings } from './checks/order';
/** Runs every check of SPEC §4 on a compilation. */
export { validateCompilation } from './checks/runChecks';

export type { MessageDetail, HintDetail } from './findings/facts';
export type { Language } from './i18n/messages';
/** The one place a finding becomes sentences, in the clerk's language (zh or en). */
export { renderFinding, type RenderedFinding } from './i18n/render';
export { CHECK_NAMES, SEVERITY_LABELS } from './i18n/labels';

export type { OutSheet, OutCell } from './output/sheetModel';
/** The 核对结果 sheet and the stable key that carries a clerk's note across runs (SPEC §5.3). */
export { buildFindingsSheet, readFindingDecisions, findingKey, isAccepted, countDecided, FINDINGS_SHEET_NAME, type FindingDecision, type FindingStatus } from './output/findingsSheet';
export { parseRule } from './rules/parse';
export { printRule } from './rules/print';
export type { Expr } from './rules/ast';

export type { CompiledOutputs } from './compile';
/** Checks a compilation and builds the 汇总表, 核对结果 and 文字说明 (SPEC §5). */
export { compileOutputs } from './compile';
export type { SummaryModel, SummaryLine } from './summary/buildSummary';
export type { NarrativeDocument } from './narrative/document';
export { documentText, paragraphText, chineseOrdinal, numberedHeading, outlineOf } from './narrative/document';
export { parseTemplate } from './narrative/template';
export { formatChange, formatYoy, formatPoints, formatWan } from './narrative/format';
export { SUMMARY_SHEET_NAME } from './summary/summarySheet';
export { shownText } from './summary/wholeValue';
export { NARRATIVE_SHEET_NAME } from './narrative/narrativeSheet';

export { extractFigures } from './draft/extract';
export type { DraftReport } from './draft/verify';
export type { LearnedTemplates } from './draft/learn';
export { buildTemplatesSheet, TEMPLATES_SHEET_NAME } from './draft/learn';
/** Whether a sheet name is one compile reads templates from (文字模板 | templates). */
export { isTemplatesSheetName, isCatalogSheetName } from './catalog/lookup';
export { parseChineseNumeral } from './draft/chineseNumerals';
/** 核稿 (SPEC §6) and 滚动沿用 (§6.1) on a compilation. */
export { verifyText, learnFromText } from './draft/entry';
export { sheetName } from './forms/submissionForm';
export { reportersOf } from './catalog/reporters';
export { buildStarterCatalog } from './forms/starterCatalog';
export { chooseSheetName, sheetNameProblem, sheetNameProblemText, InvalidSheetNameError } from './output/sheetNames';
/** How any writer renders generated sheets: the names they take, the base style, Excel's limits kept. */
export { planSheetWrites, resolveStyle, BASE_STYLE, type WritePlan, type PlannedSheet, type FormulaDropped, type ResolvedStyle } from './output/planSheetWrites';
export { MAX_ROW_HEIGHT, formulaFitsExcel } from './output/excelLimits';
/** 导入报送, the diff of a resubmission, 下一年度 and the forms of a year (SPEC §1 steps 2–3, §7). */
export { planImport, type ImportPlan, type ImportEntry, type PlacedSheet, type IncomingBook } from './collect/planImport';
export { diffFigures, diffSize, type FigureChange, type SubmissionDiff } from './collect/figureDiff';
export { planRollover, type BookEdits } from './collect/rollover';
export { buildYearForms } from './collect/yearForms';
export { IMPORT_LOG } from './collect/collectLexicon';
export { lastAtOrBefore } from './text/sorted';
