import { createRoot } from 'react-dom/client';
import type { Language } from '../core';
import { downloadBytes } from '../adapters/browser/download';
import { OFFICE_JS, loadScript, readHostSignals, whichHost } from './startup';
import { workerEngine } from './worker/workerEngine';
import { PANE_TEXT } from './i18n';

declare const __ENGINE_WORKER__: string;

/**
 * Composition root: inside Excel the pane talks to office-js; opened in a browser without
 * Office (no network, or no host) it becomes the web page over a local .xlsx. The engine runs
 * in a Web Worker in both. office.js is loaded here, from Microsoft's CDN, only when the page
 * may be inside Office.
 */
async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  const engine = workerEngine(() => new Worker(__ENGINE_WORKER__));
  const host = await officeHost();
  if (host === 'excel') {
    // Each mode loads only its own code: the page never loads office-js glue, Excel never the grid.
    const [{ App }, { excelHost }] = await Promise.all([import(/* webpackChunkName: "excel" */ './App'), import(/* webpackChunkName: "excel" */ '../adapters/excel/excelHost')]);
    const language: Language = /^en/i.test(Office.context.displayLanguage ?? '') ? 'en' : 'zh';
    const services = {
      host: excelHost({
        run: (options, batch) => Excel.run(options, batch),
        isSetSupported: (n, v) => Office.context.requirements.isSetSupported(n, v),
        createWorkbook: async (base64) => void (await Excel.createWorkbook(base64)),
      }),
      engine,
      language,
      download: downloadBytes,
    };
    createRoot(root).render(<App services={services} />);
    return;
  }
  const language: Language = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh';
  const fetchSample = async (): Promise<Uint8Array> => {
    const response = await fetch('samples/baoan-2023.xlsx');
    if (!response.ok) throw new Error(PANE_TEXT.sampleFailed(response.status));
    return new Uint8Array(await response.arrayBuffer());
  };
  const { BrowserApp } = await import(/* webpackChunkName: "browser" */ './browser/BrowserApp');
  createRoot(root).render(<BrowserApp engine={engine} download={downloadBytes} language={language} fetchSample={fetchSample} />);
}

/** 'excel' inside Excel; 'browser' in a browser tab, or when office.js cannot load or finds no host (startup.ts). */
function officeHost(): Promise<'excel' | 'browser'> {
  return whichHost(readHostSignals(window), {
    load: async () => ((await loadScript(document, OFFICE_JS)) && typeof Office !== 'undefined' ? () => Office.onReady() : null),
    excel: () => Office.HostType.Excel,
  });
}

void start();
