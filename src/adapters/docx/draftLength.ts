import { UnreadableFileError } from '../unreadableFile';
import { draftRefusalText } from './i18n/draftRefusals';

/**
 * Longest draft text accepted, in characters: a year's report is 20–200 thousand; a 50 MB draft
 * held 1.4 million figures and peaked at 4.3 GB in 核稿. Files (a .docx counted after extraction)
 * and text pasted into the pane are held to it alike.
 */
const DRAFT_TEXT_CHARS = 2_000_000;

/** The text, or the one-line refusal naming `source` (a file, or the pane's words for a pasted text). */
export function withinDraftLength(text: string, source: string): string {
  if (text.length > DRAFT_TEXT_CHARS) throw new UnreadableFileError({ key: 'too-long', chars: text.length, limit: DRAFT_TEXT_CHARS }, source, draftRefusalText);
  return text;
}
