/** The contents of a workbook as ExcelJS reads them: per sheet, values, number formats, merges, hidden rows/columns, state. */
import ExcelJS from 'exceljs';

export interface SheetSnapshot {
  name: string;
  state: string;
  cells: Record<string, string>;
  merges: string[];
  hiddenRows: number[];
  hiddenCols: number[];
}

function show(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return `n:${Number(v.toPrecision(15))}`;
  if (typeof v === 'string') return `s:${v}`;
  if (typeof v === 'boolean') return `b:${v}`;
  if (v instanceof Date) return `d:${v.toISOString().slice(0, 10)}`;
  if ('richText' in v) return `s:${v.richText.map((r) => r.text).join('')}`;
  if ('error' in v) return `e:${v.error}`;
  if ('formula' in v || 'sharedFormula' in v) {
    const f = v as ExcelJS.CellFormulaValue;
    const r = f.result as ExcelJS.CellValue;
    return `f:${(f.formula ?? '').replace(/^=/, '')}=${show(r === undefined ? null : r)}`;
  }
  if ('text' in v) return `s:${(v as ExcelJS.CellHyperlinkValue).text}`;
  return `?:${JSON.stringify(v)}`;
}

/** General and empty formats are the same thing. */
const fmt = (f: string | undefined) => (!f || f === 'General' ? '' : f);

export async function snapshot(buf: Buffer | Uint8Array): Promise<SheetSnapshot[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return book.worksheets.map((ws) => {
    const cells: Record<string, string> = {};
    const merged = new Set<string>();
    const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).slice().sort();
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) {
          merged.add(cell.address);
          return;
        }
        const v = show(cell.value);
        if (v === '' || v === 's:') return;
        cells[cell.address] = `${v}${fmt(cell.numFmt) ? ` [${fmt(cell.numFmt)}]` : ''}`;
      });
    });
    const hiddenRows: number[] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      if (row.hidden) hiddenRows.push(n);
    });
    const hiddenCols: number[] = [];
    for (let c = 1; c <= Math.max(ws.columnCount, 30); c++) if (ws.getColumn(c).hidden) hiddenCols.push(c);
    return { name: ws.name, state: ws.state, cells, merges, hiddenRows, hiddenCols };
  });
}
