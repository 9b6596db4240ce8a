import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/files';

describe('the notices about a written copy are in the language of the run', () => {
  it('prints an English notice when an English run writes a copy of a .csv', async () => {
    const dir = tempDir();
    const book = join(dir, '法规科.csv');
    writeFileSync(book, '填报单位：法规科\n指标名称,单位,本年数\n行政诉讼案件数,宗,13\n');
    const run = await runCli('--lang', 'en', 'check', book, '-o', join(dir, 'out.xlsx'));
    expect(run.code).toBeLessThan(2);
    const note = run.err.split('\n').find((l) => l.startsWith('Note: '));
    expect(note).toBe(
      'Note: 法规科.csv is a text file (.csv); the copy is a new .xlsx workbook (not written back in the original format): the values, number formats, merged cells and hidden rows of every sheet are carried over, fonts, borders, column widths and other layout are not; the original file is untouched.',
    );
  });

  it('prints the same notice in Chinese with --lang zh', async () => {
    const dir = tempDir();
    const book = join(dir, '法规科.csv');
    writeFileSync(book, '填报单位：法规科\n指标名称,单位,本年数\n行政诉讼案件数,宗,13\n');
    const run = await runCli('--lang', 'zh', 'check', book, '-o', join(dir, 'out.xlsx'));
    expect(run.err).toContain('注意：法规科.csv是文本（.csv）格式，写出的是新的.xlsx工作簿（不按原格式写回）');
  });
});
