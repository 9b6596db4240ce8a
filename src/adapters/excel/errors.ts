import { toA1, type CellRef, type InvalidSheetNameError } from '../../core';

/**
 * office-js errors in the clerk's language, instead of a console.log and silence
 * (STYLE.md habit 10). The codes are OfficeExtension.ErrorCodes and Excel.ErrorCodes.
 */
export type HostErrorKind = 'protected' | 'editing' | 'not-found' | 'too-large' | 'null-read' | 'busy' | 'hidden' | 'very-hidden' | 'invalid-name' | 'unknown';

export class HostError extends Error {
  constructor(
    readonly kind: HostErrorKind,
    readonly detail: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(zh);
    this.name = 'HostError';
  }
}

export function protectedSheet(sheet: string): HostError {
  return new HostError('protected', sheet, `工作表“${sheet}”受保护，汇编助手不会解除保护；请先撤销保护或换一个名称。`, `Sheet "${sheet}" is protected; Huibian never unprotects. Unprotect it or rename it.`);
}

export function protectedWorkbook(): HostError {
  return new HostError('protected', 'workbook', '工作簿结构受保护，无法添加工作表；汇编助手不会解除保护。请在“审阅→保护工作簿”中撤销后再试。', 'The workbook structure is protected, so no sheet can be added; Huibian never unprotects. Unprotect it under Review → Protect Workbook.');
}

export function editingCell(): HostError {
  return new HostError('editing', 'InvalidOperationInCellEditMode', '您正在编辑单元格，请先按回车或Esc退出编辑，再点一次。', 'You are editing a cell: press Enter or Esc, then try again.');
}

/** A finding's cell is on a hidden sheet: say where, and (unless very hidden) offer to show it. */
export function hiddenSheet(ref: CellRef, veryHidden: boolean): HostError {
  const where = `${ref.sheet}!${ref.cell}`;
  return veryHidden
    ? new HostError('very-hidden', ref.sheet, `单元格 ${where} 在一张深度隐藏的工作表中，Excel界面无法显示它；汇编助手不会改变它的可见性。`, `Cell ${where} is on a very hidden sheet, which Excel's interface cannot show; Huibian leaves it hidden.`)
    : new HostError('hidden', ref.sheet, `单元格 ${where} 在隐藏的工作表“${ref.sheet}”中。可以点“显示该工作表”后再定位。`, `Cell ${where} is on the hidden sheet "${ref.sheet}". Choose "Show the sheet" to go there.`);
}

export function invalidSheetName(e: InvalidSheetNameError): HostError {
  return new HostError('invalid-name', e.sheetName, e.message, e.en);
}

/** A read that gave no data (office-js#6781): a failure, never an empty sheet. */
export function nullRead(sheet: string): HostError {
  return new HostError('null-read', sheet, `读取工作表“${sheet}”时Excel没有返回数据，请重试。`, `Excel returned no data for sheet "${sheet}"; try again.`);
}

/** One row of a sheet is over Excel on the web's 5 MB by itself: nothing smaller can be sent. */
export function rowTooLarge(sheet: string, row: number): HostError {
  const where = `${sheet}!${toA1(row, 0)}`;
  return new HostError('too-large', where, `工作表“${sheet}”第${row + 1}行的数据超过了Excel网页版单次传输的上限（5 MB），无法读取；请在桌面版Excel中使用，或拆分该行的内容。`, `Row ${row + 1} of sheet "${sheet}" alone is over Excel on the web's 5 MB limit per request; use desktop Excel or split that row.`);
}

export const officeCode = (e: unknown): string => (typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '');

export function explainOfficeError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = officeCode(e);
  const message = e instanceof Error ? e.message : String(e);
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return editingCell();
    case 'AccessDenied':
      return new HostError('protected', code, '工作簿或工作表受保护，无法写入；汇编助手不会解除保护。', 'The workbook or sheet is protected and cannot be written; Huibian never unprotects.');
    case 'ItemNotFound':
      return new HostError('not-found', code, '找不到要定位的工作表或单元格，可能已被改名或删除，请重新核对。', 'The sheet or cell is gone (renamed or deleted); run the check again.');
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      // The adapter splits every request under the cap; reaching it is a defect, not the clerk's to fix.
      return new HostError('too-large', code, 'Excel网页版拒绝了一次过大的数据传输（单次上限5 MB）。这与其他工作簿无关，重试也不会成功；请把这条提示告诉汇编助手的维护人员。', "Excel on the web refused a request over its 5 MB limit. Other workbooks have nothing to do with it and retrying will not help; please report this to Huibian's maintainers.");
    case 'ActivityLimitReached':
    case 'RequestAborted':
      return new HostError('busy', code, 'Excel正忙，请稍候再试。', 'Excel is busy; try again in a moment.');
    default:
      return new HostError('unknown', `${code} ${message}`.trim(), `Excel报告了错误：${code || message}`, `Excel reported an error: ${code || message}`);
  }
}
