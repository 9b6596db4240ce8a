import type { TextRef } from '../grid/refs';
import type { DraftFigure } from './extract';
import type { Match } from './match';

/** A figure of the draft and the indicator it was matched to, if any. */
export interface CheckedFigure {
  readonly figure: DraftFigure;
  readonly match: Match | null;
}

/** Where a figure stands in the draft, for a finding's refs. */
export const textRef = (f: DraftFigure): TextRef => ({ offset: f.offset, length: f.length, text: f.text });
