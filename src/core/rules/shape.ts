import { toDecimal, type Decimal } from '../decimal';
import type { Expr } from './ast';
import type { RefExpr } from './bind';

/** A formula of the form numerator / denominator × scale (a rate), as GRIM needs it. */
export interface RatioShape {
  readonly numerator: RefExpr;
  readonly denominator: Expr;
  readonly scale: Decimal;
}

/** Recognises [a]/[b]*100, [a]*100/[b], 100*[a]/[b] and [a]/[b]. */
export function toRatioShape(e: Expr): RatioShape | null {
  if (e.kind !== 'binary') return null;
  if (e.op === '*') {
    const [div, factor] = e.left.kind === 'binary' && e.left.op === '/' ? [e.left, e.right] : e.right.kind === 'binary' && e.right.op === '/' ? [e.right, e.left] : [null, null];
    if (div && div.kind === 'binary' && factor && factor.kind === 'number' && div.left.kind === 'ref') {
      return { numerator: div.left, denominator: div.right, scale: toDecimal(factor.value)! };
    }
    return null;
  }
  if (e.op === '/') {
    const top = e.left;
    if (top.kind === 'ref') return { numerator: top, denominator: e.right, scale: toDecimal('1')! };
    if (top.kind === 'binary' && top.op === '*') {
      const [ref, factor] = top.left.kind === 'ref' ? [top.left, top.right] : [top.right, top.left];
      if (ref.kind === 'ref' && factor.kind === 'number') return { numerator: ref, denominator: e.right, scale: toDecimal(factor.value)! };
    }
  }
  return null;
}
