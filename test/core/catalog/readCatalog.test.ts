import { readCompilation, renderFinding } from '../../../src/core';
import { book, sheet } from '../../helpers/grid';
import { check, only } from '../../helpers/findings';

describe('the indicator catalogue (SPEC §2.3)', () => {
  it('reads every column, with defaults for what is blank', () => {
    const c = readCompilation(
      book(
        sheet('指标目录', [
          ['编码', '指标名称', '单位', '类型', '小数位', '报送单位', '汇总方式', '合计单位', '上级指标', '关系', '计算公式', '取舍', '同比阈值', '上年公布数', '章节', '说明'],
          ['A', '发现隐患数', '宗', '计数', null, '新安街道、西乡街道', '求和', '监察大队', null, null, null, null, '30%', 4102, '矛盾化解', '定义'],
          ['B', '已化解隐患数', '宗', null, null, '新安街道,西乡街道', '求和', null, '发现隐患数', '其中'],
          ['C', '化解率', '%', '比率', 2, '监察大队', null, null, null, null, '=[已化解隐患数]/[发现隐患数]*100', '截尾'],
          ['D', '培训金额', '万元'],
        ]),
      ),
    );
    const [a, b, r, d] = c.catalog.indicators;
    expect(a).toMatchObject({ code: 'A', kind: 'count', decimals: 0, reporters: ['新安街道', '西乡街道'], aggregation: 'sum', totalReporter: '监察大队', section: '矛盾化解', definition: '定义' });
    expect(a.yoyThreshold?.toFixed()).toBe('30');
    expect(a.publishedPrevious?.toFixed()).toBe('4102');
    expect(b).toMatchObject({ kind: 'count', parent: a.key, relation: 'of-which', reporters: ['新安街道', '西乡街道'] });
    expect(r).toMatchObject({ kind: 'rate', decimals: 2, rounding: 'truncate', formula: '=[已化解隐患数]/[发现隐患数]*100', aggregation: 'agree' });
    expect(d).toMatchObject({ kind: 'amount', decimals: null, rounding: 'half-up' });
  });

  it('accepts English labels and matches names ignoring width and spaces', () => {
    const c = readCompilation(
      book(
        sheet('catalog', [['code', 'name', 'unit', 'kind', 'reporters'], ['L1', 'Ｌｅｔｔｅｒｓ　Ｒｅｃｅｉｖｅｄ', 'pcs', 'count', 'Office']]),
        sheet('Office', [['name', 'value'], ['letters received', 4]]),
      ),
    );
    expect(c.figures[0].indicator?.code).toBe('L1');
  });

  it('reports a bad catalogue cell at its cell and still builds the rest', () => {
    const findings = check(
      book(
        sheet('指标目录', [
          ['指标名称', '类型', '上级指标'],
          ['甲', '计量'],
          ['乙', '计数', '不存在的指标'],
        ]),
      ),
    );
    expect(only(findings, 'parse').map((f) => [f.refs[0], f.severity])).toEqual([
      [{ sheet: '指标目录', cell: 'B2' }, 'error'],
      [{ sheet: '指标目录', cell: 'C3' }, 'error'],
    ]);
  });

  it('names a bad cell’s column as the sheet heads it and lists the accepted words in the reader’s language', () => {
    const catalogue = (header: string) => book(sheet('指标目录', [['指标名称', header], ['甲', '计量']]));
    const [zh] = only(check(catalogue('指标类型')), 'parse');
    expect(renderFinding(zh, 'zh').message).toBe('指标目录“指标类型”列填的“计量”无法识别，可填：计数、数值、比率、文本。');
    expect(renderFinding(zh, 'en').message).toBe('The catalogue\'s "指标类型" column holds "计量"; it takes one of count, amount, rate, text.');
    const [en] = only(check(catalogue('kind')), 'parse');
    expect(renderFinding(en, 'en').message).toBe('The catalogue\'s "kind" column holds "计量"; it takes one of count, amount, rate, text.');
  });
});
