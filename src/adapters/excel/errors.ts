/**
 * office-js errors in the clerk's language, instead of a console.log and silence
 * (STYLE.md habit 10). The codes are OfficeExtension.ErrorCodes.
 */
export type HostErrorKind = 'protected' | 'editing' | 'not-found' | 'too-large' | 'null-read' | 'busy' | 'unknown';

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

export function explainOfficeError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  const message = e instanceof Error ? e.message : String(e);
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return new HostError('editing', code, '您正在编辑单元格，请先按回车或Esc退出编辑，再点一次。', 'You are editing a cell: press Enter or Esc, then try again.');
    case 'AccessDenied':
    case 'InvalidOperation':
      return new HostError('protected', code, '工作簿或工作表受保护，无法写入；汇编助手不会解除保护。', 'The workbook or sheet is protected and cannot be written; Huibian never unprotects.');
    case 'ItemNotFound':
      return new HostError('not-found', code, '找不到要定位的工作表或单元格，可能已被改名或删除，请重新核对。', 'The sheet or cell is gone (renamed or deleted); run the check again.');
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return new HostError('too-large', code, '一次传输的数据超过了Excel的上限，请关闭其他大型工作簿后重试。', 'Excel refused a request as too large; close other large workbooks and try again.');
    case 'ActivityLimitReached':
    case 'RequestAborted':
      return new HostError('busy', code, 'Excel正忙，请稍候再试。', 'Excel is busy; try again in a moment.');
    default:
      return new HostError('unknown', `${code} ${message}`.trim(), `Excel报告了错误：${code || message}`, `Excel reported an error: ${code || message}`);
  }
}
