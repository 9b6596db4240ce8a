import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { SAMPLE_PATH, tempDir, writeXlsx } from '../helpers/files';

describe('huibian check', () => {
  const dir = tempDir();

  it('prints findings in the JSON shape of SPEC §7 and exits 1 when there are errors', async () => {
    const path = await writeXlsx(dir, 'book.xlsx', {
      指标目录: [['指标名称', '单位', '类型', '报送单位'], ['来信件数', '宗', '计数', '信访科']],
      信访科: [['填报单位：信访科'], ['指标名称', '单位', '本年数'], ['来信件数', '宗', { kind: 'error', code: '#REF!' }]],
    });
    const run = await runCli('check', path, '--json');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.out);
    expect(Object.keys(json)).toEqual(['workbook', 'summary', 'findings']);
    expect(json.workbook).toBe('book.xlsx');
    expect(json.summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
    expect(json.findings).toEqual([
      {
        check: 'parse',
        severity: 'error',
        message: '单元格是错误值#REF!，读不出数值，请改正公式或直接填写数值。',
        refs: [{ sheet: '信访科', cell: 'C3' }],
        indicator: '来信件数',
        reporter: '信访科',
      },
    ]);
  });

  it('exits 0 without errors and prints a readable Chinese report grouped by sheet', async () => {
    const path = await writeXlsx(dir, 'ok.xlsx', { 信访科: [['指标名称', '本年数'], ['来信件数', '1,234']] });
    const run = await runCli('check', path);
    expect(run.code).toBe(0);
    expect(run.out).toContain('核对 ok.xlsx：错误 0 项，警告 0 项，提示 1 项');
    expect(run.out).toContain('【信访科】');
    expect(run.out).toMatch(/提示 B2 +\[读数\] “1,234”以文本形式存储/);
  });

  it('exits 2 with one line naming the file when the input cannot be used', async () => {
    // A picture renamed .xls: no reader of any spreadsheet format can use it.
    const picture = join(dir, 'report.xls');
    writeFileSync(picture, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    for (const path of [picture, join(dir, 'absent.xlsx')]) {
      const run = await runCli('check', path);
      expect(run.code).toBe(2);
      expect(run.out).toBe('');
      expect(run.err.trim().split('\n')).toHaveLength(1);
      expect(run.err).toMatch(/^无法处理：(report\.xls|.*absent\.xlsx)：/);
    }
  });

  it('exits 2 on a usage error', async () => {
    const run = await runCli('check');
    expect(run.code).toBe(2);
    expect(run.err).toContain("missing required argument 'book'");
  });

  it('reads the bundled sample: 99.63% as a rate, 150余 as 150 approximate, 26.3万 as 263000', async () => {
    const run = await runCli('check', SAMPLE_PATH, '--json');
    const json = JSON.parse(run.out);
    const approx = json.findings.find((f: { refs: { cell: string; sheet: string }[]; check: string; message: string }) => f.check === 'parse' && f.refs[0].sheet === '劳动监察大队' && f.message.includes('150余'));
    expect(approx).toMatchObject({ severity: 'info', indicator: '参加合规讲座企业家次' });
  });
});
