import type { CopyNotice } from '../../../src/adapters/xlsx/copyNotice';
import { renderCopyNotice } from '../../../src/adapters/xlsx/i18n/copyNotices';
import { CJK } from '../../i18n/english';

type Kind = CopyNotice['kind'];

/**
 * Every notice kind, with Chinese data (sheet, file and name as a clerk writes them) and every
 * value of its words. A Record over the kinds: a new kind fails to compile until it is here.
 */
const EACH: { readonly [K in Kind]: readonly Extract<CopyNotice, { kind: K }>[] } = {
  newXlsx: (['xlsb', 'xls', 'ods', 'csv', 'html', 'xml'] as const).map((format) => ({ kind: 'newXlsx', file: '信访科.xls', format })),
  rangeClipped: (['merge', 'hyperlink', 'validation'] as const).flatMap((range) => [
    { kind: 'rangeClipped', sheet: '法规科', range, from: 'A1:XFD1048576', to: 'A1:D9' } as const,
    { kind: 'rangeClipped', sheet: '法规科', range, from: 'G1:G1048576', to: '' } as const,
  ]),
  nameClipped: [{ kind: 'nameClipped', name: '打印区域', from: '$A:$XFD', to: '$A$1:$D$9' }],
  validationsDropped: [{ kind: 'validationsDropped', cells: 300_000, limit: 200_000 }],
  partsDropped: [{ kind: 'partsDropped', parts: ['charts', 'pivots', 'macros', 'threaded-comments', 'slicers', 'controls', 'embeddings', 'external-links', 'connections', 'custom-xml'] }],
  controlChars: [{ kind: 'controlChars', sheet: '法规科', cell: 'C3' }],
  formulaDropped: [{ kind: 'formulaDropped', sheet: '汇总表', cell: 'D12' }],
};
const DATA = ['信访科.xls', '法规科', '打印区域', '汇总表'];

describe('copy notices are facts, written in the clerk’s language at the edge', () => {
  it.each(Object.entries(EACH).flatMap(([kind, list]) => list.map((n, i) => [`${kind} #${i + 1}`, n as CopyNotice] as const)))(
    'says %s in English with no Chinese but the data',
    (_name, notice) => {
      const en = renderCopyNotice(notice, 'en');
      const left = DATA.reduce((text, d) => text.split(d).join(''), en);
      expect(left).not.toMatch(CJK);
      expect(en).not.toBe(renderCopyNotice(notice, 'zh'));
    },
  );

  it('keeps the Chinese sentences as they were', () => {
    expect(renderCopyNotice({ kind: 'newXlsx', file: 'a.csv', format: 'csv' }, 'zh')).toBe(
      'a.csv是文本（.csv）格式，写出的是新的.xlsx工作簿（不按原格式写回）：各表的数值、数字格式、合并单元格和隐藏行已带入，字体、边框、列宽等版式未带入；原文件不受影响。',
    );
    expect(renderCopyNotice({ kind: 'rangeClipped', sheet: '法规科', range: 'merge', from: 'G1:G1048576', to: '' }, 'zh')).toBe('工作表“法规科”的合并区域G1:G1048576超出数据所在范围，副本中改为删去（原文件不受影响）。');
    expect(renderCopyNotice({ kind: 'partsDropped', parts: ['charts', 'macros'] }, 'zh')).toBe('源文件中的图表、宏（VBA）无法带入汇编结果副本（副本中没有这些内容；原文件不受影响）。');
  });

});
