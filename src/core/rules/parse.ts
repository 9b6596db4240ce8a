import type { ExpressionProblem } from '../findings/facts';
import type { BinaryOp, Expr, ParsedRule, SyntaxError } from './ast';
import { tokenize, type Token } from './tokenize';

const COMPARISONS = new Set(['=', '<>', '<', '<=', '>', '>=']);
/** Excel's own limit on a formula's length. */
const MAX_RULE_LENGTH = 8_192;
/**
 * How deep a tree may grow: operators chained left to right (a+b+c…) and signs stacked
 * (- - -x) each add a level, and the printer, binder and evaluator walk the tree recursively,
 * so the depth an input can ask for is bounded here, once, far below any stack's limit.
 */
const MAX_RULE_DEPTH = 500;
/** Words that are operators, not names, when they stand between operands. */
const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'TRUE', 'FALSE']);

/**
 * Parses a rule expression. Never throws: every syntax error is collected with its position,
 * and an error node stands in for what could not be read, so later errors are found too.
 */
export function parseRule(source: string): ParsedRule {
  return new Parser(source).parse();
}

class Parser {
  private readonly tokens: Token[];
  private pos = 0;
  private readonly errors: SyntaxError[] = [];
  private depth = 0;
  /** The depth of each subtree built, to refuse a tree too deep to walk. */
  private readonly heights = new WeakMap<Expr, number>();
  private tooDeep = false;

  constructor(private readonly source: string) {
    this.tokens = tokenize(source);
  }

