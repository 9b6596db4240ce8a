import type { Language } from '../core';
import { unusableLine } from './i18n/errors';

/**
 * Input Huibian cannot use at all (not an .xlsx, too large, encrypted). The message is one
 * line a clerk can act on, naming the file and, where there is one, the sheet and cell: in
 * Chinese, and in English as `en` when the reason was given in both languages.
 */
export class UnusableInputError extends Error {
  readonly en?: string;
  constructor(
    reason: string | Readonly<Record<Language, string>>,
    readonly file: string,
    readonly sheet?: string,
    readonly cell?: string,
  ) {
    super(unusableLine('zh', typeof reason === 'string' ? reason : reason.zh, file, sheet, cell));
    if (typeof reason !== 'string') this.en = unusableLine('en', reason.en, file, sheet, cell);
    this.name = 'UnusableInputError';
  }
}
