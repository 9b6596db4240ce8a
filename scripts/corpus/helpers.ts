/** Small helpers for writing corpus sources: a row-by-row sheet builder, catalogue/rules/templates sheets, cell lookup. */
import { colLetter } from './buildBook';
import type { CellSpec, Row, SheetSource } from './types';

export class Sheet {
  readonly rows: Row[] = [];
  readonly merges: string[] = [];
  readonly hiddenRows: number[] = [];
  readonly headerRows: number[] = [];
  readonly boldRows: number[] = [];
  hiddenCols: string[] = [];
  widths: number[] = [];
  state: 'visible' | 'hidden' = 'visible';
  table?: string;
  constructor(readonly name: string) {}

  /** Adds a row and returns its 1-based number. */
  add(row: Row = [], opts: { hidden?: boolean; header?: boolean; bold?: boolean } = {}): number {
    this.rows.push(row);
    const n = this.rows.length;
    if (opts.hidden) this.hiddenRows.push(n);
    if (opts.header) this.headerRows.push(n);
    if (opts.bold) this.boldRows.push(n);
    return n;
  }

  /** A title merged across `width` columns. */
  title(text: string, width: number): number {
    const n = this.add([text]);
    this.merges.push(`A${n}:${colLetter(width)}${n}`);
    return n;
  }

  merge(range: string): this {
    this.merges.push(range);
    return this;
  }

  /** The cell in column `col` of the row whose text cells include `label` (exactly after trimming, else as a substring); must be unique. */
  cell(label: string, col: string): string {
    return `${col}${findRow(this.rows, label, this.name)}`;
  }

  /** 'Sheet!D7' for verify refs. */
  ref(label: string, col: string): string {
    return `${this.name}!${this.cell(label, col)}`;
  }

  build(): SheetSource {
    return {
      name: this.name,
      rows: this.rows,
      merges: this.merges.length ? this.merges : undefined,
      hiddenRows: this.hiddenRows.length ? this.hiddenRows : undefined,
      hiddenCols: this.hiddenCols.length ? this.hiddenCols : undefined,
      widths: this.widths.length ? this.widths : undefined,
      state: this.state === 'hidden' ? 'hidden' : undefined,
      headerRows: this.headerRows.length ? this.headerRows : undefined,
      boldRows: this.boldRows.length ? this.boldRows : undefined,
      table: this.table,
    };
  }
}

function textOf(c: CellSpec | null): string | null {
  if (typeof c === 'string') return c.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  if (c && typeof c === 'object' && 'text' in c) return c.text.trim();
  return null;
}

function findRow(rows: readonly Row[], label: string, sheet: string): number {
  const exact: number[] = [];
  const partial: number[] = [];
  rows.forEach((row, i) => {
    for (const c of row) {
      const t = textOf(c);
      if (t === null) continue;
      if (t === label) exact.push(i + 1);
      else if (t.includes(label)) partial.push(i + 1);
    }
  });
  const hits = [...new Set(exact.length ? exact : partial)];
  if (hits.length !== 1) throw new Error(`${sheet}: label "${label}" found in ${hits.length} rows (${hits.join(', ')})`);
  return hits[0];
}

/** A cell of any built sheet, by label. */
function cellOf(sheet: SheetSource, label: string, col: string): string {
  return `${col}${findRow(sheet.rows, label, sheet.name)}`;
}

// ---------------------------------------------------------------- catalogue, rules, templates

export interface Cat {
  readonly code?: string;
  readonly name: string;
  readonly unit?: string;
  readonly kind?: '计数' | '数值' | '比率' | '文本';
  readonly decimals?: number;
  readonly reporters?: string;
  readonly aggregation?: '一致' | '求和';
  readonly totalReporter?: string;
  readonly parent?: string;
  readonly relation?: '分项' | '其中';
  readonly formula?: string;
  readonly rounding?: '四舍五入' | '截尾' | '五成双';
  readonly yoy?: number;
  readonly prev?: number;
  readonly section?: string;
  readonly note?: string;
}

const CAT_COLUMNS: readonly [keyof Cat, string][] = [
  ['code', '编码'], ['name', '指标名称'], ['unit', '单位'], ['kind', '类型'], ['decimals', '小数位'], ['reporters', '报送单位'],
  ['aggregation', '汇总方式'], ['totalReporter', '合计单位'], ['parent', '上级指标'], ['relation', '关系'], ['formula', '计算公式'],
  ['rounding', '取舍'], ['yoy', '同比阈值'], ['prev', '上年公布数'], ['section', '章节'], ['note', '说明'],
];
const CAT_WIDTH: Partial<Record<keyof Cat, number>> = { name: 26, reporters: 30, formula: 40, note: 30, section: 14, totalReporter: 14 };

/** The 指标目录 sheet: only the columns some row uses, in the spec's order. */
export function catalogSheet(rows: readonly Cat[], name = '指标目录'): SheetSource {
  const cols = CAT_COLUMNS.filter(([k]) => k === 'name' || rows.some((r) => r[k] !== undefined));
  const s = new Sheet(name);
  s.add(cols.map(([, label]) => label), { header: true });
  for (const r of rows) s.add(cols.map(([k]) => (r[k] === undefined ? null : k === 'code' ? String(r[k]) : (r[k] as string | number))));
  s.widths = cols.map(([k]) => CAT_WIDTH[k] ?? 9);
  s.table = `A1:${colLetter(cols.length)}${rows.length + 1}`;
  return s.build();
}

export interface RuleRow {
  readonly id: string;
  readonly description: string;
  readonly expression: string;
  readonly severity: '错误' | '警告' | '提示';
  readonly tolerance?: number;
}

export function rulesSheet(rows: readonly RuleRow[], name = '校验规则'): SheetSource {
  const s = new Sheet(name);
  s.add(['编号', '规则说明', '表达式', '级别', '容差'], { header: true });
  for (const r of rows) s.add([r.id, r.description, r.expression, r.severity, r.tolerance ?? null]);
  s.widths = [8, 36, 80, 8, 8];
  s.table = `A1:E${rows.length + 1}`;
  return s.build();
}

export interface TemplateRow {
  readonly section: string;
  readonly order: number;
  readonly template: string;
}

export function templatesSheet(rows: readonly TemplateRow[], name = '文字模板'): SheetSource {
  const s = new Sheet(name);
  s.add(['章节', '序号', '模板'], { header: true });
  for (const r of rows) s.add([r.section, r.order, r.template]);
  s.widths = [16, 6, 120];
  s.table = `A1:C${rows.length + 1}`;
  return s.build();
}

/** A row of the rules sheet's 表达式 cell for rule `id` ('校验规则!C3'). */
export function ruleCell(rules: SheetSource, id: string): string {
  return cellOf(rules, id, 'C');
}

/** Exact integer sum. */
export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** Sum of decimals, exact at `d` decimals (no binary tail). */
export const dsum = (xs: readonly number[], d: number): number => Math.round(sum(xs.map((x) => Math.round(x * 10 ** d)))) / 10 ** d;

/** A deterministic pseudo-random sequence (LCG), so big ledgers rebuild identically. */
export function lcg(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % n;
  };
}

/** Four ideographic spaces: how clerks space the items of a footer line. */
export const GAP = '\u3000\u3000\u3000\u3000';

/** A common footer line. */
export const footer = (head: string, preparer: string, phone: string, date = '2025年1月15日'): string =>
  `单位负责人：${head}${GAP}填表人：${preparer}${GAP}联系电话：${phone}${GAP}报出日期：${date}`;
