import { useCallback, useMemo, useRef, useState } from 'react';
import { renderHint, renderMessage, type CellRef, type Language, type Ref } from '../core';
import type { CompileOutcome, DraftOutcome, PaneFinding, PaneReport } from '../app/paneReport';
import type { EngineSettings, FillOutcome } from '../app/ports';
import { UI, type UiStrings } from './i18n';
import type { PaneServices } from './services';

export type TabId = 'submissions' | 'checks' | 'outputs' | 'draft' | 'settings';
export type BusyKind = keyof UiStrings['busy'];
export type Severity = PaneFinding['severity'];

export interface PaneSettings {
  readonly live: boolean;
  readonly compiler: string;
  readonly rounding: NonNullable<EngineSettings['defaultRounding']>;
  readonly threshold: string;
  readonly sheetNames: { readonly summary: string; readonly findings: string; readonly narrative: string };
}

export interface Filters {
  readonly severities: readonly Severity[];
  readonly sheet: string | null;
  readonly search: string;
}

export interface PaneState {
  readonly language: Language;
  readonly tab: TabId;
  readonly busy: { readonly kind: BusyKind; readonly since: number; readonly progress: number | null } | null;
  readonly error: string | null;
  readonly notice: string | null;
  readonly report: PaneReport | null;
  readonly outcome: CompileOutcome | null;
  readonly draftText: string;
  readonly draft: DraftOutcome | null;
  readonly settings: PaneSettings;
  readonly filters: Filters;
  readonly selected: number | null;
  /** A finding's cell on a hidden sheet the clerk may ask to show. */
  readonly reveal: CellRef | null;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  live: false,
  compiler: '',
  rounding: 'half-up',
  threshold: '',
  sheetNames: { summary: '汇总表', findings: '核对结果', narrative: '文字说明' },
};

/** Messages a clerk reads for an error: HostError and UnusableInputError carry their own. */
export function errorText(e: unknown, language: Language): string {
  if (typeof e === 'object' && e !== null) {
    const o = e as { en?: unknown; message?: unknown };
    if (language === 'en' && typeof o.en === 'string') return o.en;
    if (typeof o.message === 'string') return o.message.split('\n')[0];
  }
  return String(e);
}

