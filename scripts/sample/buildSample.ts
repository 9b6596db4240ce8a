import ExcelJS from 'exceljs';
import type { CatalogRow, CellSpec, LedgerSheet, LongSheet, SampleSource, WideSheet } from './types';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const FIXED_DATE = new Date(Date.UTC(2023, 11, 6));

/** Builds the sample compilation workbook from its readable source, formatted like hand-made forms. */
export function buildSampleWorkbook(source: SampleSource): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = '宝安区人力资源局';
  book.created = FIXED_DATE;
  book.modified = FIXED_DATE;
  addCatalog(book, source.catalog);
  source.sheets.forEach((sheet, i) => {
    switch (sheet.layout) {
      case 'long':
        addLong(book, sheet, source.period, i % 2 === 0);
        break;
      case 'wide':
        addWide(book, sheet, source.period);
        break;
      case 'ledger':
        addLedger(book, sheet);
        break;
    }
  });
  addTable(book, '校验规则', ['编号', '规则说明', '表达式', '级别', '容差'], source.rules.map((r) => [r.id, r.description, r.expression, r.severity, r.tolerance ?? null]), [8, 36, 90, 8, 8]);
  addTable(book, '文字模板', ['章节', '序号', '模板'], source.templates.map((t) => [t.section, t.order, t.template]), [12, 6, 120]);
  return book;
}

function addCatalog(book: ExcelJS.Workbook, rows: readonly CatalogRow[]): void {
  const header = ['编码', '指标名称', '单位', '类型', '小数位', '报送单位', '汇总方式', '合计单位', '上级指标', '关系', '计算公式', '取舍', '同比阈值', '上年公布数', '章节', '说明'];
  addTable(
    book,
    '指标目录',
    header,
    rows.map((r) => [
      r.code, r.name, r.unit, r.kind, r.decimals ?? null, r.reporters ?? null, r.aggregation ?? null, r.totalReporter ?? null,
      r.parent ?? null, r.relation ?? null, r.formula ?? null, r.rounding ?? null, r.yoyThreshold ?? null, r.publishedPrevious ?? null, r.section, r.definition ?? null,
    ]),
    [8, 24, 6, 6, 7, 30, 9, 13, 16, 6, 50, 8, 9, 10, 10, 30],
  );
}

function addTable(book: ExcelJS.Workbook, name: string, header: readonly string[], rows: readonly (readonly (string | number | null)[])[], widths: readonly number[]): void {
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow([...header]);
  styleHeader(ws.getRow(1), header.length);
  for (const r of rows) ws.addRow([...r]);
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

function styleHeader(row: ExcelJS.Row, width: number): void {
  for (let c = 1; c <= width; c++) {
    const cell = row.getCell(c);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  }
}

function addTitle(ws: ExcelJS.Worksheet, title: string, width: number): void {
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, width);
  const cell = ws.getCell(1, 1);
  cell.font = { bold: true, size: 16, name: '宋体' };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
}

function setValue(cell: ExcelJS.Cell, spec: CellSpec | undefined): void {
  if (spec === undefined) return;
  if (typeof spec === 'object') {
    cell.value = spec.n;
    cell.numFmt = spec.fmt;
  } else {
    cell.value = spec;
    if (typeof spec === 'string') cell.alignment = { horizontal: 'right' };
  }
}

function addLong(book: ExcelJS.Workbook, sheet: LongSheet, period: string, yearLabels: boolean): void {
  const ws = book.addWorksheet(sheet.name, { pageSetup: { paperSize: 9, orientation: 'portrait' } });
  const width = 6;
  addTitle(ws, sheet.title, width);
  for (let i = 0; i < (sheet.spacer ?? 0); i++) ws.addRow([]);
  const year = Number(period.slice(0, 4));
  const info = ws.addRow([`填报单位：${sheet.reporter}`, null, null, null, `报告期：${period}`]);
  ws.mergeCells(info.number, 1, info.number, 3);
  const header = ws.addRow(['序号', '指标名称', '计量单位', yearLabels ? `${year}年` : '本年数', yearLabels ? `${year - 1}年` : '上年数', '备注']);
  styleHeader(header, width);
  let seq = 0;
  for (const row of sheet.rows) {
    if ('heading' in row) {
      const r = ws.addRow([null, row.heading]);
      r.getCell(2).font = { bold: true };
      for (let c = 1; c <= width; c++) r.getCell(c).border = THIN;
      continue;
    }
    if ('blank' in row) {
      const r = ws.addRow([]);
      r.hidden = row.hidden ?? false;
      continue;
    }
    seq++;
    const r = ws.addRow([seq, '\u3000'.repeat(row.indent ?? 0) + row.name, row.unit, null, null, row.note ?? null]);
    setValue(r.getCell(4), row.value);
    setValue(r.getCell(5), row.previous);
    for (let c = 1; c <= width; c++) r.getCell(c).border = THIN;
  }
  ws.addRow([]);
  ws.addRow([`单位负责人：          填表人：${sheet.preparer}          联系电话：${sheet.phone}`]);
  [6, 34, 10, 12, 12, 22].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

function addWide(book: ExcelJS.Workbook, sheet: WideSheet, period: string): void {
  const ws = book.addWorksheet(sheet.name);
  const width = sheet.columns.length + 2;
  addTitle(ws, sheet.title, width);
  const info = ws.addRow([`填报单位：${sheet.reporter}`, null, null, `报告期：${period}`]);
  ws.mergeCells(info.number, 1, info.number, 3);
  const header = ws.addRow(['序号', sheet.firstLabel, ...sheet.columns]);
  styleHeader(header, width);
  sheet.rows.forEach((row, i) => {
    const r = ws.addRow([i + 1, row.unit, ...row.values]);
    for (let c = 1; c <= width; c++) r.getCell(c).border = THIN;
  });
  const totals = sheet.columns.map((_, c) => sheet.rows.reduce((s, row) => s + row.values[c], 0));
  const t = ws.addRow([null, sheet.totalLabel, ...totals]);
  for (let c = 1; c <= width; c++) {
    t.getCell(c).border = THIN;
    t.getCell(c).font = { bold: true };
  }
  ws.addRow([]);
  ws.addRow([`填表人：${sheet.preparer}          联系电话：${sheet.phone}`]);
  [6, 14, ...sheet.columns.map(() => 20)].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

function addLedger(book: ExcelJS.Workbook, sheet: LedgerSheet): void {
  const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 2 }] });
  addTitle(ws, sheet.title, sheet.columns.length);
  const header = ws.addRow([...sheet.columns]);
  styleHeader(header, sheet.columns.length);
  for (const row of sheet.rows) ws.addRow([...row]);
  [14, 12, 12, 12, 8].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}
