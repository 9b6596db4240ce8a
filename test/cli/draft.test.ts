import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { runCli } from '../helpers/cli';
import { loadBook, SAMPLE_PATH, SEED_REPORT_PATH, tempDir } from '../helpers/files';

const SEED = readFileSync(SEED_REPORT_PATH, 'utf8');
interface JsonFinding {
  check: string;
  severity: string;
  message: string;
  refs: { text?: string; sheet?: string; cell?: string }[];
}
const findingsOf = (out: string): JsonFinding[] => JSON.parse(out).findings;

describe('huibian verify-text on Word drafts and odd files (issue 12)', () => {
  const dir = tempDir();

  it('matches every figure of Huibian’s own Word output of the sample, prose and table', async () => {
    const docx = join(dir, 'own.docx');
    expect((await runCli('compile', SAMPLE_PATH, '-o', join(dir, 'own.xlsx'), '--docx', docx)).code).toBe(1);
    const run = await runCli('verify-text', docx, '--against', SAMPLE_PATH);
    const [, total, matched] = /共 (\d+) 个数字，对上 (\d+) 个/.exec(run.out)!;
    expect(Number(total)).toBeGreaterThan(150);
    expect(matched).toBe(total);
    const findings = findingsOf((await runCli('verify-text', docx, '--against', SAMPLE_PATH, '--json')).out);
    expect(findings.filter((f) => f.check === 'text-mismatch' || f.check === 'text-unmatched')).toEqual([]);
    // The sample's own two problems are still there.
    expect(findings.map((f) => f.check)).toEqual(['text-granularity', 'ratio-truncated']);
  });

  it('reads a Word table row by row: the label names the row, the header the column', async () => {
    const cell = (t: string): TableCell => new TableCell({ children: [new Paragraph(t)] });
    const row = (...cells: string[]): TableRow => new TableRow({ children: cells.map(cell) });
    const table = new Table({ rows: [row('指标', '单位', '本年', '上年', '增减'), row('来信信访件数', '宗', '3180', '2897', '193'), row('民诉件数', '宗', '18520', '12873', '5647')] });
    const doc = new Document({ sections: [{ children: [new Paragraph('接收办理各类来信信访件3180宗。'), table, new Paragraph('以上数据来自信访科。')] }] });
    const path = join(dir, 'table.docx');
    writeFileSync(path, new Uint8Array(await Packer.toBuffer(doc)));
    const findings = findingsOf((await runCli('verify-text', path, '--against', SAMPLE_PATH, '--json')).out);
    expect(findings.map((f) => [f.check, f.message])).toEqual([['text-mismatch', '文稿中“2897”与报表数据不符：“来信信访件数”上年为2987宗。']]);
  });

  it('reads a UTF-16 draft with its byte-order mark as text', async () => {
    const utf8 = JSON.parse((await runCli('verify-text', SEED_REPORT_PATH, '--against', SAMPLE_PATH, '--json')).out);
    for (const [name, bytes] of [
      ['le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED, 'utf16le')])],
      ['be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SEED, 'utf16le').swap16()])],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      expect(JSON.parse((await runCli('verify-text', path, '--against', SAMPLE_PATH, '--json')).out)).toEqual(utf8);
    }
  });

  it.each([
    ['binary.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), '不是文本文件'],
    ['book.docx', readFileSync(SAMPLE_PATH), '这是Excel工作簿，不是文稿'],
    ['old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), '旧版Word'],
    ['scan.pdf', Buffer.from('%PDF-1.7\n1 0 obj\n'), 'PDF'],
  ])('refuses %s in one line, exit 2', async (name, bytes, reason) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const run = await runCli('verify-text', path, '--against', SAMPLE_PATH);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toContain(name);
    expect(run.err).toContain(reason);
  });

  it('refuses a zip that is not a Word document in one line, exit 2', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', '办结3049宗。');
    const path = join(dir, 'draft.zip');
    writeFileSync(path, await zip.generateAsync({ type: 'uint8array' }));
    const run = await runCli('verify-text', path, '--against', SAMPLE_PATH);
    expect([run.code, run.err.trim().split('\n').length]).toEqual([2, 1]);
    expect(run.err).toContain('不是.docx文件');
  });
});

describe('huibian learn -o: a 文字模板 that compile uses (issue 12)', () => {
  const dir = tempDir();

  it('replaces 文字模板, keeps the old one hidden as 文字模板（旧）, and compile writes the report’s sentences from it', async () => {
    const learned = join(dir, 'learned.xlsx');
    const run = await runCli('learn', SEED_REPORT_PATH, '--against', SAMPLE_PATH, '-o', learned);
    expect(run.code).toBe(0);
    expect(run.out).toContain('原“文字模板”改名为“文字模板（旧）”并隐藏');
    const book = await loadBook(learned);
    const original = await loadBook(SAMPLE_PATH);
    const values = (name: string, b = book): unknown[] => {
      const out: unknown[] = [];
      b.getWorksheet(name)!.eachRow((r) => out.push(r.values));
      return out;
    };
    expect(book.getWorksheet('文字模板（旧）')!.state).toBe('hidden');
    expect(values('文字模板（旧）')).toEqual(values('文字模板', original));
    const templates = values('文字模板').map((r) => (r as unknown[])[3]).slice(1) as string[];
    expect(templates.length).toBeGreaterThan(10);
    expect(templates.filter((t) => /(19|20)\d{2}/.test(t))).toEqual([]);
    expect(book.worksheets.map((w) => w.name)).not.toContain('文字模板 (2)');

    const compiled = join(dir, 'compiled.xlsx');
    expect((await runCli('compile', learned, '-o', compiled)).code).toBe(1);
    const narrative = (await loadBook(compiled)).getWorksheet('文字说明')!;
    const lines: string[] = [];
    // Paragraphs are indented two ideographic spaces, as in an official document.
    narrative.eachRow((r) => lines.push(String(r.getCell(1).value ?? '').replace(/^\u3000+/, '')));
    expect(lines).toContain('2023年举办1期《中华人民共和国民法典》专题培训班,2期领导班子宪法法制专题讲座。');
    expect(lines).toContain('推行“安格+劳资防范预警”联动机制,组织排查企业22448家,发现劳资隐患4434宗,已化解4418宗,化解率99.63%。');
    const sentences = lines.filter((l) => /\d/.test(l) && !/统计数据说明$/.test(l) && !/^[一二三四五六七八九十]+、/.test(l));
    expect(sentences.length).toBe(templates.length);
    for (const s of sentences) expect(SEED).toContain(s);
  });

  it('writes nothing when no figure of the report binds to an indicator', async () => {
    const report = join(dir, 'empty.txt');
    writeFileSync(report, '一、总体情况\n召开会议37次。');
    const out = join(dir, 'nothing.xlsx');
    const run = await runCli('learn', report, '--against', SAMPLE_PATH, '-o', out);
    expect([run.code, run.err.trim().split('\n').length, existsSync(out)]).toEqual([2, 1, false]);
    expect(run.err).toContain('未学到文字模板');
  });
});

describe('reading a Word draft', () => {
  it('keeps a paragraph whole around a text box, and leaves out deleted text and fallbacks', async () => {
    const { readDocxText } = await import('../../src/adapters/docx/readDocxText');
    const zip = new JSZip();
    const box = '<w:r><w:txbxContent><w:p><w:r><w:t>框内1件</w:t></w:r></w:p></w:txbxContent></w:r>';
    const deleted = '<w:del><w:r><w:delText>9999件</w:delText></w:r></w:del>';
    const fallback = '<mc:AlternateContent><mc:Choice><w:t>甲</w:t></mc:Choice><mc:Fallback><w:t>甲</w:t></mc:Fallback></mc:AlternateContent>';
    zip.file('word/document.xml', `<w:document><w:body><w:p><w:r><w:t>受理案件</w:t></w:r>${box}${deleted}<w:r><w:t>15710件。</w:t></w:r></w:p><w:p>${fallback}</w:p></w:body></w:document>`);
    expect(await readDocxText(await zip.generateAsync({ type: 'uint8array' }), 'x.docx')).toBe('框内1件\n受理案件15710件。\n甲');
  });
});

describe('a draft beyond the limits (issue 11)', () => {
  it('refuses a text draft of more characters than any report holds, quickly and in one line naming the limit', async () => {
    const dir = tempDir();
    const draft = join(dir, 'huge.txt');
    // 5 MB of UTF-8, under the file limit, but 2.6 million characters of figures.
    writeFileSync(draft, '办结3049宗，'.repeat(330_000));
    const started = Date.now();
    const run = await runCli('verify-text', draft, '--against', SAMPLE_PATH, '--json');
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err.trim().split('\n')).toEqual([expect.stringMatching(/^无法处理：huge\.txt：文稿有2640000个字符，超过上限2000000个字符。$/)]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('a Word draft that inflates past its limit (issue 11)', () => {
  it('stops inflating at the limit and refuses in one line naming it', async () => {
    const { readDocxText } = await import('../../src/adapters/docx/readDocxText');
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:document><w:body>${'<w:p><w:r><w:t>办结3049宗。</w:t></w:r></w:p>'.repeat(2000)}</w:body></w:document>`);
    const data = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    await expect(readDocxText(data, 'big.docx', { documentXmlBytes: 10_000 })).rejects.toThrow(/^big\.docx：文档内容解压后超过上限0\.01 MB/);
    await expect(readDocxText(data, 'big.docx')).resolves.toContain('办结3049宗。');
  });
});
