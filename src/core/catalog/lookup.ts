import { toMatchKey } from '../text/fold';
import { INPUT_SHEET_NAMES, PERCENT_UNIT_WORDS } from './catalogLexicon';
import { splitOfWhich, splitUnitSuffix, stripEnumerator } from '../text/labelLexicon';
import type { Catalog, Indicator } from './types';

/** The key an indicator name is matched on: width, spaces, 其中： and enumerators ignored. */
export function toIndicatorKey(label: string): string {
  return toMatchKey(stripEnumerator(splitOfWhich(stripEnumerator(label)).rest));
}

/**
 * Finds the catalogue indicator a sheet label names: by its whole name, by its name without
 * a trailing unit in brackets ("来信件数（宗）"), or by its code.
 */
export function findIndicator(catalog: Catalog, label: string, code?: string | null): Indicator | null {
  if (code) {
    const byCode = catalog.byCode.get(toMatchKey(code));
    if (byCode) return byCode;
  }
  const key = toIndicatorKey(label);
  if (key === '') return null;
  const whole = catalog.byKey.get(key) ?? catalog.byCode.get(key);
  if (whole) return whole;
  const { name, unit } = splitUnitSuffix(stripEnumerator(splitOfWhich(label).rest));
  if (unit !== null) return catalog.byKey.get(toMatchKey(name)) ?? null;
  return null;
}

/** Units are matched like names; a missing unit matches anything. */
export function isSameUnit(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return normalizeUnit(a) === normalizeUnit(b);
}

export function normalizeUnit(unit: string): string {
  const key = toMatchKey(unit);
  return PERCENT_UNIT_WORDS.has(key) ? '%' : key;
}

const CATALOG_SHEET_NAMES = new Set(INPUT_SHEET_NAMES.catalog.map(toMatchKey));
const RULES_SHEET_NAMES = new Set(INPUT_SHEET_NAMES.rules.map(toMatchKey));
const TEMPLATES_SHEET_NAMES = new Set(INPUT_SHEET_NAMES.templates.map(toMatchKey));

export function isCatalogSheetName(name: string): boolean {
  return CATALOG_SHEET_NAMES.has(toMatchKey(name));
}
export function isRulesSheetName(name: string): boolean {
  return RULES_SHEET_NAMES.has(toMatchKey(name));
}
export function isTemplatesSheetName(name: string): boolean {
  return TEMPLATES_SHEET_NAMES.has(toMatchKey(name));
}
