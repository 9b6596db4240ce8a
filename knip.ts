import type { KnipConfig } from 'knip';

/** TODO(issue 8): today's unused exports and dependencies (lint-baseline.js), exempt until removed. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const TODO_ISSUE_8 = require('./lint-baseline') as { unusedExports: Record<string, string[]>; unusedDependencies: string[] };

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
    ...TODO_ISSUE_8.unusedDependencies,
  ],
  // Debian packages, installed by scripts/install-system-deps.sh --render.
  ignoreBinaries: ['soffice', 'libreoffice', 'pdftoppm', 'pdftotext', 'pdfinfo'],
  ignoreIssues: Object.fromEntries(
    Object.entries(TODO_ISSUE_8.unusedExports).map(([file, names]) => [
      file,
      [...(names.some((n) => !n.startsWith('type ')) ? ['exports' as const] : []), ...(names.some((n) => n.startsWith('type ')) ? ['types' as const] : [])],
    ]),
  ),
  // A stale ignoreDependencies or ignoreBinaries entry fails too.
  treatConfigHintsAsErrors: true,
};

export default config;
