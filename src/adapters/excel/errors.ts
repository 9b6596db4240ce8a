import { toA1, type CellRef, type InvalidSheetNameError } from '../../core';
import { HOST_TEXT, type HostText } from './errorLexicon';

/** A message's two languages as HostError's (zh, en) arguments. */
const said = (text: HostText): [zh: string, en: string] => [text.zh, text.en];

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
  return new HostError('protected', sheet, ...said(HOST_TEXT.protectedSheet(sheet)));
}

export function protectedWorkbook(): HostError {
  return new HostError('protected', 'workbook', ...said(HOST_TEXT.protectedWorkbook));
}

export function editingCell(): HostError {
  return new HostError('editing', 'InvalidOperationInCellEditMode', ...said(HOST_TEXT.editingCell));
}

/** A finding's cell is on a hidden sheet: say where, and (unless very hidden) offer to show it. */
export function hiddenSheet(ref: CellRef, veryHidden: boolean): HostError {
  const where = `${ref.sheet}!${ref.cell}`;
  return veryHidden
    ? new HostError('very-hidden', ref.sheet, ...said(HOST_TEXT.veryHiddenSheet(where)))
    : new HostError('hidden', ref.sheet, ...said(HOST_TEXT.hiddenSheet(where, ref.sheet)));
}

export function invalidSheetName(e: InvalidSheetNameError): HostError {
  return new HostError('invalid-name', e.sheetName, e.message, e.en);
}

/** A read that gave no data (office-js#6781): a failure, never an empty sheet. */
export function nullRead(sheet: string): HostError {
  return new HostError('null-read', sheet, ...said(HOST_TEXT.nullRead(sheet)));
}

/** One row of a sheet is over Excel on the web's 5 MB by itself: nothing smaller can be sent. */
export function rowTooLarge(sheet: string, row: number): HostError {
  const where = `${sheet}!${toA1(row, 0)}`;
  return new HostError('too-large', where, ...said(HOST_TEXT.rowTooLarge(sheet, row + 1)));
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
      return new HostError('protected', code, ...said(HOST_TEXT.accessDenied));
    case 'ItemNotFound':
      return new HostError('not-found', code, ...said(HOST_TEXT.notFound));
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      // The adapter splits every request under the cap; reaching it is a defect, not the clerk's to fix.
      return new HostError('too-large', code, ...said(HOST_TEXT.payloadTooLarge));
    case 'ActivityLimitReached':
    case 'RequestAborted':
      return new HostError('busy', code, ...said(HOST_TEXT.busy));
    default:
      return new HostError('unknown', `${code} ${message}`.trim(), ...said(HOST_TEXT.unknown(code || message)));
  }
}
