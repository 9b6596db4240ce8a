import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/core';

export type Rows = readonly (readonly CellValue[])[];

/** A sheet from inline rows; formats by A1 address ("D7": "0.00%"). */
export function sheet(name: string, values: Rows, extra: Partial<SheetGrid> & { formatsByCell?: Record<string, string> } = {}): SheetGrid {
  const { formatsByCell, ...rest } = extra;
  let formats: (string | null)[][] | undefined;
  if (formatsByCell) {
    formats = [];
    for (const [addr, fmt] of Object.entries(formatsByCell)) {
      const m = /^([A-Z]+)(\d+)$/.exec(addr)!;
      const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const row = Number(m[2]) - 1;
      (formats[row] ??= [])[col] = fmt;
    }
  }
  return { name, values, ...(formats ? { formats } : {}), ...rest };
}

/** A workbook from sheets given in order. */
export function book(...sheets: SheetGrid[]): WorkbookGrid {
  return { name: 'test.xlsx', sheets };
}

export const CATALOG_HEADER = ['编码', '指标名称', '单位', '类型', '小数位', '报送单位', '汇总方式', '合计单位', '上级指标', '关系', '计算公式', '取舍', '同比阈值', '上年公布数', '章节'] as const;

export interface IndicatorRow {
  code?: string;
  name: string;
  unit?: string;
  kind?: string;
  decimals?: number;
  reporters?: string;
  aggregation?: string;
  totalReporter?: string;
  parent?: string;
  relation?: string;
  formula?: string;
  rounding?: string;
  yoy?: number;
  published?: number;
  section?: string;
}

/** A 指标目录 sheet from indicator rows. */
export function catalogSheet(rows: readonly IndicatorRow[]): SheetGrid {
  return sheet('指标目录', [
    [...CATALOG_HEADER],
    ...rows.map((r) => [
      r.code ?? null, r.name, r.unit ?? null, r.kind ?? null, r.decimals ?? null, r.reporters ?? null, r.aggregation ?? null,
      r.totalReporter ?? null, r.parent ?? null, r.relation ?? null, r.formula ?? null, r.rounding ?? null, r.yoy ?? null, r.published ?? null, r.section ?? null,
    ]),
  ]);
}

/** A long submission sheet: header block, then 指标名称 | 单位 | 本年数 | 上年数 rows. */
export function longSheet(name: string, reporter: string, rows: readonly (readonly CellValue[])[], extra: Partial<SheetGrid> & { formatsByCell?: Record<string, string> } = {}): SheetGrid {
  return sheet(name, [[`${name}统计表`], [`填报单位：${reporter}`, null, '报告期：2023年'], ['指标名称', '单位', '本年数', '上年数'], ...rows], extra);
}
