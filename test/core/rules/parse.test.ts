import fc from 'fast-check';
import { parseRule, printRule, type Expr, renderFinding } from '../../../src/core';

/** A tree without positions, for comparing what two parses mean. */
function shape(e: Expr): unknown {
  switch (e.kind) {
    case 'number':
    case 'string':
    case 'boolean':
      return [e.kind, e.value];
    case 'ref':
      return ['ref', e.qualifier, e.name, e.bracketed];
    case 'call':
      return ['call', e.name, e.args.map(shape)];
    case 'unary':
      return ['unary', e.op, shape(e.operand)];
    case 'binary':
      return ['binary', e.op, shape(e.left), shape(e.right)];
    case 'error':
      return ['error'];
  }
}

/** Each error's position and its Chinese wording, as the clerk reads it in a rule finding. */
const errorsOf = (src: string) =>
  parseRule(src).errors.map((e) => [e.position, renderFinding({ detail: { key: 'rule.syntax', params: { id: 'R', row: 1, position: e.position + 1, problem: e.problem } } }, 'zh').message.replace(/^.*有误：/, '').replace(/。$/, '')]);

describe('the rule language parser (SPEC §3)', () => {
  it('parses references by name, unit, code and ledger column', () => {
    const { expr, errors } = parseRule('[信访科!办结数] + LIT_TOTAL <= COUNTIF(信访台账!状态, "办结") + [来信件数]');
    expect(errors).toEqual([]);
    expect(shape(expr)).toEqual([
      'binary', '<=',
      ['binary', '+', ['ref', '信访科', '办结数', true], ['ref', null, 'LIT_TOTAL', false]],
      ['binary', '+', ['call', 'COUNTIF', [['ref', '信访台账', '状态', false], ['string', '办结']]], ['ref', null, '来信件数', true]],
    ]);
  });

  it('gives AND and OR their precedence, as infix words or as functions', () => {
    expect(shape(parseRule('[a] > 1 OR [b] > 2 AND NOT [c] = 3').expr)).toEqual([
      'binary', 'OR',
      ['binary', '>', ['ref', null, 'a', true], ['number', '1']],
      ['binary', 'AND', ['binary', '>', ['ref', null, 'b', true], ['number', '2']], ['unary', 'NOT', ['binary', '=', ['ref', null, 'c', true], ['number', '3']]]],
    ]);
    expect(shape(parseRule('AND([a] > 1, OR([b], NOT([c])))').expr)).toEqual([
      'call', 'AND', [['binary', '>', ['ref', null, 'a', true], ['number', '1']], ['call', 'OR', [['ref', null, 'b', true], ['unary', 'NOT', ['ref', null, 'c', true]]]]],
    ]);
  });

  it('accepts what a clerk types in Chinese input mode: （）【】“”，＝ and a leading =', () => {
    const { expr, errors } = parseRule('＝ROUND（【已化解数】／【发现数】＊100，2）＝99.64');
    expect(errors).toEqual([]);
    expect(printRule(expr)).toBe('ROUND([已化解数] / [发现数] * 100, 2) = 99.64');
  });

  it.each([
    ['[a] +', [[5, '表达式不完整']]],
    ['([a] + 1', [[0, '括号没有配对']]],
    ['[a] = = 1', [[6, '“=”前缺少内容']]],
    ['[来信件数 > 1', [[0, '方括号没有配对']]],
    ['COUNTIF(台账!状态 "办结")', [[14, '函数COUNTIF的参数之间应以逗号分隔']]],
    ['[a] > 95%', [[8, '比率按百分数计（99.63%写作99.63），不要写%']]],
    ['1 < [a] < 3', [[8, '比较不能连写，请用AND连接两个比较']]],
    ['', [[0, '表达式是空的']]],
    ['[a] = 1 )', [[8, '多余的“)”']]],
  ])('reports %j with the position of each error', (src, expected) => {
    expect(errorsOf(src)).toEqual(expected);
  });

  it('collects several errors in one rule', () => {
    expect(errorsOf('([a] + ) * (1 + ')).toEqual([
      [7, '“)”前缺少内容'],
      [16, '表达式不完整'],
    ]);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('[', ']', '(', ')', '"', "'", '!', ',', '+', '-', '*', '/', '=', '<', '>', ' ', 'A', 'N', 'D', '甲', '1', '.', '%', '【', '（', '#') , maxLength: 60 }), (src) => {
        const r = parseRule(src);
        expect(Array.isArray(r.errors)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string(), (src) => void parseRule(src)));
  });

  it('gives back the same tree when a parsed rule is printed and parsed again', () => {
    const name = fc.stringMatching(/^[甲乙丙丁a-z][甲乙丙丁a-z0-9_]{0,5}$/).filter((n) => !['and', 'or', 'not', 'true', 'false'].includes(n.toLowerCase()));
    const leaf: fc.Arbitrary<Expr> = fc.oneof(
      fc.tuple(fc.nat({ max: 99999 }), fc.option(fc.nat({ max: 999 }), { nil: undefined })).map(([i, f]) => ({ kind: 'number' as const, value: f === undefined ? String(i) : `${i}.${f}`, start: 0, end: 0 })),
      fc.stringMatching(/^[甲乙办结a-z "]{0,6}$/).map((v) => ({ kind: 'string' as const, value: v, start: 0, end: 0 })),
      fc.boolean().map((v) => ({ kind: 'boolean' as const, value: v, start: 0, end: 0 })),
      fc.tuple(name, fc.option(name, { nil: null }), fc.boolean()).map(([n, q, bracketed]) => ({ kind: 'ref' as const, name: n, qualifier: q, bracketed, start: 0, end: 0 })),
    );
    const { tree } = fc.letrec<{ tree: Expr }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(fc.constantFrom('+', '-', '*', '/', '=', '<>', '<', '<=', '>', '>=', 'AND', 'OR'), tie('tree'), tie('tree')).map(([op, left, right]) => ({ kind: 'binary', op, left, right, start: 0, end: 0 }) as Expr),
        fc.tuple(fc.constantFrom('-', '+', 'NOT'), tie('tree')).map(([op, operand]) => ({ kind: 'unary', op, operand, start: 0, end: 0 }) as Expr),
        fc.tuple(fc.constantFrom('SUM', 'MAX', 'IF', 'ROUND', 'COUNTIF', 'AND'), fc.array(tie('tree'), { minLength: 1, maxLength: 3 })).map(([n, args]) => ({ kind: 'call', name: n, args, start: 0, end: 0 }) as Expr),
      ),
    }));
    fc.assert(
      fc.property(tree, (t) => {
        const text = printRule(t);
        const again = parseRule(text);
        // Chained comparisons print with brackets and stay one tree.
        expect(again.errors).toEqual([]);
        expect(shape(again.expr)).toEqual(shape(t));
        expect(printRule(again.expr)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});
