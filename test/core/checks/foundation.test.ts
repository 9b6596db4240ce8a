import { book, catalogSheet, longSheet, sheet } from '../../helpers/grid';
import { hintOf, messageOf, brief, check, only } from '../../helpers/findings';

const CATALOG = catalogSheet([
  { name: '来信件数', unit: '宗', kind: '计数', reporters: '信访科、办公室' },
  { name: '满意率', unit: '%', kind: '比率', decimals: 2, reporters: '信访科' },
  { name: '培训人次', unit: '人次', kind: '计数', reporters: '信访科' },
]);

describe('parse', () => {
  it('passes readable figures without a finding', () => {
    const f = check(book(sheet('表', [['指标名称', '本年数'], ['甲', 12], ['乙', '—']])));
    expect(only(f, 'parse')).toEqual([]);
  });
  it('flags an Excel error at its cell, naming the value', () => {
    const f = only(check(book(longSheet('信访科', '信访科', [['满意率', '%', { kind: 'error', code: '#DIV/0!' }]]))), 'parse');
    expect(f.map(brief)).toEqual([{ check: 'parse', severity: 'error', refs: ['信访科!C4'] }]);
    expect(messageOf(f[0])).toContain('#DIV/0!');
  });
  it('notes a number stored as text as info, and an approximate figure as left out of equality checks', () => {
    const f = only(check(book(longSheet('信访科', '信访科', [['来信件数', '宗', '1,234'], ['培训人次', '人次', '150余']]))), 'parse');
    expect(f.map((x) => [x.severity, x.refs[0]])).toEqual([
      ['info', { sheet: '信访科', cell: 'C4' }],
      ['info', { sheet: '信访科', cell: 'C5' }],
    ]);
  });
});

describe('missing', () => {
  it('passes when every listed unit reports, 不适用 included', () => {
    const f = check(book(CATALOG, longSheet('信访科', '信访科', [['来信件数', '宗', 3], ['满意率', '%', '/'], ['培训人次', '人次', 1]]), longSheet('办公室', '办公室', [['来信件数', '宗', 3]])));
    expect(only(f, 'missing')).toEqual([]);
  });
  it('flags a blank figure at its cell and an absent one at the unit’s sheet and the catalogue', () => {
    const f = only(check(book(CATALOG, longSheet('信访科', '信访科', [['来信件数', '宗', 3], ['满意率', '%', null], ['培训人次', '人次', 1]]))), 'missing');
    expect(f.map((x) => [x.reporter, x.indicator, x.refs])).toEqual([
      ['办公室', undefined, [{ sheet: '指标目录', cell: 'F2' }]],
      ['信访科', '满意率', [{ sheet: '信访科', cell: 'C5' }]],
    ]);
    expect(f.every((x) => x.severity === 'error')).toBe(true);
  });
  it('gives a unit that sent nothing at all one finding listing what it owes, not one per indicator', () => {
    const catalog = sheet('指标目录', [['指标名称', '单位', '报送单位'], ['来信件数', '宗', '办公室、信访科'], ['办结件数', '宗', '办公室'], ['培训人次', '人次', '办公室']]);
    const f = only(check(book(catalog, longSheet('信访科', '信访科', [['来信件数', '宗', 3]]))), 'missing');
    expect(f).toHaveLength(1);
    expect(f[0].reporter).toBe('办公室');
    expect(messageOf(f[0])).toBe('办公室尚未报送任何数据，应报3项：“来信件数”、“办结件数”、“培训人次”。');
  });
  it('cannot tell what is missing without a catalogue, and says nothing', () => {
    expect(only(check(book(sheet('表', [['指标名称', '本年数'], ['甲', null]]))), 'missing')).toEqual([]);
  });
});

describe('unknown', () => {
  it('passes rows that name catalogue indicators', () => {
    expect(only(check(book(CATALOG, longSheet('信访科', '信访科', [['来信件数', '宗', 3]]))), 'unknown')).toEqual([]);
  });
  it('notes a row that names no catalogue indicator, at its name cell', () => {
    const f = only(check(book(CATALOG, longSheet('信访科', '信访科', [['来信件数', '宗', 3], ['网上信访件数', '件', 9]]))), 'unknown');
    expect(f.map(brief)).toEqual([{ check: 'unknown', severity: 'info', refs: ['信访科!A5'] }]);
  });
  it('cannot tell without a catalogue, and says nothing of names', () => {
    expect(only(check(book(sheet('表', [['指标名称', '本年数'], ['甲', 1]]))), 'unknown')).toEqual([]);
  });
});

