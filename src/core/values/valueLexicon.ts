/**
 * The words a hand-filled cell may carry (SPEC §2.2), one list each for every reader: the cell
 * grammar, the narrative that writes an approximate figure back, and the draft reader.
 */

/** Cells that mean "not applicable": no value, and no "missing" finding either. */
export const NOT_APPLICABLE: ReadonlySet<string> = new Set(['—', '——', '－', '-', '--', '/', '／', '无', '不适用', '–', '―']);

/** Words before a number that make it approximate (约150), longest first. */
export const APPROX_PREFIXES: readonly string[] = ['大约', '将近', '接近', '超过', '约', '近', '超', '逾'];

/** Words after a number that make it approximate (150余, 150+), longest first. */
export const APPROX_SUFFIXES: readonly string[] = ['左右', '以上', '余', '多', '+'];

/** The word the narrative puts before a figure derived from an approximate one. */
export const ABOUT = '约';
