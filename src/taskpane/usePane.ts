import { useCallback, useMemo, useRef, useState } from 'react';
import { renderFinding, type Language, type Ref } from '../core';
import type { PaneFinding } from '../app/ports';
import type { EngineSettings } from '../app/ports';
import { UI } from './i18n';
import { paneActions } from './paneActions';
import { DEFAULT_SETTINGS, initialYear, type Filters, type PaneState, type Severity } from './paneState';
import type { PaneServices } from './services';
import { useRunner } from './useRunner';

export { canAct, errorText, markableCells } from './paneState';
export type { Filters, PaneSettings, PaneState, Severity, TabId } from './paneState';

/** The pane's state and what the clerk can do with it; effects come in through `services`. */
export function usePane(services: PaneServices, initial: Partial<PaneState> = {}) {
  const [state, setState] = useState<PaneState>({
    language: services.language,
    tab: 'checks',
    busy: null,
    workbook: 'open',
    marked: null,
    error: null,
    notice: null,
    report: null,
    outcome: null,
    draftText: '',
    draft: null,
    settings: DEFAULT_SETTINGS,
    filters: { severities: ['error', 'warning', 'info'], sheet: null, check: null, search: '' },
    selected: null,
    reveal: null,
    year: initialYear(new Date()),
    ...initial,
  });
  const stateRef = useRef(state);
  stateRef.current = state;
  const runner = useRunner(setState, stateRef);

  const engineSettings = useCallback((): EngineSettings => {
    const s = stateRef.current.settings;
    // An empty threshold keeps the engine's default (the catalogue's, or 50% without one).
    const t = s.threshold.trim() === '' ? NaN : Number(s.threshold);
    return {
      live: s.live,
      compiler: s.compiler.trim() || null,
      defaultRounding: s.rounding,
      ...(Number.isFinite(t) && t >= 0 ? { defaultYoyThreshold: t } : {}),
      sheetNames: s.sheetNames,
    };
  }, []);

  const actions = useMemo(() => paneActions({ services, runner, stateRef, update: setState, engineSettings }), [engineSettings, runner, services]);
  return { state, ui: UI[state.language], actions };
}

/** What every tab's hook reads from: the pane's state, its strings and its actions. */
export type PaneModel = ReturnType<typeof usePane>;

/** A finding's sentence and hint in the pane's language. */
export function findingText(f: PaneFinding, language: Language): { message: string; hint: string | null } {
  const { message, hint } = renderFinding(f, language);
  return { message, hint: hint ?? null };
}

/** The findings the filters let through, grouped by severity, then by sheet in order. */
export function groupFindings(findings: readonly PaneFinding[], filters: Filters, language: Language): { severity: Severity; sheets: { sheet: string; findings: PaneFinding[] }[] }[] {
  const search = filters.search.trim().toLowerCase();
  const shown = findings.filter(
    (f) =>
      filters.severities.includes(f.severity) &&
      (filters.sheet === null || f.sheet === filters.sheet) &&
      (filters.check === null || f.check === filters.check) &&
      (search === '' || [findingText(f, language).message, f.indicator ?? '', f.reporter ?? ''].some((t) => t.toLowerCase().includes(search))),
  );
  return (['error', 'warning', 'info'] as const)
    .map((severity) => {
      const bySheet = new Map<string, PaneFinding[]>();
      for (const f of shown.filter((x) => x.severity === severity)) {
        const key = f.sheet ?? '—';
        const list = bySheet.get(key);
        if (list) list.push(f);
        else bySheet.set(key, [f]);
      }
      return { severity, sheets: [...bySheet].map(([sheet, list]) => ({ sheet, findings: list })) };
    })
    .filter((g) => g.sheets.length > 0);
}

/**
 * A finding's places as the clerk reads them: cells of one sheet together (sheets in the order
 * the finding names them), each sheet's cells by row then column (D10, D11, D12, not D12, D11,
 * D10), a sheet named once: 信访科!D10、D11、D12. Text places follow, as they are.
 */
export function placesText(refs: readonly Ref[], separator: string): string {
  const bySheet = new Map<string, string[]>();
  const texts: string[] = [];
  for (const r of refs) {
    if (!('sheet' in r)) {
      texts.push(r.text);
      continue;
    }
    const cells = bySheet.get(r.sheet) ?? [];
    if (!cells.includes(r.cell)) cells.push(r.cell);
    bySheet.set(r.sheet, cells);
  }
  const sheets = [...bySheet].map(([sheet, cells]) => `${sheet}!${[...cells].sort(byPosition).join(separator)}`);
  return [...sheets, ...texts].join(separator);
}

function position(cell: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)/i.exec(cell);
  if (!m) return [Number.MAX_SAFE_INTEGER, 0];
  const col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col];
}

function byPosition(a: string, b: string): number {
  const [ra, ca] = position(a);
  const [rb, cb] = position(b);
  return ra - rb || ca - cb || a.localeCompare(b);
}
