import type ExcelJS from 'exceljs';
import type { CellValue, MergedArea, SheetGrid } from '../../core';

/** An ExcelJS worksheet as the core's grid: values (cached results for formulas), formats, merges. */
export function worksheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  const mergeExtents = new Map<string, MergedArea>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    const rowValues: CellValue[] = [];
    const rowFormats: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (cell.isMerged && cell.master.address !== cell.address) {
        const master = cell.master;
        const key = master.address;
        const top = Number(master.row) - 1;
        const left = Number(master.col) - 1;
        const area = mergeExtents.get(key) ?? { top, left, bottom: top, right: left };
        mergeExtents.set(key, { top, left, bottom: Math.max(area.bottom, r), right: Math.max(area.right, c) });
        return;
      }
      rowValues[c] = toCellValue(cell.value);
      const fmt = cell.numFmt;
      if (fmt && fmt !== 'General') rowFormats[c] = fmt;
    });
    values[r] = densify(rowValues);
    if (rowFormats.length > 0) formats[r] = densifyFormats(rowFormats);
  });
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  return {
    name: ws.name,
    values,
    formats,
    hiddenRows,
    merges: [...mergeExtents.values()],
    visibility: ws.state === 'veryHidden' ? 'veryHidden' : ws.state === 'hidden' ? 'hidden' : 'visible',
  };
}

function densify(row: CellValue[]): CellValue[] {
  const out: CellValue[] = new Array(row.length);
  for (let i = 0; i < row.length; i++) out[i] = row[i] === undefined ? null : row[i];
  return out;
}

function densifyFormats(row: (string | null)[]): (string | null)[] {
  const out: (string | null)[] = new Array(row.length);
  for (let i = 0; i < row.length; i++) out[i] = row[i] ?? null;
  return out;
}

/** ExcelJS cell values: formulas give their cached result, rich text its plain text. */
export function toCellValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return { kind: 'date', iso: toIsoDate(v) };
  if (typeof v === 'object') {
    if ('error' in v) return { kind: 'error', code: String(v.error) };
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const f = v as { formula?: string; sharedFormula?: string; result?: unknown };
      if (f.result === undefined || f.result === null) return { kind: 'uncached', formula: f.formula ?? f.sharedFormula ?? '' };
      if (typeof f.result === 'object' && f.result !== null && 'error' in f.result) return { kind: 'error', code: String((f.result as { error: unknown }).error) };
      return toCellValue(f.result as ExcelJS.CellValue);
    }
    if ('text' in v && 'hyperlink' in v) {
      const t = (v as { text: unknown }).text;
      return typeof t === 'string' ? t : toCellValue(t as ExcelJS.CellValue);
    }
  }
  return String(v);
}

function toIsoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? 'invalid date' : d.toISOString().slice(0, 10);
}
