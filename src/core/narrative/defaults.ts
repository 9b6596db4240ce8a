import type { Indicator } from '../catalog/types';
import type { Model } from '../model/model';
import type { TemplateRow } from './readTemplates';
import { DEFAULT_TEMPLATE_WORDS } from './reportLexicon';

/**
 * Templates for a workbook without a 文字模板 sheet: per 章节, one sentence listing its
 * indicators with their change on last year ("来信件数3180宗，同比增长6.5%；…").
 */
export function defaultTemplates(model: Model): TemplateRow[] {
  const bySection = new Map<string, Indicator[]>();
  for (const ind of model.compilation.catalog.indicators) {
    if (ind.kind === 'text') continue;
    const whole = model.wholes.get(ind.key);
    if (!whole && !ind.formula) continue;
    const section = ind.section ?? DEFAULT_TEMPLATE_WORDS.section;
    const list = bySection.get(section) ?? [];
    list.push(ind);
    bySection.set(section, list);
  }
  const rows: TemplateRow[] = [];
  for (const [section, indicators] of bySection) {
    const clauses = indicators.map((ind) => {
      const name = escape(ind.name);
      const unit = ind.kind === 'rate' ? '%' : ind.unit ?? '';
      const whole = model.wholes.get(ind.key);
      const hasPrevious = (whole?.previous ?? ind.publishedPrevious) !== null;
      const change = hasPrevious ? DEFAULT_TEMPLATE_WORDS.change(name, ind.kind === 'rate') : '';
      return `${name}{${name}}${escape(unit)}${change}`;
    });
    rows.push({ section, order: 1, template: `${clauses.join(DEFAULT_TEMPLATE_WORDS.clauseSeparator)}${DEFAULT_TEMPLATE_WORDS.sentenceEnd}`, cell: null, rowNumber: 0 });
  }
  return rows;
}

function escape(text: string): string {
  return text.replace(/\{/g, '{{').replace(/\}/g, '}}');
}
