import ExcelJS from 'exceljs';
import { META_SHEET_NAME, readGeneratedTags } from '../../core';
import { readXlsx } from './readXlsx';

export interface MergeInput {
  readonly file: string;
  readonly data: Uint8Array;
}

export interface MergedBook {
  readonly bytes: Uint8Array;
  /** Where each sheet went: file, its sheet, and the name in the merged workbook. */
  readonly placed: readonly { readonly file: string; readonly sheet: string; readonly as: string }[];
  readonly notices: readonly string[];
}

const SHARED_SHEETS = /^(指标目录|catalog|catalogue|校验规则|rules|文字模板|templates)$/i;

/**
 * 导入报送 (SPEC §1): copies every sheet of every workbook into one compilation workbook —
 * values, formulas with their results, formats, merges, widths, heights, hidden rows. A sheet
 * name already taken gets the file's name. Huibian's own generated sheets are left behind;
 * a second 指标目录/校验规则/文字模板 is left out (the first one wins).
 */
export async function mergeWorkbooks(inputs: readonly MergeInput[]): Promise<MergedBook> {
  const out = new ExcelJS.Workbook();
  out.creator = '汇编助手';
  const placed: { file: string; sheet: string; as: string }[] = [];
  const notices: string[] = [];
  for (const input of inputs) {
    const { book, grid, notices: read } = await readXlsx(input.data, input.file);
    notices.push(...read);
    const tags = readGeneratedTags(grid);
    for (const ws of book.worksheets) {
      if (ws.name === META_SHEET_NAME || tags.has(ws.name)) continue;
      const shared = SHARED_SHEETS.test(ws.name.trim());
      if (shared && out.getWorksheet(ws.name)) {
        notices.push(`${input.file}的“${ws.name}”与前面的同名工作表重复，未并入。`);
        continue;
      }
      const name = freeName(out, ws.name, input.file);
      copySheet(ws, out.addWorksheet(name, { state: ws.state === 'veryHidden' ? 'hidden' : ws.state }));
      placed.push({ file: input.file, sheet: ws.name, as: name });
    }
  }
  return { bytes: new Uint8Array((await out.xlsx.writeBuffer()) as ArrayBuffer), placed, notices };
}

function freeName(book: ExcelJS.Workbook, wanted: string, file: string): string {
  const taken = (n: string): boolean => book.worksheets.some((w) => w.name.toLowerCase() === n.toLowerCase());
  if (!taken(wanted)) return wanted;
  const base = file.replace(/\.[^.]+$/, '').replace(/[:\\/?*[\]]/g, '_').slice(0, 31);
  if (base && !taken(base)) return base;
  for (let i = 2; ; i++) {
    const n = `${wanted.slice(0, 26)} (${i})`;
    if (!taken(n)) return n;
  }
}

function copySheet(from: ExcelJS.Worksheet, to: ExcelJS.Worksheet): void {
  from.columns?.forEach((col, i) => {
    const target = to.getColumn(i + 1);
    if (col.width) target.width = col.width;
    if (col.hidden) target.hidden = true;
  });
  from.eachRow({ includeEmpty: true }, (row, r) => {
    const target = to.getRow(r);
    if (row.height) target.height = row.height;
    if (row.hidden) target.hidden = true;
    row.eachCell({ includeEmpty: false }, (c, col) => {
      if (c.isMerged && c.master.address !== c.address) return;
      const t = target.getCell(col);
      t.value = c.value;
      t.style = JSON.parse(JSON.stringify(c.style ?? {}));
    });
  });
  for (const range of (from.model as { merges?: string[] }).merges ?? []) to.mergeCells(range);
  if (from.views) to.views = from.views.map((v) => ({ ...v }));
  if (from.pageSetup) to.pageSetup = { ...from.pageSetup };
}
