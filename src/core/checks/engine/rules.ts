import type { Decimal } from '../../decimal';
import { COMPARISON_OPS, type Expr } from '../../rules/ast';
import { bindRule } from '../../rules/bind';
import { readRules, type Rule } from '../../rules/readRules';
import { RuleTypeError, toValueFact, type Value } from '../../rules/values';
import { expressionFindings } from '../expressionFindings';
import { makeFinding } from '../../findings/finding';
import type { Model } from '../../model/model';
import type { RuleRuntime } from '../ruleRuntime';
import type { Finding } from '../../findings/finding';

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
  const where = { id: rule.id, row: rule.rowNumber };
  if (rule.parsed.errors.length > 0) return expressionFindings(where, rule.parsed.errors, [], [rule.cell]);
  const bound = bindRule(rule.parsed.expr, runtime.scope);
  if (bound.errors.length > 0) return expressionFindings(where, [], bound.errors, [rule.cell]);
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
    return [makeFinding('rule', 'error', { key: 'rule.type', params: { ...where, problem: e.problem } }, { refs: [rule.cell] })];
  }
  const refs = (): Finding['refs'] => [...source.touched, rule.cell];
  switch (result.t) {
    case 'bool':
      if (result.v) return [];
      return [failure(rule, check, expr, sides, refs())];
    case 'unknown':
      return [makeFinding(check, 'info', { key: 'rule.undecided', params: { description: rule.description, reasons: result.reasons } }, { refs: refs() })];
    default:
      return [makeFinding('rule', 'error', { key: 'rule.type', params: { ...where, problem: { kind: 'result-not-bool', got: toValueFact(result) } } }, { refs: [rule.cell] })];
  }
}

function failure(rule: Rule, check: 'rule' | 'ledger', expr: Expr, sides: [Value, Value] | null, refs: Finding['refs']): Finding {
  if (sides && expr.kind === 'binary' && sides[0].t === 'number' && sides[1].t === 'number') {
    const [left, right] = sides as [Value & { t: 'number'; v: Decimal }, Value & { t: 'number'; v: Decimal }];
    return makeFinding(check, rule.severity, { key: 'rule.failed', params: { description: rule.description, left: toValueFact(left), op: expr.op, right: toValueFact(right) } }, {
      refs,
      actual: left.v,
      expected: right.v,
    });
  }
  if (sides && expr.kind === 'binary') {
    return makeFinding(check, rule.severity, { key: 'rule.failed', params: { description: rule.description, left: toValueFact(sides[0]), op: expr.op, right: toValueFact(sides[1]) } }, { refs });
  }
  return makeFinding(check, rule.severity, { key: 'rule.failed-plain', params: { description: rule.description } }, { refs });
}
