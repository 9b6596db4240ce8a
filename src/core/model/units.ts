import { isSameUnit, normalizeUnit } from '../catalog/lookup';
import { toMatchKey } from '../text/fold';
import { UNIT_PREFIX_POWER } from './unitLexicon';

/** 0 when the units agree, k when `written` is 10^k of `unit`, null when they cannot be converted. */
export function toConversion(written: string, unit: string, isRate: boolean): number | null {
  if (isSameUnit(written, unit)) return 0;
  const w = normalizeUnit(written);
  const u = normalizeUnit(unit);
  if (isRate && (w === '%' || u === '%')) return null;
  // Any two units that differ only by 十 百 千 万 亿 convert (SPEC §2.3): 亿元 → 万元 is 10⁴.
  const a = splitScale(w);
  const b = splitScale(u);
  return a.base === b.base ? a.power - b.power : null;
}

/** A unit as its multiplier and base: 亿元 → 10⁸ 元, 万人次 → 10⁴ 人次, 人 → 10⁰ 人. */
function splitScale(unit: string): { power: number; base: string } {
  const prefix = PREFIXES_LONGEST_FIRST.find(([p]) => unit.startsWith(p) && unit.length > p.length);
  return prefix ? { power: prefix[1], base: unit.slice(prefix[0].length) } : { power: 0, base: unit };
}

/** 万人次 counts in tens of thousands: a count in such a unit is whole only at 10^k. */
export function unitScale(unit: string | null): number {
  if (unit === null) return 0;
  let power = scaleOfUnit.get(unit);
  if (power === undefined) {
    const key = toMatchKey(unit);
    const prefix = PREFIXES_LONGEST_FIRST.find(([p]) => key.startsWith(p) && key.length > p.length);
    power = prefix?.[1] ?? 0;
    scaleOfUnit.set(unit, power);
  }
  return power;
}

/** Longest prefix first, so that 百万 wins over 百; units are few, so their scales are kept. */
const PREFIXES_LONGEST_FIRST = [...UNIT_PREFIX_POWER].sort((a, b) => b[0].length - a[0].length);

const scaleOfUnit = new Map<string, number>();
