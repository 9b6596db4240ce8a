import { UnreadableFileError } from '../unreadableFile';
import { refusalText, type Refusal } from './i18n/refusals';

/** Throws the refusal (an UnreadableFileError naming the file); typed `never` so that callers read as guards. */
export function refuse(refusal: Refusal, file: string): never {
  throw new UnreadableFileError(refusal, file, refusalText);
}
