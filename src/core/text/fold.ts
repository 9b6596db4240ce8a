/**
 * Width folding for clerk text. NFKC would also turn 10² into 102 and ① into 1, so values
 * fold only full-width ASCII and the ideographic space; names use NFKC (SPEC §2).
 */

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_TO_HALF = 0xfee0;

/** Full-width ASCII (！…～) to ASCII and U+3000 to a space; nothing else changes. */
export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) out += String.fromCharCode(code - FULL_TO_HALF);
    else if (code === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

const SPACES = /[\s\u3000\u00a0\u200b\ufeff]+/g;

/**
 * The key under which a sheet name, column label, indicator or unit name is matched:
 * NFKC (width), no spaces anywhere, Latin letters lower-cased.
 */
export function toMatchKey(text: string): string {
  const hit = matchKeys.get(text);
  if (hit !== undefined) return hit;
  const key = text.normalize('NFKC').replace(SPACES, '').toLowerCase();
  // The same names, units and labels recur thousands of times in a workbook; NFKC is not cheap.
  if (matchKeys.size >= MATCH_KEY_CACHE) matchKeys.clear();
  matchKeys.set(text, key);
  return key;
}

const MATCH_KEY_CACHE = 50_000;
const matchKeys = new Map<string, string>();

/** Trims every kind of space a hand-filled cell carries, including U+3000 and NBSP. */
export function trimAll(text: string): string {
  return text.replace(/^[\s\u3000\u00a0\u200b\ufeff]+|[\s\u3000\u00a0\u200b\ufeff]+$/g, '');
}
