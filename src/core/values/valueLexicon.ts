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

/** 万 and 亿 written after a number (SPEC §2.2), and the power of ten each stands for. */
export const MULTIPLIER_POWER = { 万: 4, 亿: 8, 万亿: 12 } as const;

/** A multiplier word: 万, 亿 or 万亿. */
export type Multiplier = keyof typeof MULTIPLIER_POWER;

/** The multipliers, longest first, so 万亿 is not read as 万. */
export const MULTIPLIERS: readonly Multiplier[] = ['万亿', '万', '亿'];

/** A number that starts with a thousands separator (",500" or "，500"): not a figure. */
export const LEADING_GROUP_SEPARATOR = /^[,，]\d/;

/** The per-cent sign in either width. */
export const PERCENT_SIGNS: ReadonlySet<string> = new Set(['%', '％']);
