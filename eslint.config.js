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

/**
 * Functions stay short enough to read at once (issue 8): 80 lines, blank lines and comments not
 * counted. Nested functions count toward their parent's length too (ESLint measures each
 * function's whole span), so a component with inline handlers pays for them.
 */
const MAX_FUNCTION_LINES = ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }];

/**
 * No CJK text in code (issue 8, STYLE.md 14/15): sentences and labels live in the i18n tables and
 * the label lexicons, so English output never carries a Chinese fragment. A literal counts if
 * it contains a CJK ideograph (Unified, Extension A, the supplementary planes, compatibility
 * ideographs), kana, CJK punctuation (、。「」【】〔〕 and the ideographic space), the CJK
 * compatibility forms or a full-width form (，：；（）％ and full-width digits and letters).
 * Full-width punctuation counts because it is as Chinese as a character: "（" or "：" in an
 * English message is the same bug. General punctuation shared with English (— … “ ” ×) does not.
 * Escapes such as '\u4e00' in a regex that detects CJK are not CJK text and pass.
 */
const CJK = String.raw`[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3134f}]`;
const CJK_MESSAGE = 'CJK text belongs in an i18n table or a label lexicon (*lexicon.ts, */i18n/*.ts, src/taskpane/i18n.ts, src/cli/text.ts).';
const NO_CJK_LITERALS = [
  'error',
  ...[`Literal[value=/${CJK}/u]`, `Literal[regex.pattern=/${CJK}/u]`, `TemplateElement[value.cooked=/${CJK}/u]`, `JSXText[value=/${CJK}/u]`].map(
    (selector) => ({ selector, message: CJK_MESSAGE }),
  ),
];
/** Where CJK literals belong, by naming convention. */
const CJK_HOMES = ['src/**/*{lexicon,Lexicon}.ts', 'src/**/i18n/*.ts', 'src/taskpane/i18n.ts', 'src/cli/text.ts'];


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
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': MAX_FUNCTION_LINES },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: CJK_HOMES,
    rules: { 'no-restricted-syntax': NO_CJK_LITERALS },
  },
);
