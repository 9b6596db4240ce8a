import ExcelJS from 'exceljs';

/**
 * A wide sheet of streets × 30 indicators with a 合计 row whose last column is wrong: the
 * finding's cell is far to the right and far down, off any screen until the grid scrolls to it.
 */
export async function wideBook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('街道明细');
  const indicators = Array.from({ length: 30 }, (_, i) => `第${i + 1}项排查企业数（家）`);
  ws.addRow(['2023年各街道排查情况']);
  ws.addRow(['序号', '街道', ...indicators]);
  const streets = Array.from({ length: 60 }, (_, i) => `第${i + 1}街道`);
  const totals = indicators.map(() => 0);
  streets.forEach((street, r) => {
    const figures = indicators.map((_, c) => 100 + r * 3 + c);
    figures.forEach((v, c) => (totals[c] += v));
    ws.addRow([r + 1, street, ...figures]);
  });
  totals[totals.length - 1] += 7;
  ws.addRow([null, '合计', ...totals]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
