import { BASE_STYLE, InvalidSheetNameError, MAX_ROW_HEIGHT, compileOutputs, formulaFitsExcel, planSheetWrites, readCompilation, resolveStyle, type OutSheet } from '../../../src/core';
import { book, catalogSheet, longSheet, sheet } from '../../helpers/grid';

const out = (name: string, kind: OutSheet['kind'], rows: OutSheet['rows'] = [[{ value: 'x' }]], extra: Partial<OutSheet> = {}): OutSheet => ({ name, kind, rows, widths: [10], merges: [], ...extra });

describe('planning a write of generated sheets', () => {
  it('rewrites Huibian’s own sheet, leaves a user’s alone (汇总表 (2)), and tags what it writes', () => {
    const plan = planSheetWrites([out('汇总表', 'summary'), out('核对结果', 'findings')], ['汇总表', '核对结果'], new Map([['核对结果', 'findings']]));
    expect(plan.sheets.map((p) => [p.name, p.replaces])).toEqual([['汇总表 (2)', false], ['核对结果', true]]);
    expect([...plan.tags]).toEqual([['核对结果', 'findings'], ['汇总表 (2)', 'summary']]);
  });

  it('matches names ignoring case, as Excel does', () => {
    expect(planSheetWrites([out('Summary', 'summary')], ['SUMMARY'], new Map()).sheets[0].name).toBe('Summary (2)');
  });

  it.each([
    ['汇总[2023]', 'forbidden-character', '不能含有'],
    ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二', 'too-long', '不能超过31个字符'],
    ['', 'blank', '不能为空'],
    ["'汇总'", 'apostrophe', '单引号'],
    ['history', 'reserved', 'History'],
  ])('refuses the sheet name “%s” (%s) before anything is written', (name, problem, words) => {
    const plan = () => planSheetWrites([out(name, 'summary')], [], new Map());
    expect(plan).toThrow(InvalidSheetNameError);
    expect(plan).toThrow(expect.objectContaining({ problem, message: expect.stringContaining(words) }));
  });

  it('styles rectangles, not cells: a column of one style over 1,000 rows is one block', () => {
    const rows = [[{ value: '标题', style: 'title' as const }], ...Array.from({ length: 1_000 }, (_, i) => [{ value: i, style: 'bodyCenter' as const }, { value: `说明${i}`, style: 'body' as const }, { value: i, style: i % 2 ? ('error' as const) : ('warning' as const) }])];
    const blocks = planSheetWrites([out('核对结果', 'findings', rows)], [], new Map()).sheets[0].styleBlocks;
    expect(blocks.filter((b) => b.style === 'bodyCenter')).toEqual([{ top: 1, left: 0, rows: 1_000, cols: 1, style: 'bodyCenter' }]);
    expect(blocks.filter((b) => b.style === 'body')).toEqual([{ top: 1, left: 1, rows: 1_000, cols: 1, style: 'body' }]);
    // Alternating styles cannot merge: one block per cell, and every cell is covered once.
    expect(blocks.filter((b) => b.style === 'error' || b.style === 'warning')).toHaveLength(1_000);
    expect(blocks.reduce((n, b) => n + b.rows * b.cols, 0)).toBe(1 + 3_000);
  });

  it('keeps rows within Excel’s 409 points', () => {
    const plan = planSheetWrites([out('文字说明', 'narrative', [[{ value: 'x' }], [{ value: 'y' }]], { rowHeights: { 0: 975, 1: 30 } })], [], new Map());
    expect(plan.sheets[0].sheet.rowHeights).toEqual({ 0: MAX_ROW_HEIGHT, 1: 30 });
  });

  it('writes the value of a formula Excel could not hold, and says where', () => {
    const long = `SUM(${Array.from({ length: 900 }, (_, i) => `'某某街道办事处社区工作站${i}'!C4`).join('+')})`;
    expect(formulaFitsExcel(long)).toBe(false);
    const plan = planSheetWrites([out('汇总表', 'summary', [[{ value: 'a' }, { value: 42, formula: long }]])], [], new Map());
    expect(plan.sheets[0].sheet.rows[0][1]).toEqual({ value: 42 });
    expect(plan.notices).toEqual([{ kind: 'formulaDropped', sheet: '汇总表', cell: 'B1' }]);
  });

  it('gives both writers one base style: the font, its size and the border colour', () => {
    expect(BASE_STYLE).toEqual({ font: '宋体', size: 11, borderColor: '808080' });
    expect(resolveStyle('header')).toMatchObject({ font: '宋体', size: 11, bold: true, border: '808080', fill: 'D9E1F2' });
    expect(resolveStyle('title')).toMatchObject({ font: '宋体', size: 16, border: null });
  });
});

describe('generated sheets within Excel’s limits', () => {
  const units = Array.from({ length: 300 }, (_, u) => `街道办事处第${u + 1}社区工作站`);

  it('sums 300 units in live mode within 255 arguments a function', () => {
    const grid = book(
      catalogSheet([{ name: '来信件数', unit: '件', kind: '计数', reporters: units.join('、'), aggregation: '求和', section: '信访' }]),
      ...units.map((u, i) => longSheet(u, u, [['来信件数', '件', 10 + i, 9]])),
    );
    const summary = compileOutputs(readCompilation(grid), { live: true }).sheets[0];
    const formulas = summary.rows.flatMap((r) => r.filter((c) => c.formula).map((c) => c.formula!));
    expect(formulas.filter((f) => f.startsWith('SUM('))).toHaveLength(2);
    for (const f of formulas) expect(formulaFitsExcel(f)).toBe(true);
    const current = summary.rows.flat().find((c) => c.formula?.includes('!C4'))!;
    expect(current.formula).toMatch(/^SUM\(SUM\('街道办事处第1社区工作站'!C4,.*\),SUM\(.*'街道办事处第300社区工作站'!C4\)\)$/);
    expect(current.value).toBe(units.reduce((s, _, i) => s + 10 + i, 0));
  });

  it('continues a paragraph too long for one row in the next, cut after a sentence, nothing lost', () => {
    const sentence = '全年共受理群众来信{来信件数}件，各街道办事处按照属地管理原则逐件办理并按时答复来信群众。';
    const grid = book(
      catalogSheet([{ name: '来信件数', unit: '件', kind: '计数', reporters: '信访科', section: '信访' }]),
      longSheet('信访科', '信访科', [['来信件数', '件', 12, 10]]),
      sheet('文字模板', [['章节', '模板'], ['信访', sentence.repeat(80)]]),
    );
    const narrative = compileOutputs(readCompilation(grid)).sheets[2];
    const paragraphs = narrative.rows.filter((r) => r[0]?.style === 'paragraph').map((r) => String(r[0].value));
    expect(paragraphs.length).toBeGreaterThan(1);
    expect(Math.max(...Object.values(narrative.rowHeights ?? {}))).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    for (const p of paragraphs.slice(0, -1)) expect(p.endsWith('。')).toBe(true);
    expect(paragraphs.join('')).toBe(`\u3000\u3000${sentence.replace('{来信件数}', '12').repeat(80)}`);
  });
});
