/**
 * The "do it with formulas" way: the same checks written as cell formulas over the same grids,
 * evaluated by HyperFormula (a devDependency of the benchmark only, used under its GPL-3
 * licence key, never shipped). One formula per check a clerk would otherwise write by hand.
 */
import { HyperFormula } from 'hyperformula';
import type { CellValue } from '../src/core';
import { groupNames, totalRow, TOTAL_UNIT, unitName, unitRow, type Synthetic } from './synthetic';

export function checkFormulas(s: Synthetic): string[] {
  const { units, groups } = s.workload;
  const out: string[] = [];
  for (let u = 0; u < units; u++) {
    const sheet = `'${unitName(u)}'`;
    for (let g = 0; g < groups; g++) {
      const c = (i: number): string => `${sheet}!C${unitRow(g, i)}`;
      const d = (i: number): string => `${sheet}!D${unitRow(g, i)}`;
      out.push(`=IF(${c(0)}=${c(1)}+${c(2)}+${c(3)},0,1)`); // balance
      out.push(`=IF(${c(5)}<=${c(4)},0,1)`); // part-of
      for (let i = 0; i < 9; i++) {
        out.push(i === 8 ? `=IF(ISNUMBER(${c(i)}),0,1)` : `=IF(AND(ISNUMBER(${c(i)}),${c(i)}>=0,${c(i)}=INT(${c(i)})),0,1)`); // parse + type
        out.push(`=IF(ABS(${c(i)}/${d(i)}-1)*100>30,1,0)`); // yoy
      }
    }
  }
  for (let g = 0; g < groups; g++) {
    for (let i = 0; i < 9; i++) {
      const parts = Array.from({ length: units }, (_, u) => `'${unitName(u)}'!C${unitRow(g, i)}`).join(',');
      out.push(`=IF(ROUND(SUM(${parts})-'${TOTAL_UNIT}'!C${totalRow(g, i)},2)=0,0,1)`); // aggregate
    }
    const t = (i: number): string => `'${TOTAL_UNIT}'!C${totalRow(g, i)}`;
    out.push(`=IF(ROUND(${t(6)}/${t(7)}*100,2)=${t(9)},0,1)`); // ratio
  }
  for (const f of s.ruleFormulas) out.push(`=IF(${f.slice(1)},0,1)`);
  return out;
}

/** Builds the workbook in HyperFormula (which computes every formula) and counts failing checks. */
export function runFormulas(s: Synthetic, formulas: readonly string[]): number {
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const sheet of s.grid.sheets) sheets[sheet.name] = sheet.values.map((row) => row.map(toRaw));
  sheets['核对'] = formulas.map((f) => [f]);
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', maxRows: 10_000_000 });
  const id = hf.getSheetId('核对')!;
  let failing = 0;
  for (let r = 0; r < formulas.length; r++) if (hf.getCellValue({ sheet: id, row: r, col: 0 }) === 1) failing++;
  hf.destroy();
  return failing;
}

function toRaw(v: CellValue): string | number | boolean | null {
  if (v === null || typeof v !== 'object') return v;
  return v.kind === 'error' ? v.code : v.kind === 'date' ? v.iso : null;
}

export { groupNames };
