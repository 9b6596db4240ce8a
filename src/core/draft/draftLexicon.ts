/** Words 核稿 writes about a draft's figures. */

/** 万/亿 written before a unit in prose, by power of ten. */
export const POWER_WORDS: Readonly<Record<number, string>> = { 4: '万', 8: '亿', 12: '万亿', 6: '百万', 7: '千万' };

/** A rate changes by percentage points. */
export const POINTS = '个百分点';
