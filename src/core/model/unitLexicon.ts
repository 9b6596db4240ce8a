/** The multipliers a unit may carry over another (SPEC §2.3): 万人次 is 10⁴ 人次, 亿元 10⁸ 元. */
export const UNIT_PREFIX_POWER: ReadonlyMap<string, number> = new Map([
  ['十', 1], ['百', 2], ['千', 3], ['万', 4], ['十万', 5], ['百万', 6], ['千万', 7], ['亿', 8],
]);
