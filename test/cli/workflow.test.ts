import ExcelJS from 'exceljs';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { runCli } from '../helpers/cli';
import { loadBook as load, SAMPLE_PATH, SEED_REPORT_PATH, tempDir } from '../helpers/files';

const SEED = SEED_REPORT_PATH;


describe('huibian verify-text', () => {
  const dir = tempDir();
  it('prints the §7 JSON with text refs (offset, length, text) and the workbook cell, exit 1 on errors', async () => {
    const draft = join(dir, 'draft.txt');
    writeFileSync(draft, '推行联动机制,组织排查企业22448家,发现劳资隐患4434宗,已化解4418宗,化解率99.36%。');
    const run = await runCli('verify-text', draft, '--against', SAMPLE_PATH, '--json');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.out);
    expect(json.summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
    expect(json.findings[0]).toMatchObject({
      check: 'text-mismatch',
      severity: 'error',
      refs: [{ offset: 44, length: 6, text: '99.36%' }, { sheet: '劳动监察大队', cell: 'D12' }],
      indicator: '劳资隐患化解率',
      expected: 99.63,
      actual: 99.36,
    });
  });

  it('reads a draft in Word and a draft saved in GBK', async () => {
    const docx = join(dir, 'draft.docx');
    const doc = new Document({ sections: [{ children: [new Paragraph('办理国家信访局流转的“国家满意度调查”信访件 113宗,国满件群众评价满意率为96.23%。')] }] });
    writeFileSync(docx, new Uint8Array(await Packer.toBuffer(doc)));
    const fromWord = JSON.parse((await runCli('verify-text', docx, '--against', SAMPLE_PATH, '--json')).out);
    expect(fromWord.findings.map((f: { check: string }) => f.check)).toEqual(['text-granularity']);
    const gbk = join(dir, 'gbk.txt');
    // "办结3094宗。" in GBK: the encoder is built from the decoder Node ships.
    writeFileSync(gbk, encodeGbk('接收办理各类来信信访件3180宗,办结3094宗。'));
    const fromGbk = JSON.parse((await runCli('verify-text', gbk, '--against', SAMPLE_PATH, '--json')).out);
    expect(fromGbk.findings.map((f: { check: string; refs: { text?: string }[] }) => [f.check, f.refs[0].text])).toEqual([['text-mismatch', '3094宗']]);
  });

  it('passes the report itself but for its 96.23%, in readable Chinese', async () => {
    const run = await runCli('verify-text', SEED, '--against', SAMPLE_PATH);
    expect(run.out).toContain('共 38 个数字，对上 37 个；错误 1 项，警告 1 项，提示 1 项');
    expect(run.out).toContain('[文稿比率不可能]');
  });
});

