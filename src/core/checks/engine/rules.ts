import type { Decimal } from '../../decimal';
import { COMPARISON_OPS, type Expr } from '../../rules/ast';
import { bindRule } from '../../rules/bind';
import { readRules, type Rule } from '../../rules/readRules';
import { RuleTypeError, describeValue, type Value } from '../../rules/values';
import { makeFinding } from '../finding';
import type { Model } from '../model';
import type { RuleRuntime } from '../ruleRuntime';
import type { Finding } from '../types';

/**
 * rule and ledger (SPEC §2.5, §3): every rule of the 校验规则 sheet. A rule that does not parse
 * or names something unknown is a finding at its row and character; the other rules still run.
 */
export function checkRules(model: Model, runtime: RuleRuntime): Finding[] {
  const sheet = model.compilation.rulesSheet;
  if (!sheet) return [];
  const { rules, findings } = readRules(sheet);
  for (const rule of rules) findings.push(...checkRule(rule, runtime));
  return findings;
}

function checkRule(rule: Rule, runtime: RuleRuntime): Finding[] {
  const where = { id: rule.id, row: String(rule.rowNumber) };
  if (rule.parsed.errors.length > 0) {
    return rule.parsed.errors.map((e) =>
      makeFinding('rule', 'error', { key: 'rule.syntax', params: { ...where, position: String(e.position + 1), error: e.message } }, { refs: [rule.cell] }),
    );
  }
  const bound = bindRule(rule.parsed.expr, runtime.scope);
  if (bound.errors.length > 0) {
    return bound.errors.map((e) =>
      e.message
        ? makeFinding('rule', 'error', { key: 'rule.syntax', params: { ...where, position: String(e.position + 1), error: e.message } }, { refs: [rule.cell] })
        : makeFinding('rule', 'error', { key: 'rule.unknown-name', params: { ...where, position: String(e.position + 1), name: e.name } }, { refs: [rule.cell] }),
    );
  }
  const check = bound.readsLedger ? 'ledger' : 'rule';
  const source = runtime.source();
  const expr = rule.parsed.expr;
  let result: Value;
  let sides: [Value, Value] | null = null;
  try {
    result = runtime.evaluate(expr, bound, source, rule.tolerance);
    // Both sides are shown only when the rule fails: evaluate them only then.
    if (result.t === 'bool' && !result.v && expr.kind === 'binary' && COMPARISON_OPS.includes(expr.op)) {
      sides = [runtime.evaluate(expr.left, bound, runtime.source(), rule.tolerance), runtime.evaluate(expr.right, bound, runtime.source(), rule.tolerance)];
    }
  } catch (e) {
    if (!(e instanceof RuleTypeError)) throw e;
    return [makeFinding('rule', 'error', { key: 'rule.type', params: { ...where, error: e.message } }, { refs: [rule.cell] })];
  }
  const refs = (): Finding['refs'] => [...source.touched, rule.cell];
  switch (result.t) {
    case 'bool':
      if (result.v) return [];
      return [failure(rule, check, expr, sides, refs())];
    case 'unknown':
      return [makeFinding(check, 'info', { key: 'rule.undecided', params: { description: rule.description, reasons: result.reasons.join('；') || '缺少数据' } }, { refs: refs() })];
    default:
      return [makeFinding('rule', 'error', { key: 'rule.type', params: { ...where, error: `规则的结果应是“成立/不成立”，得到的是${describeValue(result)}` } }, { refs: [rule.cell] })];
  }
}

function failure(rule: Rule, check: 'rule' | 'ledger', expr: Expr, sides: [Value, Value] | null, refs: Finding['refs']): Finding {
  if (sides && expr.kind === 'binary' && sides[0].t === 'number' && sides[1].t === 'number') {
    const [left, right] = sides as [{ t: 'number'; v: Decimal }, { t: 'number'; v: Decimal }];
    return makeFinding(check, rule.severity, { key: 'rule.failed', params: { description: rule.description, left: left.v.toFixed(), op: expr.op, right: right.v.toFixed() } }, {
      refs,
      actual: left.v,
      expected: right.v,
    });
  }
  if (sides && expr.kind === 'binary') {
    return makeFinding(check, rule.severity, { key: 'rule.failed', params: { description: rule.description, left: describeValue(sides[0]), op: expr.op, right: describeValue(sides[1]) } }, { refs });
  }
  return makeFinding(check, rule.severity, { key: 'rule.failed-plain', params: { description: rule.description } }, { refs });
}
