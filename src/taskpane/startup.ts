/**
 * Which face the page shows: the Excel pane or the browser page. Office tells an add-in's page
 * where it is hosted before office.js has started, in the places office.js itself reads
 * (_retrieveHostInfo in office.debug.js): the `_host_Info` query parameter, a `hostInfo` in
 * window.name, sessionStorage's `hostInfoValue`, or window.external.GetHostInfo on Windows. When
 * one of them is there, the page waits for Office.onReady however long Excel takes to start;
 * only a page opened without any of them (a browser, or office.js offline) is given a short wait.
 */
export interface HostSignals {
  readonly search: string;
  readonly windowName: string;
  readonly sessionHostInfo: string | null;
  readonly externalHostInfo: boolean;
}

export function readHostSignals(w: Window): HostSignals {
  let sessionHostInfo: string | null = null;
  try {
    sessionHostInfo = w.sessionStorage?.getItem('hostInfoValue') ?? null;
  } catch {
    // Storage can be blocked in a sandboxed frame: then it tells nothing.
  }
  const external = (w as unknown as { external?: { GetHostInfo?: unknown } }).external;
  return { search: w.location.search, windowName: w.name, sessionHostInfo, externalHostInfo: typeof external?.GetHostInfo === 'function' };
}

/** Whether an Office application opened this page (so office.js will find a host). */
export function openedByOffice(s: HostSignals): boolean {
  if (new URLSearchParams(s.search).has('_host_Info')) return true;
  if (s.sessionHostInfo) return true;
  if (s.externalHostInfo) return true;
  try {
    const parsed = JSON.parse(s.windowName) as { hostInfo?: unknown } | null;
    return typeof parsed?.hostInfo === 'string' && parsed.hostInfo !== '';
  } catch {
    return false;
  }
}

/** A browser that merely loaded office.js learns there is no host within this time. */
export const BROWSER_WAIT_MS = 3_000;

/**
 * 'excel' inside Excel, 'browser' when office.js is absent (offline) or there is no host. Inside
 * Office it never races a timer: a slow Excel start must not turn the pane into the browser page.
 */
export async function whichHost(onReady: (() => Promise<{ host: unknown } | null>) | null, signals: HostSignals, excel: unknown, wait = (ms: number) => new Promise<null>((r) => setTimeout(() => r(null), ms))): Promise<'excel' | 'browser'> {
  if (!onReady) return 'browser';
  const info = openedByOffice(signals) ? await onReady() : await Promise.race([onReady(), wait(BROWSER_WAIT_MS)]);
  return info && info.host === excel ? 'excel' : 'browser';
}
