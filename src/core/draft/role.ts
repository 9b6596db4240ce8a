/**
 * What a figure states about its indicator: this year's level, last year's (a table's 上年
 * column), or a change: 比上年增加120件 / 增减 (change), 同比增长6.5% / 增减率 (yoy). The sign of
 * a change comes from its word (下降 −1, 增长 +1) or, written as −1 in a table, from the number (0).
 */
export type FigureRole =
  | { readonly kind: 'level' }
  | { readonly kind: 'previous' }
  | { readonly kind: 'change'; readonly sign: -1 | 0 | 1 }
  | { readonly kind: 'yoy'; readonly sign: -1 | 0 | 1 }
  /** A table column whose header names no role the check knows. */
  | { readonly kind: 'unknown' };
