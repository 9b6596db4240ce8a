import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSER_WAIT_MS, openedByOffice, whichHost, type HostSignals } from '../../src/taskpane/startup';

const browser: HostSignals = { search: '', windowName: '', sessionHostInfo: null, externalHostInfo: false };
const EXCEL = 'Excel';

describe('starting as the Excel pane or the browser page', () => {
  it.each<[string, Partial<HostSignals>]>([
    ['Excel on the web (the _host_Info query)', { search: '?_host_Info=Excel$Web$16.01$zh-CN$$$$0' }],
    ['Excel on Windows (window.external.GetHostInfo)', { externalHostInfo: true }],
    ['a reload inside Office (sessionStorage)', { sessionHostInfo: 'Excel|Mac|16.01|zh-CN' }],
    ['window.name', { windowName: JSON.stringify({ hostInfo: 'Excel$Mac$16.01$zh-CN' }) }],
  ])('knows Office opened it: %s', (_where, signals) => {
    expect(openedByOffice({ ...browser, ...signals })).toBe(true);
  });

  it('knows a plain browser tab, even one with a name or other query', () => {
    expect(openedByOffice({ ...browser, search: '?lang=en', windowName: 'tab' })).toBe(false);
  });

  it('inside Excel waits for Office however long it takes: a slow start stays the Excel pane', async () => {
    let ready!: (v: { host: unknown }) => void;
    const onReady = () => new Promise<{ host: unknown }>((r) => (ready = r));
    const waited: number[] = [];
    const host = whichHost(onReady, { ...browser, search: '?_host_Info=Excel$Web$16.01$zh-CN' }, EXCEL, (ms) => (waited.push(ms), Promise.resolve(null)));
    await new Promise((r) => setTimeout(r, 20));
    ready({ host: EXCEL });
    expect(await host).toBe('excel');
    expect(waited).toEqual([]);
  });

  it('in a browser gives office.js a short wait, then shows the page', async () => {
    const waited: number[] = [];
    const host = await whichHost(() => new Promise(() => undefined), browser, EXCEL, (ms) => (waited.push(ms), Promise.resolve(null)));
    expect([host, waited]).toEqual(['browser', [BROWSER_WAIT_MS]]);
    expect(await whichHost(null, browser, EXCEL)).toBe('browser');
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
