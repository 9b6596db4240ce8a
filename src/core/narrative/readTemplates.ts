import { findHeaderTable, roleText } from '../grid/headerTable';
import { cellRef, type CellRef } from '../grid/refs';
import { cellAt, formatAt, type SheetGrid } from '../grid/types';
import { parseCellValue } from '../values/parseValue';
import { TEMPLATE_LABELS } from './reportLexicon';

type TemplateColumn = keyof typeof TEMPLATE_LABELS;

const LABELS: Record<TemplateColumn, readonly string[]> = TEMPLATE_LABELS;

/** One row of the 文字模板 sheet (SPEC §2.6). */
export interface TemplateRow {
  readonly section: string;
  readonly order: number;
  readonly template: string;
  readonly cell: CellRef | null;
  /** 1-based row on the sheet, for messages. */
  readonly rowNumber: number;
}

export function readTemplates(sheet: SheetGrid): TemplateRow[] {
  const table = findHeaderTable<TemplateColumn>(sheet, LABELS, 'template');
  if (!table) return [];
  const col = table.columns.get('template')!;
  const orderCol = table.columns.get('order');
  const rows: TemplateRow[] = [];
  for (const row of table.rows) {
    const template = cellAt(sheet, row, col);
    if (typeof template !== 'string' || template.trim() === '') continue;
    let order = rows.length + 1;
    if (orderCol !== undefined) {
      const r = parseCellValue(cellAt(sheet, row, orderCol), formatAt(sheet, row, orderCol));
      if (r.kind === 'number') order = r.value.toNumber();
    }
    rows.push({ section: roleText(sheet, table, row, 'section'), order, template: template.trim(), cell: cellRef(sheet.name, row, col), rowNumber: row + 1 });
  }
  return rows;
}
