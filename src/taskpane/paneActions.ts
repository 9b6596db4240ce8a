import type { CellRef } from '../core';
import type { PaneFinding } from '../app/ports';
import type { FillOutcome } from '../app/ports';
import { withinDraftLength } from '../adapters/docx/draftLength';
import { UI, type UiStrings } from './i18n';
import { errorText, markableCells, type Filters, type PaneSettings, type PaneState, type TabId } from './paneState';
import type { Progress } from './useRunner';
import { yearActions } from './yearActions';
import type { ActionContext } from './actionContext';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Everything the clerk can do in the pane. */
export function paneActions({ services, runner, stateRef, update, engineSettings }: ActionContext) {
  const { run } = runner;
  const patch = (p: Partial<PaneState>): void => update((s) => ({ ...s, ...p }));
  const ui = () => UI[stateRef.current.language];
  const readGrid = (progress: Progress) => services.host.readGrid((d, t) => progress(d, t));

  /** Compiles and writes 汇总表/核对结果/文字说明 into the workbook; true when they were written. */
  const writeCompiled = async (): Promise<boolean> => {
    const done = await run('write', async (progress) => {
      const outcome = await services.engine.compile(await readGrid(progress), engineSettings());
      const names = await services.host.writeSheets(outcome.sheets);
      return { outcome, names };
    });
    if (done) patch({ outcome: done.outcome, report: done.outcome.report, notice: ui().written([...done.names.values()]) });
    return done !== null;
  };

  return {
    setTab: (tab: TabId) => patch({ tab }),
    toggleLanguage: () => update((s) => ({ ...s, language: s.language === 'zh' ? 'en' : 'zh' })),
    openWorkbook: runner.openWorkbook,
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
      if (bytes) services.download(`${stateRef.current.outcome?.title ?? ui().docxName}.docx`, bytes, DOCX);
    },
    downloadWorkbook: async () => {
      const written = await writeCompiled();
      const file = services.workbookBytes?.();
      if (written && file) services.download(file.name.replace(/(\.xlsx)?$/i, `${ui().compiledSuffix}.xlsx`), file.bytes, XLSX);
    },
    setDraftText: (draftText: string) => patch({ draftText }),
    checkDraft: async () => {
      const text = stateRef.current.draftText;
      const draft = await run('draft', async (progress) => services.engine.verifyText(withinDraftLength(text, ui().pastedText), await readGrid(progress), engineSettings()));
      if (draft) patch({ draft });
    },
    ...selectionActions(services, stateRef, patch),
    ...yearActions({ services, runner, stateRef, update, engineSettings }),
    highlight: async () => {
      const refs = markableCells(stateRef.current.report);
      const o = await run('write', () => services.host.highlight(refs));
      if (o !== null) patch({ marked: o.cells, notice: fillNotice(ui(), ui().highlighted(o.cells), o) });
    },
    clearHighlight: async () => {
      const o = await run('write', () => services.host.clearHighlight());
      if (o !== null) patch({ marked: 0, notice: fillNotice(ui(), ui().cleared(o.cells), o) });
    },
    updateSettings: (p: Partial<PaneSettings>) => update((s) => ({ ...s, settings: { ...s.settings, ...p } })),
    setFilters: (p: Partial<Filters>) => update((s) => ({ ...s, filters: { ...s.filters, ...p } })),
    dismiss: () => patch({ error: null, notice: null }),
  };
}

/** Going to a finding's cell, and to one on a hidden sheet after showing the sheet. */
function selectionActions(services: ActionContext['services'], stateRef: ActionContext['stateRef'], patch: (p: Partial<PaneState>) => void) {
  return {
    select: async (finding: PaneFinding) => {
      patch({ selected: finding.id, reveal: null });
      const ref = finding.refs.find((r): r is CellRef => 'sheet' in r);
      if (!ref) return;
      try {
        await services.host.select(ref);
        services.onSelect?.(ref);
      } catch (e) {
        // A cell on a hidden sheet: say where it is and offer to show the sheet (never a very hidden one).
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
  };
}

/** The notice after marking or unmarking cells, naming the sheets passed over (protected, deleted). */
function fillNotice(ui: UiStrings, done: string, o: FillOutcome): string {
  const protectedSheets = o.protectedSheets.length > 0 ? ui.passedOver.protected(o.protectedSheets) : '';
  const deletedSheets = o.missingSheets.length > 0 ? ui.passedOver.deleted(o.missingSheets) : '';
  return done + protectedSheets + deletedSheets;
}
