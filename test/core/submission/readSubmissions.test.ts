import { readCompilation, type Figure } from '../../../src/core';
import { book, catalogSheet, sheet } from '../../helpers/grid';

const byLabel = (figures: readonly Figure[], label: string): Figure => {
  const f = figures.find((x) => x.label === label);
  if (!f) throw new Error(`no figure ${label}`);
  return f;
};
const value = (f: Figure): string => (f.current.kind === 'number' ? f.current.value.toFixed() : f.current.kind);

describe('long submission sheets (SPEC §2.1)', () => {
  const longBook = book(
    sheet('法规科', [
      ['2023年法治政府建设统计表'],
      ['填报单位：宝安区人力资源局法规科', null, null, '报告期：2023年'],
      ['序号', '指标名称', '计量单位', '2023年', '2022年', '备注'],
      [1, '法律审查意见书份数', '份', 279, 251, '部门合同'],
      [null, '三、行政诉讼'],
      [2, '行政诉讼案件数', '宗', 13, 11],
      [3, '其中：胜诉', '宗', 5, 6],
      [4, '\u3000\u3000败诉', '宗', 1, 0],
      [5, '撤回', '宗', 2, 2],
      [],
      ['单位负责人：张三', null, '填表人：王五'],
      [6, '页脚之后', '宗', 999],
    ]),
  );

  it('finds the header row, the year columns and the header block', () => {
    const c = readCompilation(longBook);
    const table = c.submissions[0];
    expect(table).toMatchObject({ layout: 'long', headerRow: 2, reporter: '宝安区人力资源局法规科' });
    expect(table.header).toMatchObject({ period: '2023年', year: 2023 });
    const f = byLabel(table.figures, '法律审查意见书份数');
    expect(value(f)).toBe('279');
    expect(f.currentCell).toEqual({ sheet: '法规科', cell: 'D4' });
    expect(f.previousCell).toEqual({ sheet: '法规科', cell: 'E4' });
    expect(f.previous?.kind === 'number' && f.previous.value.toFixed()).toBe('251');
    expect(f).toMatchObject({ unit: '份', note: '部门合同' });
  });

  it('puts 其中 rows and the indented rows after them under the nearest row above that is not a 其中 row', () => {
    const figures = readCompilation(longBook).submissions[0].figures;
    const parent = byLabel(figures, '行政诉讼案件数');
    expect(byLabel(figures, '胜诉')).toMatchObject({ role: 'of-which', parentId: parent.id });
    expect(byLabel(figures, '败诉')).toMatchObject({ role: 'of-which', parentId: parent.id });
    expect(byLabel(figures, '撤回')).toMatchObject({ role: 'item', parentId: null });
  });

  it('skips heading rows and stops at the footer line', () => {
    const figures = readCompilation(longBook).submissions[0].figures;
    expect(figures.map((f) => f.label)).toEqual(['法律审查意见书份数', '行政诉讼案件数', '胜诉', '败诉', '撤回']);
  });

  it('reads a sheet whose header is on row 6 under a merged title, with hidden rows', () => {
    const c = readCompilation(
      book(
        sheet(
          '信访科',
          [
            ['2023年信访工作统计表', null, null, null],
            [],
            ['填报单位', '信访科', '报告期', '2023年'],
            ['填报人', '张丽', '联系电话', '0755-1'],
            [],
            ['指标', '单位', '本年实际', '上年同期'],
            ['来信信访件数', '宗', 3180, 2987],
            ['国满件满意率', '%', 0.9623, 0.9583],
          ],
          { merges: [{ top: 0, left: 0, bottom: 0, right: 3 }], hiddenRows: [4, 7], formatsByCell: { C8: '0.00%', D8: '0.00%' } },
        ),
      ),
    );
    const table = c.submissions[0];
    expect(table.headerRow).toBe(5);
    expect(table.reporter).toBe('信访科');
    expect(table.header.preparer).toBe('张丽');
    expect(value(byLabel(table.figures, '国满件满意率'))).toBe('96.23');
    expect(byLabel(table.figures, '国满件满意率').currentCell.cell).toBe('C8');
  });

  it('uses the sheet name when there is no 填报单位, and matches the catalogue unit inside a longer name', () => {
    const c = readCompilation(
      book(
        catalogSheet([{ name: '来信信访件数', unit: '宗', kind: '计数', reporters: '信访科' }]),
        sheet('Sheet1', [['指标名称', '本年数'], ['来信信访件数', 1]]),
        sheet('信访', [['填报单位：宝安区人力资源局信访科'], ['指标名称', '本年数'], ['来信信访件数', 1]]),
      ),
    );
    expect(c.submissions.map((s) => s.reporter)).toEqual(['Sheet1', '信访科']);
  });

  it('records a value without a name instead of dropping it', () => {
    const c = readCompilation(book(sheet('表', [['指标名称', '本年数'], ['甲', 1], [null, 7]])));
    expect(c.submissions[0].strays).toEqual([{ kind: 'no-name', ref: { sheet: '表', cell: 'B3' }, text: '7' }]);
  });

  it('treats a 合计 row as the total of its block', () => {
    const c = readCompilation(book(sheet('表', [['项目', '数值'], ['甲', 1], ['乙', 2], ['合计', 3], [], ['丙', 4], ['小计', 4]])));
    const figures = c.submissions[0].figures;
    expect(figures.filter((f) => f.role === 'total').map((f) => [f.block, value(f)])).toEqual([[0, '3'], [2, '4']]);
    expect(figures.filter((f) => f.role === 'item').map((f) => [f.label, f.block])).toEqual([['甲', 0], ['乙', 0], ['丙', 2]]);
  });

  it('accepts English column labels', () => {
    const c = readCompilation(book(sheet('dept', [['code', 'name', 'unit', 'value', 'previous', 'note'], ['A1', 'Letters', 'pcs', 5, 4, 'x']])));
    expect(c.submissions[0].figures[0]).toMatchObject({ code: 'A1', label: 'Letters', unit: 'pcs', note: 'x' });
  });
});

