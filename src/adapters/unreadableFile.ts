import type { Language } from '../core';
import { UnusableInputError } from '../app/errors';

/** Why a reader refuses a file, as a fact: a key, and the figures and names its sentence needs. */
interface FileRefusal {
  readonly key: string;
}

/**
 * A file a reader refuses (a workbook, a draft): the refusal kept as a fact, its line written in
 * both languages by the reader's own sentence table — the Chinese as the message, the English
 * as `en` — each naming the file.
 */
export class UnreadableFileError<R extends FileRefusal> extends UnusableInputError {
  constructor(
    readonly refusal: R,
    file: string,
    sentence: (refusal: R, language: Language) => string,
  ) {
    super({ zh: sentence(refusal, 'zh'), en: sentence(refusal, 'en') }, file);
    this.name = 'UnreadableFileError';
  }
}

/** A size limit or a file's size as the refusals write it, in either language: "0.50 MB", "64 MB". */
export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;
