import type { KnipConfig } from 'knip';

/**
 * Unused files, exports and dependencies (issue 8), run by `npm run lint`. Entries besides these
 * come from knip's plugins: webpack.config.js names the pane, its commands and the engine worker;
 * package.json's scripts name the CLI (src/cli/main.ts) and the scripts; jest.config.js and
 * playwright.config.ts name the tests. Exports of entry files are not reported (main() is the
 * CLI's door for bin/huibian.js).
 */
const config: KnipConfig = {
  entry: ['scripts/*.ts', 'bench/*.ts', 'test/**/*.{ts,tsx}'],
  project: ['src/**/*.{ts,tsx}', 'scripts/**/*.{ts,js}', 'bench/**/*.ts', 'test/**/*.{ts,tsx}', 'bin/*.js', '*.{js,ts}'],
  ignoreDependencies: [
    // test/browser/officeJs.ts serves office.js from node_modules/@microsoft/office-js/dist by path.
    '@microsoft/office-js',
  ],
  // Debian packages, installed by scripts/install-system-deps.sh --render.
  ignoreBinaries: ['soffice', 'libreoffice', 'pdftoppm', 'pdftotext', 'pdfinfo'],
  // A stale ignoreDependencies or ignoreBinaries entry fails too.
  treatConfigHintsAsErrors: true,
};

export default config;
