import type { Compilation } from '../workbook/types';
import { toMatchKey } from '../text/fold';
import { cell, type OutCell, type OutSheet } from '../output/sheetModel';
import { STARTER_CATALOG } from './formLexicon';

const KIND_TEXT = STARTER_CATALOG.kinds;
const HEADER = STARTER_CATALOG.header;

/**
 * 初始化目录 (SPEC §2.3): a starter 指标目录 from what the sheets say — each indicator with its
 * unit, kind, the units that reported it, 求和 for a wide table's columns, 其中 parents — for the
 * clerk to complete (formulas, thresholds, published figures). Not tagged: it is the clerk's.
 */
export function buildStarterCatalog(compilation: Compilation): OutSheet {
  const rows: OutCell[][] = [HEADER.map((h) => cell(h, 'header'))];
  const { catalog } = compilation;
  for (const ind of catalog.indicators) {
    const figures = compilation.figures.filter((f) => f.key === ind.key && f.role !== 'total');
    const units = [...new Map(figures.map((f) => [toMatchKey(f.reporter), f.reporter])).values()];
    const wideTotal = compilation.figures.find((f) => f.key === ind.key && f.role === 'total' && f.layout === 'wide');
    const parent = ind.parent ? catalog.byKey.get(ind.parent)?.name ?? '' : '';
    const section = figures[0]?.sheet ?? '';
    rows.push([
      cell('', 'body'),
      cell(ind.name, 'body'),
      cell(ind.unit ?? '', 'bodyCenter'),
      cell(KIND_TEXT[ind.kind], 'bodyCenter'),
      cell(ind.decimals, 'bodyCenter'),
      cell(units.join(STARTER_CATALOG.reporterSeparator), 'body'),
      cell(STARTER_CATALOG.aggregations[ind.aggregation], 'bodyCenter'),
      cell(wideTotal ? wideTotal.reporter : '', 'body'),
      cell(parent, 'body'),
      cell(parent ? STARTER_CATALOG.ofWhich : '', 'bodyCenter'),
      cell('', 'body'),
      cell('', 'body'),
      cell('', 'body'),
      cell('', 'body'),
      cell(section, 'body'),
      cell(STARTER_CATALOG.inferredNote, 'body'),
    ]);
  }
  return { name: STARTER_CATALOG.sheetName, kind: null, rows, widths: [8, 28, 8, 8, 7, 30, 9, 14, 20, 6, 30, 8, 9, 10, 14, 28], merges: [], freezeRows: 1 };
}
