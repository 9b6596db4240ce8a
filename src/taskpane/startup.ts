/**
 * Which face the page shows: the Excel pane or the browser page. Office tells an add-in's page
 * where it is hosted before office.js starts, in the places office.js itself reads
 * (_retrieveHostInfo in office.debug.js): the `_host_Info` query parameter, a `hostInfo` in
 * window.name, sessionStorage's `hostInfoValue`, window.external.GetHostInfo (Windows) or
 * agaveHost.GetHostInfo (iPad). With one of them the page loads office.js and waits for
 * Office.onReady however long Excel takes to start. A top-level page with none of them is a
 * browser tab: it never loads office.js (which, finding no host, frames Microsoft's telemetry).
 * A framed page with none of them is undecided: office.js gets a short wait, as before.
 */
export interface HostSignals {
  readonly search: string;
  readonly windowName: string;
  readonly sessionHostInfo: string | null;
  readonly nativeHostInfo: boolean;
  readonly framed: boolean;
}

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export function readHostSignals(w: Window): HostSignals {
  let sessionHostInfo: string | null = null;
  try {
    sessionHostInfo = w.sessionStorage?.getItem('hostInfoValue') ?? null;
  } catch {
    // Storage can be blocked in a sandboxed frame: then it tells nothing.
  }
  const g = w as unknown as { external?: { GetHostInfo?: unknown }; agaveHost?: { GetHostInfo?: unknown } };
  let framed = true;
  try {
    framed = w.self !== w.top;
  } catch {
    // A cross-origin parent: framed.
  }
  return {
    search: w.location.search,
    windowName: w.name,
    sessionHostInfo,
    nativeHostInfo: typeof g.external?.GetHostInfo === 'function' || typeof g.agaveHost?.GetHostInfo === 'function',
    framed,
  };
}

/** Whether an Office application opened this page (so office.js will find a host). */
export function openedByOffice(s: HostSignals): boolean {
  if (new URLSearchParams(s.search).has('_host_Info')) return true;
  if (s.sessionHostInfo || s.nativeHostInfo) return true;
  try {
    const parsed = JSON.parse(s.windowName) as { hostInfo?: unknown } | null;
    return typeof parsed?.hostInfo === 'string' && parsed.hostInfo !== '';
  } catch {
    return false;
  }
}

/** An undecided page gives office.js this long to find a host. */
export const UNDECIDED_WAIT_MS = 3_000;

export interface OfficeStart {
  /** Loads office.js; null when it could not be loaded (offline). */
  load(): Promise<(() => Promise<{ host: unknown } | null>) | null>;
  readonly excel: () => unknown;
  readonly wait?: (ms: number) => Promise<null>;
}

/**
 * 'excel' inside Excel, 'browser' otherwise. Opened by Office it never races a timer: a slow
 * Excel start must not turn the pane into the browser page.
 */
export async function whichHost(signals: HostSignals, start: OfficeStart): Promise<'excel' | 'browser'> {
  const office = openedByOffice(signals);
  if (!office && !signals.framed) return 'browser';
  const onReady = await start.load();
  if (!onReady) return 'browser';
  const wait = start.wait ?? ((ms: number) => new Promise<null>((r) => setTimeout(() => r(null), ms)));
  const info = office ? await onReady() : await Promise.race([onReady(), wait(UNDECIDED_WAIT_MS)]);
  return info && info.host === start.excel() ? 'excel' : 'browser';
}

/** Adds office.js from Microsoft's CDN to the page; resolves once it ran, false when it failed to load. */
export function loadScript(doc: Document, src: string): Promise<boolean> {
  return new Promise((resolve) => {
    const script = doc.createElement('script');
    script.src = src;
    script.onload = () => resolve(true);
    script.onerror = () => resolve(false);
    doc.head.appendChild(script);
  });
}
