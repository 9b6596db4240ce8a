/**
 * The Chinese the generated sheets carry (SPEC §5): their default names, the 核对结果 sheet's
 * headers and phrases, and the font every generated cell starts in. The sheets are the clerk's
 * documents, written in Chinese whatever the pane's language.
 */

/** Default names of the generated sheets. */
export const GENERATED_SHEET_NAMES = { findings: '核对结果', summary: '汇总表', narrative: '文字说明' } as const;

/** The font every generated cell starts from. */
export const BASE_FONT = '宋体';

/** The 核对结果 sheet's words. */
export const FINDINGS_WORDS = {
  /** The findings table's header row; 处理意见 and 键 are also how an earlier sheet's notes are found. */
  header: ['序号', '级别', '检查', '说明', '位置', '应为', '实为', '差额', '处理意见', '状态', '相关单元格', '键'],
  noteHeader: '处理意见',
  /** The clerk's decision on a finding (SPEC §5.3): an accepted finding no longer counts as open. */
  statusHeader: '状态',
  status: { verified: '已核实', explained: '已说明' },
  keyHeader: '键',
  /** The per-reporter block's header row. */
  countsHeader: ['报送单位', '错误', '警告', '提示'],
  /** Where a finding with no reporter is counted. */
  noReporter: '（工作簿）',
  /** The row written when there is nothing to report. */
  noFindings: '未发现问题。',
  /** Separates the further cells a finding refers to. */
  refSeparator: '，',
} as const;

/** The subtitle under the 核对结果 title: the workbook, open findings of each severity, and those the clerk accepted. */
export function findingsSubtitle(workbook: string, counts: SeverityCounts, accepted: SeverityCounts = { errors: 0, warnings: 0, infos: 0 }): string {
  const more = (n: number): string => (n > 0 ? `（另有 ${n} 项已说明）` : '');
  return `工作簿：${workbook}\u3000\u3000错误 ${counts.errors} 项${more(accepted.errors)}，警告 ${counts.warnings} 项${more(accepted.warnings)}，提示 ${counts.infos} 项${more(accepted.infos)}`;
}

interface SeverityCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}


