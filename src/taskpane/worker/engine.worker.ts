/// <reference lib="webworker" />
/**
 * The engine's Web Worker: reading, checking, compiling and writing .xlsx/.docx happen here,
 * so the pane never blocks (Office restarts an add-in that blocks for 5 s).
 */
import { inProcessEngine } from '../../app/engine';
import { writeNarrativeDocx } from '../../adapters/docx/writeDocx';
import type { EngineRequest, EngineResponse } from './protocol';

// The reader (SheetJS) and the writer (ExcelJS) are loaded when a file is first opened or
// written, not with the worker: in Excel the pane reads through office-js and needs neither.
const engine = inProcessEngine({
  readXlsx: async (bytes, file) => (await import(/* webpackChunkName: "reader" */ '../../adapters/xlsx/readWorkbook')).readWorkbook(bytes, file).grid,
  writeCopy: async (bytes, file, sheets) => {
    const { writeCopyWithSheets } = await import(/* webpackChunkName: "writer" */ '../../adapters/xlsx/writeSheets');
    const copy = await writeCopyWithSheets(bytes, file, sheets);
    return { bytes: copy.bytes, names: copy.names };
  },
  writeDocx: writeNarrativeDocx,
  year: async () => (await import(/* webpackChunkName: "writer" */ '../../adapters/xlsx/yearFiles')).yearFiles,
});

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<EngineRequest>) => {
  const { id, method, args } = event.data;
  try {
    const fn = engine[method] as (...a: unknown[]) => Promise<unknown>;
    const result = await fn(...args);
    const transfer = result instanceof Uint8Array ? [result.buffer] : result && typeof result === 'object' && 'bytes' in result && (result as { bytes: unknown }).bytes instanceof Uint8Array ? [(result as { bytes: Uint8Array }).bytes.buffer] : [];
    scope.postMessage({ id, ok: true, result } satisfies EngineResponse, transfer as Transferable[]);
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    const en = typeof e === 'object' && e !== null && 'en' in e ? String((e as { en: unknown }).en) : undefined;
    scope.postMessage({ id, ok: false, error: { message, ...(en ? { en } : {}) } } satisfies EngineResponse);
  }
};
