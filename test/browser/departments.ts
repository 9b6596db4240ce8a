import ExcelJS from 'exceljs';

type Row = readonly (string | number | null)[];

/** A department's workbook as they send it: a title, 填报单位 and 报告期, a header, figures, a signature line. */
async function departmentBook(sheet: string, title: string, unit: string, rows: readonly Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow([title]);
  ws.addRow([`填报单位：${unit}`, null, null, null, '报告期：2023年']);
  ws.addRow(['序号', '指标名称', '计量单位', '2023年', '2022年', '备注']);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  ws.mergeCells('A1:F1');
  ws.columns = [6, 34, 10, 12, 12, 22].map((width) => ({ width }));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** 信访科 resubmits: 国满件满意率 96.23% → 96.46% and 民诉件数 18,520 → 18,600, nothing else. */
export const xinfangResubmitted = (): Promise<Buffer> =>
  departmentBook('信访科', '2023年信访工作统计表', '宝安区人力资源局信访科', [
    ['来信信访件数', '宗', 3180, 2987],
    ['　其中：来信信访办结件数', '宗', 3049, 2840],
    ['国家满意度调查信访件数', '宗', 113, 96, '国家信访局流转'],
    ['国满件满意率', '%', '96.46%', '95.83%', '国家信访局反馈'],
    ['民诉件数', '宗', '18,600', 12873, '“民意速办平台”'],
  ]);

/** A unit the book has no sheet for yet. */
export const newUnit = (): Promise<Buffer> =>
  departmentBook('行政复议科', '2023年行政复议统计表', '宝安区人力资源局行政复议科', [
    ['行政复议案件数', '件', 9, 7],
    ['行政复议纠错数', '件', 1, 0],
  ]);

/** 仲裁院 sends its sheet again, unchanged. */
export const arbitrationAgain = (): Promise<Buffer> =>
  departmentBook('仲裁院', '2023年劳动人事争议仲裁统计表', '宝安区劳动人事争议仲裁院', [['受理劳动人事争议案件数', '件', 15710, 14238, '居全市各区第一']]);
