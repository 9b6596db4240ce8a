import type { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const DIST = join(__dirname, '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist');

/**
 * office.js comes from Microsoft's CDN; in tests the CDN is answered from the npm package
 * (FIELD-NOTES.md), so the page runs its real Office start-up offline and finds no host.
 */
export async function serveOfficeJs(page: Page): Promise<void> {
  await page.route('https://appsforoffice.microsoft.com/**', async (route) => {
    const file = join(DIST, basename(new URL(route.request().url()).pathname));
    if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(file, 'utf8') });
  });
}
