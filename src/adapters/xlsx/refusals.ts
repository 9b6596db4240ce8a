import { UnreadableFileError } from '../unreadableFile';
import { refusalText, type Refusal } from './i18n/refusals';

/** A workbook Huibian cannot read, with its refusal as a fact. */
export type UnreadableWorkbookError = UnreadableFileError<Refusal>;

/** Throws the refusal; typed `never` so that callers read as guards. */
export function refuse(refusal: Refusal, file: string): never {
  throw new UnreadableFileError(refusal, file, refusalText);
}
