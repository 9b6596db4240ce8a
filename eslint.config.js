/* eslint-disable @typescript-eslint/no-require-imports */
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

/**
 * Imports point one way (STYLE.md): taskpane → app → core, cli → app → core, adapters → core
 * types and ports. office-js arrives as globals, so Excel/Office are banned outside the Excel
 * adapter and the pane's composition root. Core is pure: no host, no clock, no randomness.
 */
const layer = (regex, message) => ({ regex, message });
const OFFICE_GLOBALS = ['Excel', 'Office', 'OfficeExtension'].map((name) => ({
  name,
  message: 'office-js lives in src/adapters/excel (and the composition root src/taskpane/index.tsx).',
}));

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'out/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', URL: 'readonly' } },
    rules: {
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS],
      'no-restricted-imports': ['error', { patterns: [layer('(^|/)core/(?!index$)', 'Import core only through src/core/index.ts.')] }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer('(^|/)(app|adapters|taskpane|cli)(/|$)', 'core depends on nothing outside core.'),
            layer('^(react|react-dom|exceljs|docx|commander|jszip)($|/)|^@fluentui/|^node:|^(fs|path|os|child_process)$', 'core is pure: no host libraries.'),
          ],
        },
      ],
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS, { name: 'Date', message: 'core has no clock.' }, { name: 'window' }, { name: 'document' }, { name: 'process' }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'core has no randomness.' }],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer('(^|/)core/(?!index$)', 'Import core only through src/core/index.ts.'),
            layer('(^|/)(adapters|taskpane|cli)(/|$)', 'app sees hosts only through app/ports.ts.'),
            layer('^(react|react-dom|exceljs|docx|commander)($|/)|^@fluentui/|^node:', 'app is host-free: use a port.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer('(^|/)core/(?!index$)', 'Import core only through src/core/index.ts.'),
            layer('(^|/)(taskpane|cli)(/|$)', 'adapters do not know the pane or the CLI.'),
            layer('(^|/)app/(?!ports$|errors$)', 'adapters see only app/ports and app/errors.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/adapters/excel/**/*.ts', 'src/taskpane/index.tsx', 'src/taskpane/commands.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [layer('(^|/)core/(?!index$)', 'Import core only through src/core/index.ts.'), layer('(^|/)cli(/|$)', 'the pane does not use the CLI.')] },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [layer('(^|/)core/(?!index$)', 'Import core only through src/core/index.ts.'), layer('(^|/)taskpane(/|$)', 'the CLI does not use the pane.')] },
      ],
    },
  },
);
