/**
 * The house rules `npm run lint` enforces (import circles and core's folder order, 80-line
 * functions, CJK literals outside the tables, unused exports): each fails on a planted violation
 * and passes the planted fix. The repository itself is held to them by `npm run lint`, with no
 * exemptions.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { checkImports } from '../../scripts/checkImports';

const ROOT = join(__dirname, '..', '..');
const KNIP = join(ROOT, 'node_modules', 'knip', 'bin', 'knip.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ESLINT_CONFIG = require('../../eslint.config.js') as Linter.Config[];

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A throwaway directory holding the given files. */
function plant(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'huibian-lint-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** ESLint with the repo's config, loaded here because jest cannot import() a config file. */
const eslint = (config: Linter.Config[] = ESLINT_CONFIG) => new ESLint({ cwd: ROOT, overrideConfigFile: true, baseConfig: config });
const ruleIds = async (code: string, filePath: string) =>
  (await eslint().lintText(code, { filePath: join(ROOT, filePath) }))[0].messages.map((m) => m.ruleId);

describe('import circles and the order of core', () => {
  it('fails on two files that import each other, printing the cycle', () => {
    const root = plant({ 'src/a.ts': "import { b } from './b';\nexport const a = () => b;\n", 'src/b.ts': "import type { a } from './a';\nexport const b = 1 as unknown as typeof a;\n" });
    const { violations } = checkImports({ root, order: [] });
    expect(violations).toEqual([
      'import cycle: src/a.ts → src/b.ts\n    cycle: src/a.ts → src/b.ts → src/a.ts',
      'import cycle: src/b.ts → src/a.ts\n    cycle: src/b.ts → src/a.ts → src/b.ts',
    ]);
  });

  it('fails on a cycle between core folders that no file cycle shows', () => {
    const root = plant({
      'src/core/low/a.ts': "export { c } from '../high/c';\n",
      'src/core/high/c.ts': 'export const c = 1;\n',
      'src/core/high/d.ts': "import { a } from '../low/b';\nexport const d = a;\n",
      'src/core/low/b.ts': 'export const a = 2;\n',
    });
    const { violations } = checkImports({ root, order: ['low', 'high'] });
    expect(violations.join('\n')).toContain('core import low → high: core folder cycle: low → high → low; core order: low is below high\n    via src/core/low/a.ts → src/core/high/c.ts');
    expect(violations.join('\n')).toContain('core import high → low: core folder cycle: high → low → high\n');
    expect(violations.join('\n')).not.toContain('import cycle:');
  });

  it('fails on a lower core folder importing a higher one, and on a folder not in the order', () => {
    const root = plant({
      'src/core/text/fold.ts': "import { cell } from '../grid/types';\nexport const fold = cell;\n",
      'src/core/grid/types.ts': 'export const cell = 1;\n',
      'src/core/stray/x.ts': 'export const x = 1;\n',
    });
    expect(checkImports({ root, order: ['text', 'grid'] }).violations).toEqual([
      'core node "stray" is not in CORE_ORDER (scripts/checkImports.ts): place it',
      'core import text → grid: core order: text is below grid\n    via src/core/text/fold.ts → src/core/grid/types.ts',
    ]);
    expect(checkImports({ root, order: ['grid', 'text', 'stray', 'model'] }).violations).toEqual([]);
  });

  it('finds none in src/', () => {
    expect(checkImports({ root: ROOT }).violations).toEqual([]);
  });
});

describe('no function over 80 lines', () => {
  /** A function `lines` long from its first line to its closing brace, plus `filler`. */
  const fn = (lines: number, filler = '') =>
    `export function planted(): number {\n  let n = 0;\n${'  n += 1;\n'.repeat(lines - 4)}${filler}  return n;\n}\n`;

  it('fails on an 81-line function and passes one of 80', async () => {
    expect(fn(81).trimEnd().split('\n')).toHaveLength(81);
    expect(await ruleIds(fn(81), 'src/core/planted.ts')).toEqual(['max-lines-per-function']);
    expect(await ruleIds(fn(80), 'src/core/planted.ts')).toEqual([]);
  });

  it('does not count blank lines and comments', async () => {
    expect(await ruleIds(fn(80, '\n  // why\n  /* and why */\n\n'), 'src/core/planted.ts')).toEqual([]);
  });
});

describe('no CJK literals outside the i18n tables and lexicons', () => {
  it.each([
    ["export const s = '合计';", 'src/core/planted.ts'],
    ["export const s = '（';", 'src/app/planted.ts'],
    ['export const s = `${1}万`;', 'src/cli/planted.ts'],
    ['export const r = /[余约近]/;', 'src/core/values/planted.ts'],
    ['export const e = <b>核对</b>;', 'src/taskpane/Planted.tsx'],
    ["export type T = '汇总表';", 'src/core/planted.ts'],
  ])('fails on %s in %s', async (code, path) => {
    expect(await ruleIds(code, path)).toEqual(['no-restricted-syntax']);
  });

  it.each([
    ["export const s = '合计';", 'src/core/i18n/planted.ts'],
    ["export const s = '合计';", 'src/core/submission/reporterLexicon.ts'],
    ["export const s = '合计';", 'src/core/lexicon.ts'],
    ["export const s = '合计';", 'src/taskpane/i18n.ts'],
    ["export const s = '合计';", 'src/cli/text.ts'],
    ["export const s = '— … “x” ×';", 'src/core/planted.ts'],
    ['export const cjk = /[\\u4e00-\\u9fff]/;', 'src/core/planted.ts'],
  ])('passes %s in %s', async (code, path) => {
    expect(await ruleIds(code, path)).toEqual([]);
  });
});

describe('unused exports (knip)', () => {
  const runKnip = (args: string[], cwd = ROOT) => {
    try {
      return { code: 0, out: execFileSync(process.execPath, [KNIP, '--no-progress', ...args], { cwd, encoding: 'utf8' }) };
    } catch (e) {
      const error = e as { status: number; stdout: string };
      return { code: error.status, out: error.stdout };
    }
  };
  /** A small project under the repo's knip.ts: an entry script and a core file. */
  const project = (lib: string) => {
    const dir = plant({
      'package.json': '{ "name": "planted", "private": true }\n',
      'scripts/run.ts': "import { used } from '../src/core/lib';\nconsole.log(used);\n",
      'src/core/lib.ts': lib,
    });
    copyFileSync(join(ROOT, 'knip.ts'), join(dir, 'knip.ts'));
    return dir;
  };

  it('fails on a planted unused export and passes when it is used', () => {
    // Config hints are off here: the copied knip.ts names devDependencies the planted project lacks.
    const planted = runKnip(['--no-config-hints'], project('export const used = 1;\nexport const plantedUnused = 2;\n'));
    expect(planted.code).toBe(1);
    expect(planted.out).toMatch(/Unused exports \(1\)\s+plantedUnused\s+src\/core\/lib\.ts:2/);
    expect(runKnip(['--no-config-hints'], project('export const used = 1;\n')).code).toBe(0);
  }, 60_000);
});
