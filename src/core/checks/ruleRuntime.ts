import { knownReporters } from '../submission/reporters';
import { findIndicator } from '../catalog/lookup';
import type { Indicator } from '../catalog/types';
import { ZERO, type Decimal } from '../decimal';
import { rangeRef, type CellRef } from '../grid/refs';
import type { LedgerColumn } from '../ledger/types';
import type { Expr, ParsedRule } from '../rules/ast';
import { bindRule, type Binding, type BoundRule, type NameScope, type RefExpr } from '../rules/bind';
import { evaluate, type ValueSource } from '../rules/evaluate';
import { ColumnIndex } from '../rules/functions';
import { parseRule } from '../rules/parse';
import { num, text, unknown, type ColumnValue, type Value } from '../rules/values';
import { toMatchKey } from '../text/fold';
import { figureOf, type FigureValue, type Model, figureNear } from '../model/model';

/**
 * Everything rules and catalogue formulas need to run against one model: the names they may
 * use, ledger columns read once, and formulas parsed once.
 */
export class RuleRuntime {
  readonly columns = new ColumnIndex();
  readonly scope: NameScope;
  private readonly columnValues = new Map<LedgerColumn, ColumnValue>();
  private readonly formulas = new Map<string, { parsed: ParsedRule; bound: BoundRule }>();

  constructor(readonly model: Model) {
    const { compilation } = model;
    const reporters = knownReporters(compilation.catalog);
    for (const f of compilation.figures) if (!reporters.has(toMatchKey(f.reporter))) reporters.set(toMatchKey(f.reporter), f.reporter);
    for (const s of compilation.submissions) if (!reporters.has(toMatchKey(s.sheet))) reporters.set(toMatchKey(s.sheet), s.reporter);
    const ledgers = new Map(compilation.ledgers.map((l) => [toMatchKey(l.sheet), l]));
    this.scope = {
      indicator: (name) => findIndicator(compilation.catalog, name, name),
      reporter: (name) => reporters.get(toMatchKey(name)) ?? null,
      ledger: (sheet) => ledgers.get(toMatchKey(sheet)) ?? null,
    };
  }

  /** The catalogue formula of an indicator, parsed and bound once. */
  formula(ind: Indicator): { parsed: ParsedRule; bound: BoundRule } | null {
    if (!ind.formula) return null;
    let hit = this.formulas.get(ind.key);
    if (!hit) {
      const parsed = parseRule(ind.formula);
      hit = { parsed, bound: bindRule(parsed.expr, this.scope) };
      this.formulas.set(ind.key, hit);
    }
    return hit;
  }

  /**
   * A value source that prefers `reporter`'s own figures for unqualified references, and those
   * of `sheet` when given (a unit reporting in two sheets; a sheet of another period, which
   * never reads this period's figures).
   */
  source(reporter: string | null = null, sheet: { name: string; otherPeriod: boolean } | null = null): TrackingSource {
    return new TrackingSource(this, reporter, sheet);
  }

  column(ledger: { sheet: string; firstRow: number; lastRow: number }, column: LedgerColumn): ColumnValue {
    let v = this.columnValues.get(column);
    if (!v) {
      v = {
        t: 'column',
        key: column.key,
        label: column.label,
        cells: column.values,
        formats: column.formats,
        ref: rangeRef(ledger.sheet, ledger.firstRow, column.col, Math.max(ledger.firstRow, ledger.lastRow), column.col),
      };
      this.columnValues.set(column, v);
    }
    return v;
  }

  evaluate(expr: Expr, bound: BoundRule, source: TrackingSource, tolerance: Decimal = ZERO): Value {
    return evaluate(expr, { bindings: bound.bindings, source, columns: this.columns, tolerance });
  }
}

/** Reads figures for a rule and remembers every cell it read, for the finding's refs. */
export class TrackingSource implements ValueSource {
  /** Cells read, kept as given (a 求和 whole brings thousands) and deduplicated only when asked. */
  private readonly reads: (CellRef | readonly CellRef[])[] = [];

  constructor(
    private readonly runtime: RuleRuntime,
    private readonly preferred: string | null,
    private readonly sheet: { name: string; otherPeriod: boolean } | null = null,
  ) {}

  value(b: Binding, previous: boolean, _ref: RefExpr): Value {
    if (b.kind === 'column') {
      const v = this.runtime.column(b.ledger, b.column);
      this.touch(v.ref);
      return v;
    }
    const { model } = this.runtime;
    const ind = b.indicator;
    const reporter = b.reporter ?? this.preferred;
    if (reporter !== null) {
      const own = this.reporterFigure(ind, reporter);
      if (own) return this.fromFigure(own, previous, ind, reporter);
      if (b.reporter !== null || this.sheet?.otherPeriod) return unknown({ kind: 'missing', indicator: ind.name, reporter, previous: false });
    }
    const whole = model.wholes.get(ind.key);
    if (!whole) {
      if (previous && ind.publishedPrevious) return num(ind.publishedPrevious);
      return unknown({ kind: 'missing', indicator: ind.name, reporter: null, previous: false });
    }
    if (previous) {
      if (whole.previous === null) return unknown({ kind: 'missing', indicator: ind.name, reporter: null, previous: true });
      this.reads.push(whole.refs.previous);
      return num(whole.previous.value);
    }
    if (ind.kind === 'text') {
      const f = whole.figures.current[0]?.figure;
      if (f && f.current.kind !== 'missing') return text(f.current.kind === 'number' ? f.current.raw : f.current.kind === 'na' || f.current.kind === 'invalid' ? f.current.raw : '');
    }
    if (whole.current === null) return unknown({ kind: 'missing', indicator: ind.name, reporter: null, previous: false });
    this.reads.push(whole.refs.current);
    return num(whole.current.value, whole.current.approx);
  }

  private reporterFigure(ind: Indicator, reporter: string): FigureValue | null {
    const { model } = this.runtime;
    return this.sheet ? figureNear(model, ind.key, reporter, this.sheet.name, this.sheet.otherPeriod) : figureOf(model, ind.key, reporter);
  }

  private fromFigure(f: FigureValue, previous: boolean, ind: Indicator, reporter: string): Value {
    if (previous) {
      if (f.previous === null) return unknown({ kind: 'missing', indicator: ind.name, reporter, previous: true });
      if (f.figure.previousCell) this.touch(f.figure.previousCell);
      return num(f.previous.value, f.previous.approx);
    }
    if (f.current === null) return unknown({ kind: 'missing', indicator: ind.name, reporter, previous: false });
    this.touch(f.figure.currentCell);
    return num(f.current.value, f.current.approx);
  }

  /** Every cell read, in the order first read. */
  get touched(): CellRef[] {
    const seen = new Map<string, CellRef>();
    for (const read of this.reads) {
      for (const ref of Array.isArray(read) ? read : [read as CellRef]) {
        const key = `${ref.sheet}\u0000${ref.cell}`;
        if (!seen.has(key)) seen.set(key, ref);
      }
    }
    return [...seen.values()];
  }

  private touch(ref: CellRef): void {
    this.reads.push(ref);
  }
}