describe('duplicate', () => {
  it('passes the same indicator twice with the same value', () => {
    expect(only(check(book(CATALOG, longSheet('信访科', '信访科', [['来信件数', '宗', 3], ['来信件数', '宗', 3]]))), 'duplicate')).toEqual([]);
  });
  it('flags the same indicator twice in one sheet with different values, with both cells', () => {
    const f = only(check(book(CATALOG, longSheet('信访科', '信访科', [['来信件数', '宗', 3], ['来信件数', '宗', 4]]))), 'duplicate');
    expect(f.map(brief)).toEqual([{ check: 'duplicate', severity: 'error', refs: ['信访科!C4', '信访科!C5'] }]);
    expect(f[0]).toMatchObject({ indicator: '来信件数', reporter: '信访科' });
    expect(f[0].difference?.toFixed()).toBe('1');
  });
  it('cannot compare when one of them is unreadable', () => {
    expect(only(check(book(CATALOG, longSheet('信访科', '信访科', [['来信件数', '宗', 3], ['来信件数', '宗', '见附表']]))), 'duplicate')).toEqual([]);
  });
});

describe('unit', () => {
  it('passes the catalogue unit, in the unit column or after the number', () => {
    expect(only(check(book(CATALOG, longSheet('信访科', '信访科', [['来信件数', '宗', '3宗'], ['培训人次', null, '26.3万人次']]))), 'unit')).toEqual([]);
  });
  it('flags a unit that differs from the catalogue', () => {
    const f = only(check(book(CATALOG, longSheet('信访科', '信访科', [['来信件数', '件', 3]]))), 'unit');
    expect(f.map(brief)).toEqual([{ check: 'unit', severity: 'error', refs: ['信访科!C4', '信访科!B4'] }]);
    expect(messageOf(f[0])).toContain('“件”');
  });
  it('converts 万人次 to 人次 with an info, and uses the converted value', () => {
    const f = check(book(CATALOG, longSheet('信访科', '信访科', [['培训人次', '万人次', 26.3]])));
    expect(only(f, 'unit').map((x) => [x.severity, messageOf(x)])).toEqual([['info', '信访科填报的“培训人次”单位为“万人次”，已换算为263000人次。']]);
    expect(only(f, 'type')).toEqual([]);
  });
});

describe('type', () => {
  it('passes whole non-negative counts and rates within 0…100', () => {
    expect(only(check(book(CATALOG, longSheet('信访科', '信访科', [['来信件数', '宗', 0], ['满意率', '%', 100]]))), 'type')).toEqual([]);
  });
  it('flags a negative count with a sign hint, a fractional count, and a rate over 100', () => {
    const f = only(check(book(CATALOG, longSheet('信访科', '信访科', [['来信件数', '宗', -3], ['培训人次', '人次', 2.5], ['满意率', '%', '100.5%']]))), 'type');
    expect(f.map((x) => [x.refs[0], x.actual?.toFixed(), hintOf(x)])).toEqual([
      [{ sheet: '信访科', cell: 'C4' }, '-3', '疑似正负号填反，可能应为3宗。'],
      [{ sheet: '信访科', cell: 'C5' }, '2.5', null],
      [{ sheet: '信访科', cell: 'C6' }, '100.5', null],
    ]);
  });
  it('cannot judge a value it cannot read, and leaves that to parse', () => {
    expect(only(check(book(CATALOG, longSheet('信访科', '信访科', [['来信件数', '宗', '若干']]))), 'type')).toEqual([]);
  });
});

describe('counts in a multiplied unit', () => {
  it('accepts 26.3 as a count in 万人次: it is 263000 persons', () => {
    const cat = catalogSheet([{ name: '培训人次', unit: '万人次', kind: '计数', reporters: '信访科' }]);
    expect(only(check(book(cat, longSheet('信访科', '信访科', [['培训人次', '万人次', 26.3]]))), 'type')).toEqual([]);
    expect(only(check(book(cat, longSheet('信访科', '信访科', [['培训人次', '万人次', 26.30005]]))), 'type')).toHaveLength(1);
  });
  it('reads 填报单位（盖章）：X in the header block', () => {
    const f = check(book(catalogSheet([{ name: '来信件数', unit: '宗', kind: '计数', reporters: '信访科' }]), sheet('表一', [['填报单位（盖章）：信访科'], ['指标名称', '本年数'], ['来信件数', 3]])));
    expect(only(f, 'missing')).toEqual([]);
  });
});
