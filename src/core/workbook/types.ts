import type { Catalog } from '../catalog/types';
import type { Finding } from '../findings/finding';
import type { GeneratedKind, SheetGrid } from '../grid/types';
import type { Ledger } from '../ledger/types';
import type { Figure, SkippedSheet, SubmissionTable } from '../submission/types';

/** A compilation workbook as Huibian understands it (SPEC §2). */
export interface Compilation {
  readonly workbook: string;
  readonly catalog: Catalog;
  /** True when there is no 指标目录 and the indicators were inferred from the sheets. */
  readonly catalogInferred: boolean;
  readonly submissions: readonly SubmissionTable[];
  readonly figures: readonly Figure[];
  readonly ledgers: readonly Ledger[];
  readonly rulesSheet: SheetGrid | null;
  readonly templatesSheet: SheetGrid | null;
  readonly skipped: readonly SkippedSheet[];
  /** Huibian's own sheets, by name. */
  readonly generated: ReadonlyMap<string, GeneratedKind>;
  /** Sheet names in workbook order (findings and outputs follow it). */
  readonly sheetOrder: readonly string[];
  /** Findings from reading the catalogue. */
  readonly findings: readonly Finding[];
  /** 报告期 and 填报单位 for titles: the most common among the submissions. */
  readonly period: string | null;
  readonly year: number | null;
}
