/** The words that name a reporting period (SPEC §2.1 Periods), for period.ts. */

/** The part of a year a figure covers, as months m1–m2: the whole year is 1-12. */
export type Span = string;

export const WHOLE_YEAR: Span = '1-12';

export const NAMED_SPANS: readonly (readonly [RegExp, Span])[] = [
  [/上半年/, '1-6'],
  [/下半年/, '7-12'],
  [/前三季度/, '1-9'],
  [/(一|1)季度/, '1-3'],
  [/(二|2)季度/, '4-6'],
  [/(三|3)季度/, '7-9'],
  [/(四|4)季度/, '10-12'],
  [/全年|年度|年报/, WHOLE_YEAR],
];

/** "1-6月", "1—6月", "1至6月", "1～6月" → 1-6. */
export const MONTHS = /(\d{1,2})\s*(?:-|—|–|－|~|～|至|到)\s*(\d{1,2})\s*月/;
/** "6月", "6月份" alone: a month's report. */
export const ONE_MONTH = /(?:^|[^\d-])(\d{1,2})\s*月(?:份)?(?:报)?$/;

/** A year in a 报告期: 2024年, 2024年度. */
export const YEAR_IN_PERIOD = /(19|20)\d{2}/;
