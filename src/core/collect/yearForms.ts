import { catalogReporters } from '../catalog/reporters';
import type { Indicator } from '../catalog/types';
import type { Decimal } from '../decimal';
import { toMatchKey } from '../text/fold';
import { buildModel } from '../model/model';
import { buildSubmissionForm } from '../forms/submissionForm';
import type { OutSheet } from '../output/sheetModel';
import type { Compilation } from '../workbook/types';
import { yearText } from './collectLexicon';
import { rolledCatalog, thisYearsFigures, unitFigure } from './rollover';

/**
 * The blank forms for `year` (报送模板, SPEC §1 step 2), one per unit the catalogue names: every
 * form says that year. Made from this year's book for next year, a form's 上年数 is the unit's
 * own figure this year (the agreed whole of an 一致 indicator); for the book's own year it is
 * the catalogue's 上年公布数 where that is the unit's figure (not a street's share of a 求和 whole).
 */
export function buildYearForms(compilation: Compilation, year: number): { unit: string; sheet: OutSheet }[] {
  const units = catalogReporters(compilation.catalog);
  const period = yearText(year);
  if (compilation.year === null || year <= compilation.year) {
    return units.map((unit) => ({ unit, sheet: buildSubmissionForm(compilation.catalog, unit, period, (ind) => publishedFor(ind, unit)) }));
  }
  const model = buildModel(compilation);
  const figures = thisYearsFigures(model);
  const catalog = rolledCatalog(compilation.catalog, figures);
  return units.map((unit) => ({ unit, sheet: buildSubmissionForm(catalog, unit, period, (ind) => unitFigure(model, ind, unit, figures)) }));
}

/** The catalogue's 上年公布数 as a unit's own last-year figure: the whole of a 求和 indicator is its 合计单位's only. */
function publishedFor(ind: Indicator, unit: string): Decimal | null {
  if (ind.aggregation !== 'sum') return ind.publishedPrevious;
  return ind.totalReporter !== null && toMatchKey(ind.totalReporter) === toMatchKey(unit) ? ind.publishedPrevious : null;
}
