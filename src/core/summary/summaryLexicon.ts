/**
 * The Chinese of the 汇总表 (SPEC §5.1): its header row, subtitle, notes and the phrases of its
 * 报送单位 and 备注 columns. The table is the clerk's document, in Chinese whatever the pane's
 * language.
 */

/** The table's header row. */
export const SUMMARY_HEADER = ['序号', '指标', '单位', '本年', '上年', '增减', '增减率(%)', '报送单位', '备注'] as const;

/** The 注 line when a 分项 balance holds only within rounding. */
export const ROUNDING_FOOTNOTE = '部分合计数与分项之和因四舍五入存在尾差，未作机械调整。';

/** The 注 line when the table has a rate, whose change is in percentage points. */
export const RATE_CHANGE_FOOTNOTE = '比率的增减以百分点计。';

/** The section heading for indicators the catalogue gives no 章节. */
export const OTHER_SECTION = '其他';

/** The table's title: 编制单位, 报告期, 统计汇总表. */
export const summaryTitle = (compiler: string | null, period: string | null): string => `${compiler ?? ''}${period ?? ''}统计汇总表`;

/** The narrative's and the Word document's title: 编制单位, 报告期, 统计数据说明. */
export const narrativeTitleText = (compiler: string | null, period: string | null): string => `${compiler ?? ''}${period ?? ''}统计数据说明`;

/** The subtitle under the title: 报告期 and 填报单位, whichever are known. */
export function summarySubtitle(period: string | null, compiler: string | null): string {
  return [period ? `报告期：${period}` : '', compiler ? `填报单位：${compiler}` : ''].filter(Boolean).join('\u3000\u3000');
}

/** A 注 line under the table. */
export const footnote = (note: string): string => `注：${note}`;

/** The 备注 column's phrases. */
export const ROW_NOTES = {
  missing: (reporters: readonly string[]): string => `未报送：${reporters.join('、')}`,
  approximate: '约数',
  derived: '按计算公式得出',
  errors: (count: number): string => `有${count}项错误待核，见核对结果`,
  /** Joins a row's notes. */
  separator: '；',
} as const;

/** 报送单位: up to three names, else "A、B等n个单位"; "（n/m）" when fewer than expected reported. */
export function reportersPhrase(reported: readonly string[], expected: number): string {
  const names = reported.length <= 3 ? reported.join('、') : `${reported.slice(0, 2).join('、')}等${reported.length}个单位`;
  return expected > 0 && reported.length < expected ? `${names}（${reported.length}/${expected}）` : names;
}

/** What a reporter's name ends in up to its office: 宝安区人力资源局办公室 → 宝安区人力资源局. */
export const OFFICE_SUFFIX = /^(.*?(?:局|委员会|委|办公室|政府|中心|院))/;
