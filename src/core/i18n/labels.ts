/**
 * The names clerks see for severities and checks (SPEC §4's 中文名), in one place for the CLI,
 * the pane, the page and the 核对结果 sheet.
 */
import type { CheckId, Severity } from '../findings/finding';
import type { Language } from './messages';

export const SEVERITY_LABELS: Record<Language, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

export const CHECK_NAMES: Record<Language, Record<CheckId, string>> = {
  zh: {
    parse: '读数', missing: '缺报', unknown: '未识别', duplicate: '重复填报', unit: '计量单位', type: '数值类型',
    balance: '合计不平', 'part-of': '其中超总数', ratio: '比率不符', 'ratio-truncated': '截尾取舍', granularity: '比率不可能',
    'cross-source': '多处不一致', aggregate: '汇总不符', yoy: '同比异常', 'prev-year': '上年数不符', rule: '校验规则', ledger: '台账核对',
    narrative: '文字模板', 'text-mismatch': '文稿不符', 'text-unmatched': '文稿未对应', 'text-repeat': '文稿前后不一',
    'text-granularity': '文稿比率不可能', 'text-balance': '文稿合计不平',
  },
  en: {
    parse: 'Reading', missing: 'Missing', unknown: 'Unrecognised', duplicate: 'Duplicate', unit: 'Unit', type: 'Value type',
    balance: 'Total ≠ parts', 'part-of': 'Part over total', ratio: 'Rate mismatch', 'ratio-truncated': 'Truncated rate', granularity: 'Impossible rate',
    'cross-source': 'Sources disagree', aggregate: 'Units ≠ whole', yoy: 'Year-on-year', 'prev-year': 'Last year mismatch', rule: 'Rule', ledger: 'Ledger',
    narrative: 'Template', 'text-mismatch': 'Draft mismatch', 'text-unmatched': 'Draft unmatched', 'text-repeat': 'Draft repeats differ',
    'text-granularity': 'Draft impossible rate', 'text-balance': 'Draft total ≠ parts',
  },
};
