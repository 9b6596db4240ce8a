/**
 * Chinese numerals as prose writes them: 一百五十 → 150, 二十六万三千 → 263000, 两千零五 → 2005,
 * 十二 → 12. Null for anything else (npm parsers drop 万 and 余; this keeps to what it knows).
 */
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export function parseChineseNumeral(text: string): number | null {
  if (text === '') return null;
  // 亿 closes everything before it; 万 closes only the part below 亿.
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[ch] !== 0) return null;
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch];
      digit = null;
    } else if (ch in BIG_UNITS) {
      const part = section + (digit ?? 0);
      if (BIG_UNITS[ch] === BIG_UNITS.万) {
        if (part === 0) return null;
        wan = part * BIG_UNITS[ch];
      } else {
        if (part + wan + yi === 0) return null;
        yi = (yi + wan + part) * BIG_UNITS[ch];
        wan = 0;
      }
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return yi + wan + section + (digit ?? 0);
}