describe('wide submission sheets', () => {
  it('reads one figure per unit row and indicator column, and the 合计 row as the sheet reporter’s total', () => {
    const c = readCompilation(
      book(
        sheet('街道', [
          ['各街道排查情况'],
          ['填报单位：劳动监察大队'],
          ['序号', '街道', '排查企业数（家）', '发现劳资隐患数（宗）'],
          [1, '新安街道', 1862, 352],
          [2, '西乡街道', 3015, 611],
          [null, '合计', 4877, 963],
          ['填表人：李建国'],
        ]),
      ),
    );
    const table = c.submissions[0];
    expect(table.layout).toBe('wide');
    const items = table.figures.filter((f) => f.role === 'item');
    expect(items.map((f) => [f.reporter, f.label, value(f), f.unit, f.currentCell.cell])).toEqual([
      ['新安街道', '排查企业数', '1862', '家', 'C4'],
      ['新安街道', '发现劳资隐患数', '352', '宗', 'D4'],
      ['西乡街道', '排查企业数', '3015', '家', 'C5'],
      ['西乡街道', '发现劳资隐患数', '611', '宗', 'D5'],
    ]);
    const totals = table.figures.filter((f) => f.role === 'total');
    expect(totals.map((f) => [f.reporter, value(f)])).toEqual([['劳动监察大队', '4877'], ['劳动监察大队', '963']]);
    expect(c.catalog.byKey.get(items[0].key)?.aggregation).toBe('sum');
  });

  it('recognises a wide sheet by two catalogue indicators in its header, whatever its first label', () => {
    const c = readCompilation(
      book(
        catalogSheet([{ name: '甲指标', unit: '件' }, { name: '乙指标', unit: '件' }]),
        sheet('分表', [['单位', '甲指标', '乙指标', '丙列'], ['一所', 1, 2, 3], ['全区', 1, 2, 3]]),
      ),
    );
    const table = c.submissions[0];
    expect(table.layout).toBe('wide');
    expect(table.strays).toEqual([{ kind: 'unknown-column', ref: { sheet: '分表', cell: 'D1' }, text: '丙列' }]);
  });
});

describe('a workbook without a catalogue', () => {
  it('infers the indicators from the sheets, in order, with rates from percent figures', () => {
    const c = readCompilation(
      book(
        sheet('甲', [['指标名称', '单位', '本年数'], ['来信件数', '宗', 10], ['满意率', null, '96.5%']]),
        sheet('乙', [['指标名称', '本年数'], ['来信件数', 10]]),
        sheet('说明', [['本表说明：各科室于12月10日前报送']]),
        sheet('空表', []),
      ),
    );
    expect(c.catalogInferred).toBe(true);
    expect(c.catalog.indicators.map((i) => [i.name, i.kind, i.unit])).toEqual([
      ['来信件数', 'count', '宗'],
      ['满意率', 'rate', '%'],
    ]);
    expect(c.figures.every((f) => f.indicator !== null)).toBe(true);
    expect(c.skipped).toEqual([
      { sheet: '说明', reason: 'no-table' },
      { sheet: '空表', reason: 'empty' },
    ]);
  });

  it('keeps a ledger as columns for rules', () => {
    const c = readCompilation(book(sheet('信访台账', [['信访台账'], ['编号', '来信日期', '状态'], ['X1', '2023-01-02', '办结'], ['X2', '2023-01-03', '在办']])));
    expect(c.ledgers).toHaveLength(1);
    expect(c.ledgers[0]).toMatchObject({ sheet: '信访台账', headerRow: 1, firstRow: 2, lastRow: 3 });
    expect(c.ledgers[0].columns.map((col) => [col.label, col.values])).toEqual([
      ['编号', ['X1', 'X2']],
      ['来信日期', ['2023-01-02', '2023-01-03']],
      ['状态', ['办结', '在办']],
    ]);
  });
});

describe('telling a wide table from a ledger', () => {
  it('reads a sheet whose 街道 column repeats as a ledger, not as a wide table', () => {
    const c = readCompilation(book(sheet('欠薪台账', [['街道', '金额', '人数'], ['新安', 5, 1], ['新安', 7, 2], ['西乡', 1, 1]])));
    expect(c.submissions).toEqual([]);
    expect(c.ledgers.map((l) => l.sheet)).toEqual(['欠薪台账']);
  });
});