  parse(): ParsedRule {
    if (this.source.length > MAX_RULE_LENGTH) {
      this.fail(MAX_RULE_LENGTH, { kind: 'too-long', length: this.source.length, limit: MAX_RULE_LENGTH });
      return { expr: { kind: 'error', start: 0, end: this.source.length }, errors: this.errors };
    }
    // A leading "=" is how Excel users start a formula; it means nothing more here.
    if (this.isOp(this.peek(), '=')) this.next();
    if (this.peek().kind === 'eof') {
      this.fail(0, { kind: 'empty' });
      return { expr: { kind: 'error', start: 0, end: 0 }, errors: this.errors };
    }
    const expr = this.or();
    if (this.tooDeep) return { expr: { kind: 'error', start: 0, end: this.source.length }, errors: this.errors };
    // Leftover text after an error is usually its consequence; report it only on its own.
    const clean = this.errors.length === 0;
    while (this.peek().kind !== 'eof') {
      const t = this.next();
      if (clean) this.fail(t.start, { kind: 'extra', text: this.source.slice(t.start, t.end) });
    }
    return { expr, errors: [...this.errors].sort((a, b) => a.position - b.position) };
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)];
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.pos++;
    return t;
  }

  private fail(position: number, problem: ExpressionProblem): void {
    if (!this.errors.some((e) => e.position === position)) this.errors.push({ position, problem });
  }

  /** A node one level above its children; past MAX_RULE_DEPTH the rule is refused where it got too deep. */
  private node<E extends Expr>(expr: E, children: readonly Expr[]): E {
    let h = 0;
    for (const c of children) h = Math.max(h, this.heights.get(c) ?? 0);
    this.heights.set(expr, h + 1);
    if (h + 1 > MAX_RULE_DEPTH && !this.tooDeep) {
      this.tooDeep = true;
      this.fail(expr.start, { kind: 'too-deep', limit: MAX_RULE_DEPTH });
      this.pos = this.tokens.length - 1;
    }
    return expr;
  }

  private isWord(t: Token, word: string): boolean {
    return t.kind === 'ident' && t.text.toUpperCase() === word;
  }

  private isOp(t: Token, op: string): boolean {
    return t.kind === 'op' && t.text === op;
  }

  // After an operand, OR and AND can only be infix operators, even before a bracket.
  private or(): Expr {
    return this.leftAssociative((t) => (this.isWord(t, 'OR') ? 'OR' : null), () => this.and());
  }

  private and(): Expr {
    return this.leftAssociative((t) => (this.isWord(t, 'AND') ? 'AND' : null), () => this.not());
  }

  /** operand (operator operand)*, left-associative: `operatorOf` names the operator a token is, or null. */
  private leftAssociative(operatorOf: (t: Token) => BinaryOp | null, operand: () => Expr): Expr {
    let left = operand();
    for (let op = operatorOf(this.peek()); op !== null; op = operatorOf(this.peek())) {
      this.next();
      const right = operand();
      left = this.node({ kind: 'binary', op, left, right, start: left.start, end: right.end }, [left, right]);
    }
    return left;
  }

  private not(): Expr {
    // NOT x and NOT(x) are the same unary operator; stacked NOTs are read in a loop, not by recursion.
    const nots: Token[] = [];
    while (this.isWord(this.peek(), 'NOT')) nots.push(this.next());
    let expr = this.comparison();
    for (let i = nots.length - 1; i >= 0 && !this.tooDeep; i--) expr = this.node({ kind: 'unary', op: 'NOT', operand: expr, start: nots[i].start, end: expr.end }, [expr]);
    return expr;
  }

  private comparison(): Expr {
    const left = this.additive();
    const t = this.peek();
    if (t.kind === 'op' && COMPARISONS.has(t.text)) {
      this.next();
      const right = this.additive();
      const expr: Expr = this.node({ kind: 'binary', op: t.text as BinaryOp, left, right, start: left.start, end: right.end }, [left, right]);
      const again = this.peek();
      if (again.kind === 'op' && COMPARISONS.has(again.text)) {
        this.fail(again.start, { kind: 'chained-comparison' });
        while (this.peek().kind === 'op' && COMPARISONS.has(this.peek().text)) {
          this.next();
          this.additive();
        }
      }
      return expr;
    }
    return left;
  }

  private additive(): Expr {
    return this.leftAssociative((t) => (this.isOp(t, '+') || this.isOp(t, '-') ? (t.text as BinaryOp) : null), () => this.multiplicative());
  }

  private multiplicative(): Expr {
    return this.leftAssociative((t) => (this.isOp(t, '*') || this.isOp(t, '/') ? (t.text as BinaryOp) : null), () => this.unary());
  }

  private unary(): Expr {
    // Signs are read in a loop, not by recursion: 8,000 minus signs in a row cost no stack.
    const signs: Token[] = [];
    while (this.isOp(this.peek(), '-') || this.isOp(this.peek(), '+')) signs.push(this.next());
    let expr = this.primary();
    for (let i = signs.length - 1; i >= 0 && !this.tooDeep; i--) expr = this.node({ kind: 'unary', op: signs[i].text as '-' | '+', operand: expr, start: signs[i].start, end: expr.end }, [expr]);
    return expr;
  }

  private primary(): Expr {
    if (++this.depth > 200) {
      const t = this.peek();
      this.fail(t.start, { kind: 'too-deep' });
      this.pos = this.tokens.length - 1;
      this.depth--;
      return { kind: 'error', start: t.start, end: t.end };
    }
    try {
      return this.primaryInner();
    } finally {
      this.depth--;
    }
  }

  private primaryInner(): Expr {
    const t = this.next();
    switch (t.kind) {
      case 'number':
        if (this.isOp(this.peek(), '%')) {
          const pct = this.next();
          this.fail(pct.start, { kind: 'percent-sign' });
        }
        return { kind: 'number', value: t.text, start: t.start, end: t.end };
      case 'string':
        return { kind: 'string', value: t.text, start: t.start, end: t.end };
      case 'bracket':
        return this.bracketRef(t);
      case 'quoted':
        return this.qualified(t.text, t);
      case 'ident': {
        const upper = t.text.toUpperCase();
        if (this.isOp(this.peek(), '(')) return this.call(t);
        if (this.isOp(this.peek(), '!')) return this.qualified(t.text, t);
        if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE', start: t.start, end: t.end };
        if (KEYWORDS.has(upper)) {
          this.fail(t.start, { kind: 'missing-before', text: t.text });
          return { kind: 'error', start: t.start, end: t.end };
        }
        return { kind: 'ref', name: t.text, qualifier: null, bracketed: false, start: t.start, end: t.end };
      }
      case 'op':
        if (t.text === '(') {
          if (this.isOp(this.peek(), ')')) {
            this.fail(t.start, { kind: 'empty-brackets' });
            const close = this.next();
            return { kind: 'error', start: t.start, end: close.end };
          }
          const inner = this.or();
          if (this.isOp(this.peek(), ')')) {
            this.next();
          } else if (!(this.peek().kind === 'eof' && this.errors.some((e) => e.position === this.peek().start))) {
            this.fail(t.start, { kind: 'unbalanced-parens' });
          }
          return inner;
        }
        if (t.text === ')') {
          // Leave the bracket for the group or call it closes.
          this.pos--;
          this.fail(t.start, { kind: 'missing-before', text: ')' });
          return { kind: 'error', start: t.start, end: t.start };
        }
        this.fail(t.start, { kind: 'missing-before', text: t.text });
        return { kind: 'error', start: t.start, end: t.end };
      case 'eof':
        this.fail(t.start, { kind: 'incomplete' });
        return { kind: 'error', start: t.start, end: t.end };
      case 'bad':
        this.fail(t.start, badTokenProblem(t.text));
        return { kind: 'error', start: t.start, end: t.end };
    }
  }

  private bracketRef(t: Token): Expr {
    const inner = t.text;
    const bang = inner.indexOf('!');
    const qualifier = bang >= 0 ? inner.slice(0, bang).trim() : null;
    const name = (bang >= 0 ? inner.slice(bang + 1) : inner).trim();
    if (name === '' || qualifier === '') {
      this.fail(t.start, { kind: 'empty-name' });
      return { kind: 'error', start: t.start, end: t.end };
    }
    return { kind: 'ref', name, qualifier, bracketed: true, start: t.start, end: t.end };
  }

  private qualified(qualifier: string, t: Token): Expr {
    if (!this.isOp(this.peek(), '!')) {
      this.fail(t.end, { kind: 'column-expected', text: qualifier });
      return { kind: 'error', start: t.start, end: t.end };
    }
    this.next();
    const col = this.peek();
    if (col.kind === 'ident' || col.kind === 'bracket' || col.kind === 'quoted') {
      this.next();
      return { kind: 'ref', name: col.text.trim(), qualifier, bracketed: false, start: t.start, end: col.end };
    }
    this.fail(col.start, { kind: 'column-missing' });
    return { kind: 'error', start: t.start, end: col.end };
  }

  private call(name: Token): Expr {
    this.next();
    const args: Expr[] = [];
    if (this.isOp(this.peek(), ')')) {
      const close = this.next();
      return { kind: 'call', name: name.text.toUpperCase(), args, start: name.start, end: close.end };
    }
    for (;;) {
      args.push(this.or());
      const t = this.peek();
      if (this.isOp(t, ',')) {
        this.next();
        continue;
      }
      if (this.isOp(t, ')')) {
        const close = this.next();
        return this.node({ kind: 'call', name: name.text.toUpperCase(), args, start: name.start, end: close.end }, args);
      }
      this.fail(t.kind === 'eof' ? name.start : t.start, t.kind === 'eof' ? { kind: 'function-unclosed', name: name.text } : { kind: 'comma-expected', name: name.text });
      const end = t.end;
      if (t.kind !== 'eof') this.skipToCallEnd();
      return { kind: 'call', name: name.text.toUpperCase(), args, start: name.start, end };
    }
  }

  /** After a malformed argument list, resume after its closing bracket. */
  private skipToCallEnd(): void {
    let depth = 0;
    for (;;) {
      const t = this.peek();
      if (t.kind === 'eof') return;
      this.next();
      if (this.isOp(t, '(')) depth++;
      if (this.isOp(t, ')')) {
        if (depth === 0) return;
        depth--;
      }
    }
  }
}

function badTokenProblem(text: string): ExpressionProblem {
  switch (text) {
    case '"':
      return { kind: 'unclosed-quote' };
    case '[':
      return { kind: 'unclosed-bracket' };
    case "'":
      return { kind: 'unclosed-single-quote' };
    default:
      return { kind: 'bad-character', text };
  }
}
