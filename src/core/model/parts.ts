import { figureNear, type FigureValue, type Model } from './model';

/** A total and the figures that should add up to it. */
export interface Balance {
  readonly total: FigureValue;
  readonly parts: readonly FigureValue[];
}

/** Every parent/分项 pair the catalogue defines, per unit that reports the parent with all parts. */
export function partsBalances(model: Model): Balance[] {
  const out: Balance[] = [];
  const { catalog } = model.compilation;
  // Children grouped once: filtering the catalogue per parent is quadratic (40,000 indicators: 80 s).
  const childrenOf = new Map<string, (typeof catalog.indicators)[number][]>();
  for (const c of catalog.indicators) {
    if (c.parent === null || c.relation !== 'parts') continue;
    const list = childrenOf.get(c.parent);
    if (list) list.push(c);
    else childrenOf.set(c.parent, [c]);
  }
  for (const parent of catalog.indicators) {
    const children = childrenOf.get(parent.key) ?? [];
    if (children.length === 0) continue;
    for (const total of model.byIndicator.get(parent.key) ?? []) {
      if (total.current === null || total.figure.role === 'total' || (total.figure.layout === 'wide' && total.figure.role !== 'item')) continue;
      const own = children.map((c) => figureNear(model, c.key, total.figure.reporter, total.figure.sheet));
      if (own.every((p) => p !== null)) {
        out.push({ total, parts: own as FigureValue[] });
        continue;
      }
      if (own.some((p) => p !== null)) continue;
      const wholes = children.map((c) => model.wholes.get(c.key)?.figures.current);
      if (wholes.every((w) => w && w.length === 1)) out.push({ total, parts: wholes.map((w) => w![0]) });
    }
  }
  return out;
}

