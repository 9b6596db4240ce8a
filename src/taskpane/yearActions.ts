import type { PaneFinding, PaneReport } from '../app/ports';
import { withinDraftLength } from '../adapters/docx/draftLength';
import type { ActionContext } from './actionContext';
import { UI } from './i18n';
import { offeredYears, parseYear, type PaneState, type UnitForm, type YearState } from './paneState';
import type { ChosenFile } from './useFileDrop';
import { toLearnedView } from './yearViews';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZIP = 'application/zip';


/**
 * The clerk's year in the pane (SPEC §1 steps 2–3, §5.3, §6.1): import department files after
 * seeing the diff, accept a finding with a 处理意见, hand out the blank forms, learn last year's
 * wording, roll the workbook over. Each goes through the engine (its worker) and the host.
 */
export function yearActions(context: ActionContext) {
  return { ...collectActions(context), ...handOutActions(context) };
}

/** What both halves use: the runner, the strings, and ways to change the pane's state. */
function helpersOf({ services, runner, stateRef, update, engineSettings }: ActionContext) {
  return {
    run: runner.run,
    ui: () => UI[stateRef.current.language],
    patch: (p: Partial<PaneState>): void => update((s) => ({ ...s, ...p })),
    setYear: (p: Partial<YearState>): void => update((s) => ({ ...s, year: { ...s.year, ...p } })),
    readGrid: () => services.host.readGrid(),
    /** Re-reads and re-checks after a write, so the findings show what the workbook now holds. */
    recheck: async (): Promise<PaneReport> => services.engine.check(await services.host.readGrid(), engineSettings()),
  };
}

/** 导入报送 with its diff, and 处理意见 on a finding. */
function collectActions(context: ActionContext) {
  const { services, stateRef, update, engineSettings } = context;
  const { run, ui, patch, setYear, readGrid, recheck } = helpersOf(context);
  return {
    /** Reads the chosen department files and plans their import; the diff waits for the clerk. */
    pickSubmissions: async (chosen: readonly ChosenFile[]) => {
      if (chosen.length === 0) return;
      const done = await run('import', async () => {
        const files = await Promise.all(chosen.map(async (f) => ({ file: f.name, bytes: await f.bytes() })));
        const plan = await services.engine.planImport(await readGrid(), files, engineSettings());
        return { plan, files };
      });
      if (done) setYear({ importing: done });
    },
    cancelImport: () => setYear({ importing: null }),
    /** Writes the reviewed import into the workbook, then checks again with the new figures. */
    confirmImport: async () => {
      const importing = stateRef.current.year.importing;
      if (!importing || !services.host.writeImport) return;
      const report = await run('import', async () => {
        await services.host.writeImport!(importing.plan, importing.files, engineSettings());
        return recheck();
      });
      if (!report) return;
      const units = importing.plan.entries.map((e) => e.reporter ?? e.file);
      const changed = importing.plan.entries.reduce((n, e) => n + e.diff.changed.length, 0);
      update((s) => ({ ...s, report, selected: null, year: { ...s.year, importing: null }, notice: units.length > 0 ? ui().imports.done(units, changed) : ui().imports.nothing }));
    },

    /** Marks a finding 已核实/已说明 with a note (null: withdraws it): 核对结果 is rewritten, then checked again. */
    accept: async (finding: PaneFinding, status: 'verified' | 'explained' | null, note: string) => {
      const report = await run('write', async () => {
        const sheet = await services.engine.accept(await readGrid(), engineSettings(), [{ key: finding.key, status, note }]);
        await services.host.writeSheets([sheet]);
        return recheck();
      });
      if (report) patch({ report, notice: status === null ? ui().accept.withdrawn : ui().accept.saved });
      return report !== null;
    },
  };
}

/** 报送模板, 滚动沿用 and 下一年度: what the clerk hands out or carries to next year. */
function handOutActions(context: ActionContext) {
  const { services, stateRef, update, engineSettings } = context;
  const { run, ui, patch, setYear, readGrid } = helpersOf(context);
  /** Opens .xlsx bytes as a new workbook where the host can (Excel with ExcelApi 1.8), else downloads them. */
  const deliver = async (name: string, bytes: Uint8Array, opened: string): Promise<string | null> => {
    if (services.host.createWorkbook) {
      await services.host.createWorkbook(bytes);
      return opened;
    }
    services.download(name, bytes, XLSX);
    return null;
  };

  return {
    setYearInput: (p: Partial<Pick<YearState, 'formsYear' | 'rolloverYear' | 'learnText'>>) => setYear(p),


    /** Makes the blank forms for the year typed: one .xlsx per unit, held for the clerk to take. */
    makeForms: async () => {
      const year = parseYear(offeredYears(stateRef.current).formsYear);
      if (year === null) return patch({ error: ui().forms.badYear });
      const list = await run('forms', async () => services.engine.forms(await readGrid(), engineSettings(), year));
      if (list) setYear({ forms: { year, list: list.map((f) => ({ unit: f.unit, name: f.name, bytes: f.bytes })) } });
    },
    downloadFormsZip: async () => {
      const year = parseYear(offeredYears(stateRef.current).formsYear);
      if (year === null) return patch({ error: ui().forms.badYear });
      const bytes = await run('forms', async () => services.engine.formsZip(await readGrid(), engineSettings(), year));
      if (bytes) services.download(ui().forms.zipName(year), bytes, ZIP);
    },
    takeForm: async (form: UnitForm) => {
      const notice = await run('forms', () => deliver(form.name, form.bytes, ui().forms.opened(form.name)));
      if (notice) patch({ notice });
    },

    /** Reads last year's report from a .docx or .txt into the text box. */
    openLearnFile: async (file: ChosenFile) => {
      const text = await run('learn', async () => {
        const { readDraftBytes } = await import(/* webpackChunkName: "draftfile" */ '../adapters/docx/readDocxText');
        return readDraftBytes(await file.bytes(), file.name);
      });
      if (text !== null) setYear({ learnText: text, learned: null });
    },
    learn: async () => {
      const text = stateRef.current.year.learnText;
      const learned = await run('learn', async () => services.engine.learn(withinDraftLength(text, ui().pastedText), await readGrid(), engineSettings()));
      if (learned) setYear({ learned: toLearnedView(learned) });
    },
    cancelLearn: () => setYear({ learned: null }),
    /** Replaces 文字模板 with the learned templates: what the next compile uses. */
    confirmLearn: async () => {
      const learned = stateRef.current.year.learned;
      if (!learned) return;
      const names = await run('write', async () => {
        if (learned.retire.length > 0 && services.host.retireSheets) await services.host.retireSheets(learned.retire);
        return services.host.writeSheets([learned.sheet]);
      });
      if (names) update((s) => ({ ...s, notice: ui().written([...names.values()]), year: { ...s.year, learned: null } }));
    },

    /** Next year's compilation workbook: opened in Excel where it can be, downloaded otherwise. */
    rollover: async () => {
      const year = parseYear(offeredYears(stateRef.current).rolloverYear);
      if (year === null) return patch({ error: ui().forms.badYear });
      const notice = await run('rollover', async () => deliver(ui().rollover.fileName(year), await services.engine.rollover(await readGrid(), engineSettings(), year), ui().rollover.opened));
      if (notice) patch({ notice });
    },
  };
}
