import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, installed by scripts/install-system-deps.sh (nothing downloads a browser
 * here). CHROMIUM_PATH overrides it, e.g. on a developer's Mac.
 */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: run scripts/install-system-deps.sh or set CHROMIUM_PATH`);
  }
  return path;
}

/** Flags that keep headless Chromium off the network and quiet on a closed machine. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
