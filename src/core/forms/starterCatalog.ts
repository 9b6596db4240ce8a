import type { Compilation } from '../workbook/types';
import { toMatchKey } from '../text/fold';
import { cell, type OutCell, type OutSheet } from '../output/sheetModel';

const KIND_TEXT = { count: '计数', amount: '数值', rate: '比率', text: '文本' } as const;
const HEADER = ['编码', '指标名称', '单位', '类型', '小数位', '报送单位', '汇总方式', '合计单位', '上级指标', '关系', '计算公式', '取舍', '同比阈值', '上年公布数', '章节', '说明'];

/**
 * 初始化目录 (SPEC §2.3): a starter 指标目录 from what the sheets say — each indicator with its
 * unit, kind, the units that reported it, 求和 for a wide table's columns, 其中 parents — for the
 * clerk to complete (formulas, thresholds, published figures). Not tagged: it is the clerk's.
 */
export function buildStarterCatalog(compilation: Compilation): OutSheet {
  const rows: OutCell[][] = [HEADER.map((h) => cell(h, 'header'))];
  const { catalog } = compilation;
  for (const ind of catalog.indicators) {
    const figures = compilation.figures.filter((f) => f.key === ind.key && f.role !== 'total');
    const units = [...new Map(figures.map((f) => [toMatchKey(f.reporter), f.reporter])).values()];
    const wideTotal = compilation.figures.find((f) => f.key === ind.key && f.role === 'total' && f.layout === 'wide');
    const parent = ind.parent ? catalog.byKey.get(ind.parent)?.name ?? '' : '';
    const section = figures[0]?.sheet ?? '';
    rows.push([
      cell('', 'body'),
      cell(ind.name, 'body'),
      cell(ind.unit ?? '', 'bodyCenter'),
      cell(KIND_TEXT[ind.kind], 'bodyCenter'),
      cell(ind.decimals, 'bodyCenter'),
      cell(units.join('、'), 'body'),
      cell(ind.aggregation === 'sum' ? '求和' : '一致', 'bodyCenter'),
      cell(wideTotal ? wideTotal.reporter : '', 'body'),
      cell(parent, 'body'),
      cell(parent ? '其中' : '', 'bodyCenter'),
      cell('', 'body'),
      cell('', 'body'),
      cell('', 'body'),
      cell('', 'body'),
      cell(section, 'body'),
      cell('由汇编助手按报送表生成，请核对', 'body'),
    ]);
  }
  return { name: '指标目录', kind: null, rows, widths: [8, 28, 8, 8, 7, 30, 9, 14, 20, 6, 30, 8, 9, 10, 14, 28], merges: [], freezeRows: 1 };
}