describe('the clerk’s year: template → fill → merge → compile', () => {
  const dir = tempDir();
  it('writes one blank form per unit that Huibian reads back, merges the filled forms, and finds a planted slip', async () => {
    const forms = join(dir, 'forms');
    const made = await runCli('template', SAMPLE_PATH, '-o', forms);
    expect(made.code).toBe(0);
    const files = readdirSync(forms).sort();
    expect(files).toHaveLength(16);
    expect(files).toContain('法规科.xlsx');
    const form = await load(join(forms, '法规科.xlsx'));
    const ws = form.worksheets[0];
    const names: string[] = [];
    ws.eachRow((row) => names.push(String(row.getCell(3).value ?? '')));
    expect(names).toContain('\u3000其中：行政诉讼胜诉数');
    // 法规科 fills its form, with a total that does not add up.
    const values: Record<string, number> = { 法律审查意见书份数: 279, 法律意见书份数: 23, 民法典专题培训班期数: 1, 宪法法制专题讲座期数: 2, 行政诉讼案件数: 14, 行政诉讼胜诉数: 5, 行政诉讼败诉数: 1, 原告撤回诉讼数: 2, 未出结果诉讼数: 5 };
    ws.eachRow((row) => {
      const name = String(row.getCell(3).value ?? '').replace(/[\u3000其中：]/g, '');
      if (name in values) row.getCell(5).value = values[name];
    });
    const filled = join(dir, '法规科-已填.xlsx');
    writeFileSync(filled, new Uint8Array((await form.xlsx.writeBuffer()) as ArrayBuffer));
    // The clerk's compilation workbook holds the catalogue and 法规科's first sheet; the filled
    // form is 法规科's resubmission: it replaces that sheet (issue 14: it used to go in beside it
    // as 法规科-已填, and the checks went on reading the old figures too).
    const book = join(dir, 'book.xlsx');
    const merged = await runCli('merge', SAMPLE_PATH, filled, '-o', book);
    expect(merged.code).toBe(0);
    expect(merged.out).toContain('重新报送 法规科-已填.xlsx（法规科）：替换“法规科”');
    expect(merged.out).toContain('法规科!E8 法规科 行政诉讼案件数：13 → 14');
    const sheets = (await load(book)).worksheets.map((w) => w.name);
    expect(sheets.filter((n) => n.startsWith('法规科'))).toEqual(['法规科']);
    expect(sheets.slice(-2)).toEqual(['报送记录', '_huibian']);
    const check = JSON.parse((await runCli('check', book, '--json')).out);
    const balance = check.findings.filter((f: { check: string }) => f.check === 'balance');
    expect(balance).toEqual([expect.objectContaining({ reporter: '法规科', expected: 13, actual: 14, refs: expect.arrayContaining([{ sheet: '法规科', cell: 'E8' }]) })]);
    // One figure per unit: the old 13 no longer disagrees with the new 14.
    expect(check.findings.filter((f: { check: string }) => f.check === 'cross-source')).toEqual([]);
  });

  it('writes a starter catalogue for a workbook that has none', async () => {
    const dept = new ExcelJS.Workbook();
    const ws = dept.addWorksheet('信访科');
    ws.addRows([['填报单位：信访科'], ['指标名称', '单位', '本年数', '上年数'], ['来信件数', '宗', 10, 8], ['其中：办结件数', '宗', 9, 8], ['满意率', '%', '90%', '85%']]);
    const path = join(dir, 'nocat.xlsx');
    writeFileSync(path, new Uint8Array((await dept.xlsx.writeBuffer()) as ArrayBuffer));
    const out = join(dir, 'withcat.xlsx');
    expect((await runCli('init-catalog', path, '-o', out)).code).toBe(0);
    const cat = (await load(out)).getWorksheet('指标目录')!;
    const rows: unknown[][] = [];
    cat.eachRow((row) => rows.push([row.getCell(2).value, row.getCell(3).value, row.getCell(4).value, row.getCell(6).value, row.getCell(9).value, row.getCell(10).value]));
    expect(rows).toEqual([
      ['指标名称', '单位', '类型', '报送单位', '上级指标', '关系'],
      ['来信件数', '宗', '计数', '信访科', '', ''],
      ['办结件数', '宗', '计数', '信访科', '来信件数', '其中'],
      ['满意率', '%', '比率', '信访科', '', ''],
    ]);
    const again = JSON.parse((await runCli('check', out, '--json')).out);
    expect(again.summary.errors).toBe(0);
    expect((await runCli('init-catalog', out, '-o', join(dir, 'x.xlsx'))).code).toBe(2);
  });

  it('learns a 文字模板 from last year’s report into a copy of last year’s workbook', async () => {
    const out = join(dir, 'learned.xlsx');
    const run = await runCli('learn', SEED, '--against', SAMPLE_PATH, '-o', out);
    expect(run.code).toBe(0);
    // The learned templates replace 文字模板 (compile reads that one), not a 文字模板 (2) beside it.
    const ws = (await load(out)).getWorksheet('文字模板')!;
    expect(ws.getCell('A1').value).toBe('章节');
    expect(ws.rowCount).toBeGreaterThan(10);
  });
});

/** GBK bytes for CJK text, from the GB18030 decoder: enough for a test of decoding. */
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) bytes.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch) ?? [0x3f]));
  return new Uint8Array(bytes);
}
