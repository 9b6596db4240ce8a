import type { EngineService } from '../../app/ports';
import type { EngineMethod, EngineRequest, EngineResponse } from './protocol';
import { PANE_TEXT } from '../i18n';

/** An error from the worker, with the one-line reason it gave. */
class EngineError extends Error {
  constructor(
    message: string,
    readonly en?: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

/** The engine behind a Web Worker, started on first use so the pane's first screen stays lean. */
export function workerEngine(start: () => Worker): EngineService {
  let worker: Worker | null = null;
  let next = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  const call = (method: EngineMethod, ...args: unknown[]): Promise<never> => {
    if (!worker) {
      worker = start();
      worker.onmessage = (event: MessageEvent<EngineResponse>) => {
        const r = event.data;
        const p = pending.get(r.id);
        if (!p) return;
        pending.delete(r.id);
        if (r.ok) p.resolve(r.result);
        else p.reject(new EngineError(r.error.message, r.error.en));
      };
      worker.onerror = (event) => {
        for (const p of pending.values()) p.reject(new EngineError(PANE_TEXT.engineFailed(event.message), `The engine failed: ${event.message}`));
        pending.clear();
      };
    }
    const id = next++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker!.postMessage({ id, method, args } satisfies EngineRequest);
    });
  };
  return {
    check: (grid, settings) => call('check', grid, settings),
    compile: (grid, settings) => call('compile', grid, settings),
    verifyText: (text, grid, settings) => call('verifyText', text, grid, settings),
    docx: (grid, settings) => call('docx', grid, settings),
    readXlsx: (bytes, file) => call('readXlsx', bytes, file),
    writeCopy: (bytes, file, sheets) => call('writeCopy', bytes, file, sheets),
    planImport: (grid, files, settings) => call('planImport', grid, files, settings),
    applyImport: (bytes, file, files, settings) => call('applyImport', bytes, file, files, settings),
    diff: (before, after, settings) => call('diff', before, after, settings),
    accept: (grid, settings, decisions) => call('accept', grid, settings, decisions),
    forms: (grid, settings, year) => call('forms', grid, settings, year),
    formsZip: (grid, settings, year) => call('formsZip', grid, settings, year),
    learn: (text, grid, settings) => call('learn', text, grid, settings),
    rollover: (grid, settings, year) => call('rollover', grid, settings, year),
  };
}
