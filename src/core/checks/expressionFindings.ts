import type { Ref } from '../findings/refs';
import { makeFinding, type Finding } from '../findings/finding';
import type { SyntaxError } from '../rules/ast';
import type { NameError } from '../rules/bind';

/** Where an expression stands: a rule's id and row, or the indicator whose 计算公式 it is. */
export interface ExpressionSite {
  readonly id: string | null;
  readonly row: number;
}

/**
 * The findings for an expression that does not parse or names something unknown: one per
 * error, at its character (1-based), on the rules sheet or the catalogue. Rules and 计算公式
 * share this, so both read alike.
 */
export function expressionFindings(site: ExpressionSite, syntax: readonly SyntaxError[], names: readonly NameError[], refs: readonly Ref[]): Finding[] {
  const findings = syntax.map((e) => makeFinding('rule', 'error', { key: 'rule.syntax', params: { ...site, position: e.position + 1, problem: e.problem } }, { refs }));
  for (const e of names) {
    findings.push(
      e.problem
        ? makeFinding('rule', 'error', { key: 'rule.syntax', params: { ...site, position: e.position + 1, problem: e.problem } }, { refs })
        : makeFinding('rule', 'error', { key: 'rule.unknown-name', params: { ...site, position: e.position + 1, name: e.name } }, { refs }),
    );
  }
  return findings;
}
