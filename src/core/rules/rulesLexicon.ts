/** The words of the 校验规则 sheet (SPEC §2.5): its column headers and its 级别 words. */
import type { Severity } from '../findings/finding';

/** Each column's accepted headers. */
export const RULE_LABELS = {
  id: ['编号', '规则编号', 'id'],
  description: ['规则说明', '说明', '规则', 'description'],
  expression: ['表达式', '公式', '校验公式', 'expression', 'formula'],
  severity: ['级别', '严重程度', 'severity', 'level'],
  tolerance: ['容差', '允许误差', 'tolerance'],
} as const;

/** 级别 cell words (match keys) → severity. */
export const SEVERITY_WORDS: Readonly<Record<string, Severity>> = {
  错误: 'error', error: 'error', 严重: 'error',
  警告: 'warning', warning: 'warning',
  提示: 'info', info: 'info', 信息: 'info',
};

/** Chinese brackets a clerk types for the [ ] around an indicator's name (【来信件数】, 〔来信件数〕). */
export const CHINESE_OPEN_BRACKETS = /[【〔]/g;
export const CHINESE_CLOSE_BRACKETS = /[】〕]/g;