/** The pane's state and what the clerk can do with it; effects come in through `services`. */
export function usePane(services: PaneServices, initial: Partial<PaneState> = {}) {
  const [state, setState] = useState<PaneState>({
    language: services.language,
    tab: 'checks',
    busy: null,
    error: null,
    notice: null,
    report: null,
    outcome: null,
    draftText: '',
    draft: null,
    settings: DEFAULT_SETTINGS,
    filters: { severities: ['error', 'warning', 'info'], sheet: null, search: '' },
    selected: null,
    reveal: null,
    ...initial,
  });
  const stateRef = useRef(state);
  stateRef.current = state;
  const ui = UI[state.language];
  const patch = useCallback((p: Partial<PaneState>) => setState((s) => ({ ...s, ...p })), []);

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

  const run = useCallback(
    async <T,>(kind: BusyKind, work: (progress: (done: number, total: number) => void) => Promise<T>): Promise<T | null> => {
      patch({ busy: { kind, since: Date.now(), progress: null }, error: null, notice: null });
      try {
        const result = await work((done, total) => setState((s) => (s.busy ? { ...s, busy: { ...s.busy, progress: total > 0 ? done / total : null } } : s)));
        return result;
      } catch (e) {
        patch({ error: errorText(e, stateRef.current.language) });
        return null;
      } finally {
        setState((s) => ({ ...s, busy: null }));
      }
    },
    [patch],
  );

  const readGrid = useCallback((progress: (d: number, t: number) => void) => services.host.readGrid((d, t) => progress(d, t)), [services.host]);

  /** Compiles and writes 汇总表/核对结果/文字说明 into the workbook; true when they were written. */
  const writeCompiled = useCallback(async (): Promise<boolean> => {
    const done = await run('write', async (progress) => {
      const outcome = await services.engine.compile(await readGrid(progress), engineSettings());
      const names = await services.host.writeSheets(outcome.sheets);
      return { outcome, names };
    });
    if (done) patch({ outcome: done.outcome, report: done.outcome.report, notice: UI[stateRef.current.language].written([...done.names.values()].join('、')) });
    return done !== null;
  }, [engineSettings, patch, readGrid, run, services]);

  const actions = useMemo(
    () => ({
      setTab: (tab: TabId) => patch({ tab }),
      toggleLanguage: () => setState((s) => ({ ...s, language: s.language === 'zh' ? 'en' : 'zh' })),
      runCheck: async () => {
        const report = await run('check', async (progress) => services.engine.check(await readGrid(progress), engineSettings()));
        if (report) patch({ report, selected: null });
      },
      compile: async () => {
        const outcome = await run('compile', async (progress) => services.engine.compile(await readGrid(progress), engineSettings()));
        if (outcome) patch({ outcome, report: outcome.report });
        return outcome;
      },
      writeSheets: async () => {
        await writeCompiled();
      },
      downloadDocx: async () => {
        const bytes = await run('docx', async (progress) => services.engine.docx(await readGrid(progress), engineSettings()));
        if (bytes) services.download(`${stateRef.current.outcome?.title ?? '文字说明'}.docx`, bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      },
      downloadWorkbook: async () => {
        const written = await writeCompiled();
        const file = services.workbookBytes?.();
        if (written && file) services.download(file.name.replace(/(\.xlsx)?$/i, '-汇编.xlsx'), file.bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      },
      setDraftText: (draftText: string) => patch({ draftText }),
      checkDraft: async () => {
        const text = stateRef.current.draftText;
        const draft = await run('draft', async (progress) => services.engine.verifyText(text, await readGrid(progress), engineSettings()));
        if (draft) patch({ draft });
      },
      select: async (finding: PaneFinding) => {
        patch({ selected: finding.id, reveal: null });
        const ref = finding.refs.find((r): r is CellRef => 'sheet' in r);
        if (!ref) return;
        try {
          await services.host.select(ref);
          services.onSelect?.(ref);
        } catch (e) {
          const hidden = (e as { kind?: unknown }).kind === 'hidden' && services.host.revealSheet !== undefined;
          patch({ error: errorText(e, stateRef.current.language), reveal: hidden ? ref : null });
        }
      },
      /** Shows the hidden sheet of the clicked finding, then goes to its cell. */
      revealAndSelect: async () => {
        const ref = stateRef.current.reveal;
        if (!ref || !services.host.revealSheet) return;
        try {
          await services.host.revealSheet(ref.sheet);
          await services.host.select(ref);
          patch({ error: null, reveal: null });
          services.onSelect?.(ref);
        } catch (e) {
          patch({ error: errorText(e, stateRef.current.language), reveal: null });
        }
      },
      highlight: async () => {
        const refs = (stateRef.current.report?.findings ?? []).filter((f) => f.severity !== 'info').flatMap((f) => f.refs.filter((r): r is CellRef => 'sheet' in r).slice(0, 1));
        const o = await run('write', () => services.host.highlight(refs));
        if (o !== null) patch({ notice: fillNotice(UI[stateRef.current.language], UI[stateRef.current.language].highlighted(o.cells), o) });
      },
      clearHighlight: async () => {
        const o = await run('write', () => services.host.clearHighlight());
        if (o !== null) patch({ notice: fillNotice(UI[stateRef.current.language], UI[stateRef.current.language].cleared(o.cells), o) });
      },
      updateSettings: (p: Partial<PaneSettings>) => setState((s) => ({ ...s, settings: { ...s.settings, ...p } })),
      setFilters: (p: Partial<Filters>) => setState((s) => ({ ...s, filters: { ...s.filters, ...p } })),
      dismiss: () => patch({ error: null, notice: null }),
    }),
    [engineSettings, patch, readGrid, run, services, writeCompiled],
  );

  return { state, ui, actions };
}

export type PaneActions = ReturnType<typeof usePane>['actions'];

function fillNotice(ui: UiStrings, done: string, o: FillOutcome): string {
  return done + ui.fillPassedOver(o.protectedSheets.join('、'), o.missingSheets.join('、'));
}

/** A finding's sentence and hint in the pane's language. */
export function findingText(f: PaneFinding, language: Language): { message: string; hint: string | null } {
  return {
    message: language === 'zh' ? f.message : renderMessage(f.detail, language),
    hint: f.hintDetail ? (language === 'zh' ? f.hint ?? null : renderHint(f.hintDetail, language)) : null,
  };
}

/** The findings the filters let through, grouped by severity, then by sheet in order. */
export function groupFindings(findings: readonly PaneFinding[], filters: Filters, language: Language): { severity: Severity; sheets: { sheet: string; findings: PaneFinding[] }[] }[] {
  const search = filters.search.trim().toLowerCase();
  const shown = findings.filter(
    (f) =>
      filters.severities.includes(f.severity) &&
      (filters.sheet === null || f.sheet === filters.sheet) &&
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

export function refText(r: Ref): string {
  return 'sheet' in r ? `${r.sheet}!${r.cell}` : r.text;
}
