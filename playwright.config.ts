import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium';

const PORT = 3217;

/**
 * The browser page in Debian's Chromium (installed by scripts/install-system-deps.sh; nothing
 * downloads a browser here), against the production build served on localhost.
 */
export default defineConfig({
  testDir: 'test/browser',
  timeout: 60_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results/playwright',
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    acceptDownloads: true,
    locale: 'zh-CN',
  },
  webServer: {
    command: `node scripts/serve.js`,
    env: { PORT: String(PORT) },
    url: `http://localhost:${PORT}/taskpane.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
