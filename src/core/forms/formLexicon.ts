/**
 * The Chinese of the forms Huibian hands out: the starter 指标目录 it infers from the
 * submissions, and the blank submission form per reporter. Both are the clerk's documents.
 */

/** The starter catalogue's sheet name, header row and cell words (as readCatalog reads them back). */
export const STARTER_CATALOG = {
  sheetName: '指标目录',
  header: ['编码', '指标名称', '单位', '类型', '小数位', '报送单位', '汇总方式', '合计单位', '上级指标', '关系', '计算公式', '取舍', '同比阈值', '上年公布数', '章节', '说明'],
  kinds: { count: '计数', amount: '数值', rate: '比率', text: '文本' },
  aggregations: { sum: '求和', agree: '一致' },
  ofWhich: '其中',
  reporterSeparator: '、',
  inferredNote: '由汇编助手按报送表生成，请核对',
} as const;

/** The blank submission form's words. */
export const SUBMISSION_FORM = {
  title: (period: string | null, reporter: string): string => `${period ?? ''}统计报表（${reporter}）`,
  reporterLine: (reporter: string): string => `填报单位：${reporter}`,
  periodLine: (period: string | null): string => `报告期：${period ?? ''}`,
  header: ['序号', '编码', '指标名称', '计量单位', '本年数', '上年数', '备注'],
  /** One level of indent under a parent indicator. */
  indent: '\u3000',
  /** Before the first child of a parent, and before the others (the same width). */
  ofWhich: '其中：',
  ofWhichBlank: '\u3000\u3000\u3000',
  signatures: '单位负责人：\u3000\u3000\u3000\u3000\u3000\u3000填表人：\u3000\u3000\u3000\u3000\u3000\u3000联系电话：',
  note: '注：数值可直接填写，约数写作“150余”，不适用写“—”；比率按百分数填写（如99.63%）。',
} as const;

/** Characters Excel refuses in a sheet name, the full-width colon too: replaced by _. */
export const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]：]/g;
