/**
 * A 300-unit, text-heavy compilation workbook in the fake Excel: long Chinese unit and indicator
 * names, a 48-character note on every row, and a catalogue whose 报送单位 lists all 300 units.
 * Read, it is over 5 MB of UTF-8; compiled in live mode, every 汇总表 total sums up to 300 cells,
 * and the blanks give 600 findings.
 */
import type { FakeWorkbook } from '../../helpers/fakeExcel';

export const UNITS = 300;
export const INDICATORS = 60;
export const unitName = (u: number): string => `街道办事处第${u + 1}社区工作站`;
export const indicatorName = (i: number): string => `第${i + 1}项群众来信来访事项办理情况`;
const NOTE = '本项数据由社区工作站根据台账逐条核实后填报，与上年统计口径保持一致，无异常';

export function addTextHeavyBook(book: FakeWorkbook): void {
  const reporters = Array.from({ length: UNITS }, (_, u) => unitName(u)).join('、');
  book.addSheet('指标目录', [
    ['指标名称', '单位', '类型', '报送单位', '汇总方式', '章节'],
    ...Array.from({ length: INDICATORS }, (_, i) => [indicatorName(i), '件', '计数', reporters, '求和', `第${Math.floor(i / 10) + 1}部分信访工作`]),
  ]);
  for (let u = 0; u < UNITS; u++) {
    const name = unitName(u);
    book.addSheet(name, [
      [`${name}信访工作统计表`],
      [`填报单位：${name}`, null, '报告期：2023年'],
      ['指标名称', '单位', '本年数', '上年数', '备注'],
      // Every unit leaves two figures blank: 600 findings, each a long sentence with a link.
      ...Array.from({ length: INDICATORS }, (_, i) => [indicatorName(i), '件', (u + i) % 25 === 0 ? null : 100 + ((u * 7 + i * 13) % 50), 90 + ((u * 11 + i * 3) % 40), NOTE]),
    ]);
  }
}
