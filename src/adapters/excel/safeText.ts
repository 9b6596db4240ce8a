/**
 * Range.values is not a literal setter: "=…", "+…", "-…" and "@…" become formulas (FIELD-NOTES.md,
 * OWASP ASVS 5 §1.2.10, CWE-1236). Text is written with the number format "@" first and, when
 * its first character — after width folding, so ＝＋－＠ count — is = + - @, a tab or a CR, with
 * a leading apostrophe, which Excel keeps as the cell's prefix and does not show.
 */
const DANGEROUS_FIRST = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

export const TEXT_FORMAT = '@';

function needsApostrophe(text: string): boolean {
  return DANGEROUS_FIRST.test(text);
}

/** The value to hand Range.values for a text cell (its number format must be "@"). */
export function safeTextValue(text: string): string {
  return needsApostrophe(text) ? `'${text}` : text;
}
