/**
 * The committed corpus books are what their sources build: same sheets, values, number formats,
 * merges, hidden rows and columns. (For the LibreOffice and WPS books the contents are compared,
 * not the bytes.) Run `npm run corpus` after editing a source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bookBuffer } from '../../scripts/corpus/buildBook';
import { expectationsMarkdown } from '../../scripts/corpus/expectations';
import { verifyBooks } from '../../scripts/corpus/verify';
import { SOURCES } from './corpus.sources';
import { snapshot } from './snapshot';

const BOOKS = join(__dirname, 'books');

describe('corpus books', () => {
  it('has at least 14 books, each with 2–6 planted problems and 2–5 traps', () => {
    expect(SOURCES.length).toBeGreaterThanOrEqual(14);
    for (const b of SOURCES) {
      expect([b.file, b.expect.problems.length >= 2 && b.expect.problems.length <= 6]).toEqual([b.file, true]);
      expect([b.file, b.expect.traps.length >= 2 && b.expect.traps.length <= 5]).toEqual([b.file, true]);
    }
  });

  it.each(SOURCES.map((s) => [s.file, s] as const))('%s is the book its source builds', async (_file, source) => {
    const path = join(BOOKS, `${source.file}.xlsx`);
    expect(existsSync(path)).toBe(true);
    const committed = await snapshot(readFileSync(path));
    const built = await snapshot(await bookBuffer(source));
    expect(committed.map((s) => s.name)).toEqual(built.map((s) => s.name));
    for (let i = 0; i < built.length; i++) {
      const b = built[i];
      const c = committed[i];
      expect([b.name, c.state]).toEqual([b.name, b.state]);
      expect([b.name, c.merges]).toEqual([b.name, b.merges]);
      expect([b.name, c.hiddenRows]).toEqual([b.name, b.hiddenRows]);
      expect([b.name, c.hiddenCols]).toEqual([b.name, b.hiddenCols]);
      expect([b.name, c.cells]).toEqual([b.name, b.cells]);
    }
  });

  it('expectations.md is generated from the sources', () => {
    expect(readFileSync(join(__dirname, 'expectations.md'), 'utf8')).toBe(expectationsMarkdown(SOURCES));
  });

  it('the arithmetic behind every trap and planted problem holds (scripts/corpus/verify.ts)', () => {
    expect(verifyBooks(SOURCES)).toEqual([]);
  });
});
