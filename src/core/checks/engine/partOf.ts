import type { Indicator } from '../../catalog/types';
import { makeFinding } from '../../findings/finding';
import { figureNear, type FigureValue, type Model } from '../../model/model';
import { showValue } from '../show';
import type { Finding } from '../../findings/finding';

/**
 * part-of: a 其中 item larger than what it is part of. The catalogue's 关系 decides where it
 * states one (其中 → here, 分项 → balance).
 */
export function checkPartOfCatalog(model: Model): Finding[] {
  const findings: Finding[] = [];
  const { catalog } = model.compilation;
  for (const child of catalog.indicators) {
    if (child.relation !== 'of-which' || child.parent === null) continue;
    const parent = catalog.byKey.get(child.parent);
    if (!parent) continue;
    for (const fv of model.byIndicator.get(child.key) ?? []) {
      const parentFigure = figureNear(model, parent.key, fv.figure.reporter, fv.figure.sheet) ?? wholeFigure(model, parent);
      const f = compare(fv, parentFigure, child, parent);
      if (f) findings.push(f);
    }
  }
  return findings;
}

/** part-of for 其中： rows: each is part of the row above it, unless the catalogue says otherwise. */
export function checkPartOfRows(model: Model): Finding[] {
  const findings: Finding[] = [];
  for (const fv of model.values.values()) {
    const fig = fv.figure;
    if (fig.role !== 'of-which' || fig.parentId === null) continue;
    if (fig.indicator && fig.indicator.relation !== null && !model.compilation.catalogInferred) continue;
    const parent = model.values.get(fig.parentId);
    if (!parent) continue;
    const f = compare(fv, parent, fig.indicator, parent.figure.indicator);
    if (f) findings.push(f);
  }
  return findings;
}

function wholeFigure(model: Model, parent: Indicator): FigureValue | null {
  const w = model.wholes.get(parent.key);
  return w && w.figures.current.length === 1 ? w.figures.current[0] : null;
}

function compare(child: FigureValue, parent: FigureValue | null, childInd: Indicator | null, parentInd: Indicator | null): Finding | null {
  if (!parent || child.current === null || parent.current === null || child.current.approx || parent.current.approx) return null;
  const value = child.current.value;
  const parentValue = parent.current.value;
  if (value.lte(parentValue)) return null;
  const name = childInd?.name ?? child.figure.label;
  const parentName = parentInd?.name ?? parent.figure.label;
  return makeFinding('part-of', 'error', {
    key: 'part-of',
    params: {
      indicator: name,
      reporter: child.figure.reporter,
      value: showValue(value, childInd, child.current.decimals),
      parent: parentName,
      parentValue: showValue(parentValue, parentInd, parent.current.decimals),
    },
  }, {
    refs: [child.figure.currentCell, parent.figure.currentCell],
    indicator: name,
    reporter: child.figure.reporter,
    expected: parentValue,
    actual: value,
  });
}
