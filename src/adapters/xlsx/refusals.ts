import { UnusableInputError } from '../../app/errors';
import { refusalText, type Refusal } from './i18n/refusals';

/** A file Huibian cannot read: the Chinese line as its message, the English one beside it. */
export class UnreadableWorkbookError extends UnusableInputError {
  override readonly en: string;
  constructor(
    readonly refusal: Refusal,
    file: string,
  ) {
    super(refusalText(refusal, 'zh'), file);
    this.en = `${file}: ${refusalText(refusal, 'en')}`;
    this.name = 'UnreadableWorkbookError';
  }
}

/** Throws the refusal; typed `never` so that callers read as guards. */
export function refuse(refusal: Refusal, file: string): never {
  throw new UnreadableWorkbookError(refusal, file);
}
