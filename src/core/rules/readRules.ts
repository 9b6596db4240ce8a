import { ZERO, type Decimal } from '../decimal';
import { makeFinding } from '../findings/finding';
import type { Finding, Severity } from '../findings/finding';
import { findHeaderTable, roleText } from '../grid/headerTable';
import { cellRef, type CellRef } from '../grid/refs';
import { cellAt, formatAt, type SheetGrid } from '../grid/types';
import { toMatchKey } from '../text/fold';
import { parseCellValue } from '../values/parseValue';
import type { ParsedRule } from './ast';
import { parseRule } from './parse';
import { RULE_LABELS, SEVERITY_WORDS } from './rulesLexicon';

type RuleColumn = keyof typeof RULE_LABELS;

const LABELS: Record<RuleColumn, readonly string[]> = RULE_LABELS;

const SEVERITIES: Readonly<Record<string, Severity>> = SEVERITY_WORDS;

/** One row of the 校验规则 sheet (SPEC §2.5), parsed. */
export interface Rule {
  /** The 编号 as written; null when blank (the findings then name the rule by its row). */
  readonly id: string | null;
  readonly description: string;
  readonly expression: string;
  readonly severity: Severity;
  readonly tolerance: Decimal;
  /** 1-based row number on the rules sheet, for messages. */
  readonly rowNumber: number;
  readonly cell: CellRef;
  readonly parsed: ParsedRule;
}

export function readRules(sheet: SheetGrid): { rules: Rule[]; findings: Finding[] } {
  const table = findHeaderTable<RuleColumn>(sheet, LABELS, 'expression');
  if (!table) return { rules: [], findings: [] };
  const rules: Rule[] = [];
  const findings: Finding[] = [];
  const exprCol = table.columns.get('expression')!;
  for (const row of table.rows) {
    const expression = roleText(sheet, table, row, 'expression');
    if (expression === '') continue;
    const sevText = toMatchKey(roleText(sheet, table, row, 'severity'));
    let severity: Severity = 'error';
    if (sevText !== '') {
      const s = SEVERITIES[sevText];
      if (s) severity = s;
      else findings.push(makeFinding('rule', 'warning', { key: 'rule.bad-severity', params: { raw: roleText(sheet, table, row, 'severity') } }, { refs: [cellRef(sheet.name, row, table.columns.get('severity')!)] }));
    }
    let tolerance = ZERO;
    const tolCol = table.columns.get('tolerance');
    if (tolCol !== undefined) {
      const r = parseCellValue(cellAt(sheet, row, tolCol), formatAt(sheet, row, tolCol));
      if (r.kind === 'number' && r.value.gte(0)) tolerance = r.value;
    }
    rules.push({
      id: roleText(sheet, table, row, 'id') || null,
      description: roleText(sheet, table, row, 'description') || expression,
      expression,
      severity,
      tolerance,
      rowNumber: row + 1,
      cell: cellRef(sheet.name, row, exprCol),
      parsed: parseRule(expression),
    });
  }
  return { rules, findings };
}
