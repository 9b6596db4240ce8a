import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UNDECIDED_WAIT_MS, openedByOffice, whichHost, type HostSignals, type OfficeStart } from '../../src/taskpane/startup';

const tab: HostSignals = { search: '', windowName: '', sessionHostInfo: null, nativeHostInfo: false, framed: false };
const EXCEL = 'Excel';

/** office.js as the page would load it: `ready` answers Office.onReady; loads and waits are counted. */
function office(ready: () => Promise<{ host: unknown } | null>) {
  const seen = { loads: 0, waits: [] as number[] };
  const start: OfficeStart = {
    load: async () => (seen.loads++, ready),
    excel: () => EXCEL,
    wait: (ms) => (seen.waits.push(ms), Promise.resolve(null)),
  };
  return { start, seen };
}

describe('starting as the Excel pane or the browser page', () => {
  it.each<[string, Partial<HostSignals>]>([
    ['Excel on the web or on a Mac (the _host_Info query)', { search: '?_host_Info=Excel$Web$16.01$zh-CN$$$$0' }],
    ['Excel on Windows or iPad (window.external / agaveHost GetHostInfo)', { nativeHostInfo: true }],
    ['a reload inside Office (sessionStorage)', { sessionHostInfo: 'Excel|Mac|16.01|zh-CN' }],
    ['window.name', { windowName: JSON.stringify({ hostInfo: 'Excel|Web|16.00|zh-CN' }), framed: true }],
  ])('knows Office opened it: %s', (_where, signals) => {
    expect(openedByOffice({ ...tab, ...signals })).toBe(true);
  });

  it('knows a plain browser tab, even one with a name or another query', () => {
    expect(openedByOffice({ ...tab, search: '?lang=en', windowName: 'tab' })).toBe(false);
  });

  it('inside Excel waits for Office however long it takes: a slow start stays the Excel pane', async () => {
    let ready!: (v: { host: unknown }) => void;
    const { start, seen } = office(() => new Promise((r) => (ready = r)));
    const host = whichHost({ ...tab, search: '?_host_Info=Excel$Web$16.01$zh-CN' }, start);
    await new Promise((r) => setTimeout(r, 20));
    ready({ host: EXCEL });
    expect(await host).toBe('excel');
    expect(seen).toEqual({ loads: 1, waits: [] });
  });

  it('in a browser tab shows the page at once and never loads office.js', async () => {
    const { start, seen } = office(() => new Promise(() => undefined));
    expect(await whichHost(tab, start)).toBe('browser');
    expect(seen).toEqual({ loads: 0, waits: [] });
  });

  it('in a frame with no sign of Office gives office.js a short wait, then shows the page', async () => {
    const { start, seen } = office(() => new Promise(() => undefined));
    expect(await whichHost({ ...tab, framed: true }, start)).toBe('browser');
    expect(seen).toEqual({ loads: 1, waits: [UNDECIDED_WAIT_MS] });
  });

  it('shows the page when office.js cannot be loaded (offline)', async () => {
    expect(await whichHost({ ...tab, nativeHostInfo: true }, { load: async () => null, excel: () => EXCEL })).toBe('browser');
  });
});

describe('the pane’s Content Security Policy', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { CSP } = require('../../webpack.config.js') as { CSP: string };
  const directive = (name: string): string[] => CSP.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === name)?.slice(1) ?? [];
  const CDN = 'https://appsforoffice.microsoft.com';
  const dist = (file: string) => readFileSync(join(__dirname, '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist', file), 'utf8');

  it('lets office.js load what it loads — scripts and, in Excel on the web, its trust-check frame, all from its CDN folder', () => {
    // office.js loads the host's script and its telemetry from its own folder…
    expect(dist('office.debug.js')).toContain('basePath + hostSpecificFileName');
    expect(dist('office.debug.js')).toContain("CDN_PATH_OTELJS_AGAVE = 'telemetry/oteljs_agave.js'");
    // …and Excel on the web frames AgaveErrorUX from there to check that the host is trusted.
    expect(dist('excel-web-16.00.debug.js')).toContain("getOfficeJsBasePath() + 'AgaveErrorUX/index.html#'");
    expect(directive('script-src')).toEqual(["'self'", CDN]);
    expect(directive('frame-src')).toEqual([CDN]);
  });

  it('allows no eval and no connection beyond the page’s own origin', () => {
    expect(CSP).not.toContain('unsafe-eval');
    expect(directive('connect-src')).toEqual(["'self'"]);
    expect(directive('object-src')).toEqual(["'none'"]);
  });
});
