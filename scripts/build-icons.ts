/**
 * Renders assets/icon.svg to the PNG sizes the manifest and the ribbon use (16/32/64/80/128),
 * with Debian's Chromium. The 16 px icon drops the grid and the badge, which blur at that size.
 * Run with `npm run icons`; the PNGs are committed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

const SIZES = [16, 32, 64, 80, 128];

async function main(): Promise<void> {
  const svg = readFileSync(join(__dirname, '..', 'assets', 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const small = size <= 16 ? '.badge, .rules { display: none; }' : '';
      await page.setContent(
        `<html><head><meta charset="UTF-8"><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}${small}</style></head><body>${svg}</body></html>`,
      );
      await page.screenshot({ path: join(__dirname, '..', 'assets', `icon-${size}.png`), omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
