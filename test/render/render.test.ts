import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { onlySheet, toPdf } from '../../scripts/render';
import { runCli } from '../helpers/cli';
import { SAMPLE_PATH, tempDir } from '../helpers/files';

/**
 * Opens what compile writes in LibreOffice (installed by scripts/install-system-deps.sh
 * --render, which .ci/run calls) and reads the PDF back: the summary table fits one page
 * wide in landscape, nothing is cut, Chinese text survives. `npm run render` keeps the PNGs.
 */
const pdfText = (pdf: string, page?: number): string =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', pdf, '-'], { encoding: 'utf8' });
const pdfInfo = (pdf: string): { pages: number; width: number; height: number } => {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), width: Number(size[1]), height: Number(size[2]) };
};

describe('what compile writes, opened in LibreOffice', () => {
  const dir = tempDir();
  const xlsx = join(dir, 'compiled.xlsx');
  const docx = join(dir, 'compiled.docx');

  beforeAll(async () => {
    if (!existsSync('/usr/bin/libreoffice') && !process.env.PATH?.split(':').some((p) => existsSync(join(p, 'libreoffice')))) {
      throw new Error('LibreOffice is missing: run scripts/install-system-deps.sh --render');
    }
    await runCli('compile', SAMPLE_PATH, '-o', xlsx, '--docx', docx);
  }, 60_000);

  it('prints the 汇总表 on A4 landscape, every column on every page, Chinese intact', async () => {
    const file = join(dir, 'summary.xlsx');
    await onlySheet(xlsx, '汇总表', file);
    const pdf = toPdf(file, dir);
    const info = pdfInfo(pdf);
    expect(info.width).toBeGreaterThan(info.height);
    expect(Math.round(info.width)).toBe(842);
    expect(info.pages).toBeLessThanOrEqual(2);
    for (let page = 1; page <= info.pages; page++) {
      const text = pdfText(pdf, page);
      for (const header of ['序号', '指标', '本年', '上年', '增减率', '报送单位', '备注']) expect(text).toContain(header);
    }
    const all = pdfText(pdf);
    expect(all).toContain('宝安区人力资源局2023年统计汇总表');
    expect(all).toMatch(/排查企业数\s+家\s+22448\s+21035/);
    expect(all).toContain('受理劳动人事争议案件数');
  }, 120_000);

  it('prints the 文字说明 with every paragraph', async () => {
    const file = join(dir, 'narrative.xlsx');
    await onlySheet(xlsx, '文字说明', file);
    const text = pdfText(toPdf(file, dir)).replace(/\s+/g, '');
    expect(text).toContain('组织排查企业22448家,发现劳资隐患4434宗,已化解4418宗,化解率99.63%。');
    expect(text).toContain('受理劳动人事争议案件15710件,居全市各区第一。');
  }, 120_000);

  it('opens the Word document: portrait body pages numbered — n —, the table on a landscape page', () => {
    const pdf = toPdf(docx, dir);
    const info = pdfInfo(pdf);
    expect(info.pages).toBeGreaterThanOrEqual(3);
    expect(Math.round(info.width)).toBe(595);
    const first = pdfText(pdf, 1);
    expect(first).toContain('宝安区人力资源局');
    expect(first).toMatch(/—\s*1\s*—/);
    expect(pdfText(pdf, 2)).toMatch(/—\s*2\s*—/);
    const tablePage = execFileSync('pdfinfo', ['-f', String(info.pages), '-l', String(info.pages), pdf], { encoding: 'utf8' });
    expect(tablePage).toMatch(/Page\s+\d+ size:\s+841\.\d+ x 595/);
    expect(pdfText(pdf).replace(/\s+/g, '')).toContain('化解率99.63%');
  }, 120_000);
});
