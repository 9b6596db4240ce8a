/**
 * Issue 14 through the command line (SPEC §7): merge with replacement and the diff, diff, rollover,
 * template --year, and check passing when every error is accepted in 核对结果.
 */
import ExcelJS from 'exceljs';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { loadBook as load, SAMPLE_PATH, tempDir } from '../helpers/files';

async function save(book: ExcelJS.Workbook, path: string): Promise<string> {
  writeFileSync(path, new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
  return path;
}

/** The sample's 信访科 sheet alone, as the department keeps it, with some cells changed. */
async function xinfangFile(path: string, edits: Record<string, ExcelJS.CellValue> = {}): Promise<string> {
  const book = await load(SAMPLE_PATH);
  for (const ws of [...book.worksheets]) if (ws.name !== '信访科') book.removeWorksheet(ws.id);
  const ws = book.getWorksheet('信访科')!;
  for (const [cell, value] of Object.entries(edits)) ws.getCell(cell).value = value;
  return save(book, path);
}

/** Every value of a sheet, row by row, as text. */
function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(String(c.value ?? ''))));
  return out;
}

describe('huibian merge BOOK DEPT… -o OUT', () => {
  const dir = tempDir();
  const out = join(dir, 'merged.xlsx');
  let corrected = '';
  let run = { code: -1, out: '', err: '' };

  beforeAll(async () => {
    // 信访科 corrects 办结 3049 → 3094 and 国满件满意率 96.23% → 96.46%; 新安街道 reports for the first time.
    corrected = await xinfangFile(join(dir, '信访科（更正）.xlsx'), { D5: 3094, D7: '96.46%' });
    const street = new ExcelJS.Workbook();
    street.addWorksheet('Sheet1').addRows([['填报单位：新安街道'], ['指标名称', '单位', '本年数'], ['排查企业数', '家', 1862], ['发现劳资隐患数', '宗', 352], ['已化解劳资隐患数', '宗', 350]]);
    const streetFile = await save(street, join(dir, '新安街道.xlsx'));
    run = await runCli('merge', SAMPLE_PATH, corrected, streetFile, '-o', out);
  });

  it('replaces the resubmitted unit’s sheet and prints exactly the figures that changed, old → new', async () => {
    expect(run.code).toBe(0);
    expect(run.out).toContain('重新报送 信访科（更正）.xlsx（信访科）：替换“信访科”，改动 2 个数据');
    const changes = run.out.split('\n').filter((l) => l.startsWith('    信访科!'));
    expect(changes).toEqual(['    信访科!D5 信访科 来信信访办结件数：3049 → 3094', '    信访科!D7 信访科 国满件满意率：96.23 → 96.46']);
    expect(run.out).toContain('首次报送 新安街道.xlsx（新安街道）：Sheet1 → 新安街道，3 个数据');
    const book = await load(out);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '指标目录', '办公室', '法规科', '劳动监察大队', '街道隐患排查', '信访科', '信访台账', '仲裁院', '职业能力建设科', '校验规则', '文字模板', '新安街道', '报送记录', '_huibian',
    ]);
    expect(book.getWorksheet('信访科')!.getCell('D5').value).toBe(3094);
    // The department's formatting comes along: the title row's merge and the column widths.
    const original = (await load(SAMPLE_PATH)).getWorksheet('信访科')!;
    expect(book.getWorksheet('信访科')!.getColumn(2).width).toBe(original.getColumn(2).width);
  });

  it('checks the new figures only: 3094 against the ledger’s 3049, no cross-source, and 96.46% (109/113) is possible', async () => {
    const check = JSON.parse((await runCli('check', out, '--json')).out);
    const messages: string[] = check.findings.map((f: { message: string }) => f.message);
    // The ledger still counts 3049 records 办结: the rule compares it with the sheet's new 3094.
    expect(messages.filter((m) => m.includes('3049'))).toEqual(['信访台账中办结件数与报表一致：左边为3049，右边为3094，不满足“=”。']);
    expect(check.findings.filter((f: { check: string; reporter?: string }) => f.reporter === '信访科' && f.check === 'granularity')).toEqual([]);
    expect(check.findings.filter((f: { check: string }) => f.check === 'cross-source')).toEqual([]);
  });

  it('logs each import in 报送记录: time, file, unit, sheet, new or resubmitted, figures changed', async () => {
    const log = (await load(out)).getWorksheet('报送记录')!;
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => log.getRow(2).getCell(c).value)).toEqual(['时间', '文件', '报送单位', '工作表', '方式', '改动', '改动数据']);
    const rows = [3, 4].map((r) => [2, 3, 4, 5, 6].map((c) => log.getRow(r).getCell(c).value));
    expect(rows).toEqual([
      ['信访科（更正）.xlsx', '信访科', '信访科', '重新报送', 2],
      ['新安街道.xlsx', '新安街道', '新安街道', '首次报送', 3],
    ]);
    expect(String(log.getRow(3).getCell(1).value)).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(String(log.getRow(3).getCell(7).value)).toBe('信访科·来信信访办结件数 3049→3094；信访科·国满件满意率 96.23→96.46');
  });

  it('says a file sent again unchanged changes nothing, and appends to 报送记录', async () => {
    const again = join(dir, 'again.xlsx');
    const second = await runCli('merge', out, corrected, '-o', again);
    expect(second.code).toBe(0);
    expect(second.out).toContain('改动 0 个数据');
    expect(second.out).toContain('数据与原表相同');
    const log = (await load(again)).getWorksheet('报送记录')!;
    expect([3, 4, 5].map((r) => log.getRow(r).getCell(2).value)).toEqual(['信访科（更正）.xlsx', '新安街道.xlsx', '信访科（更正）.xlsx']);
  });

  it('refuses a file it cannot read with one line, imports the rest, and exits 2', async () => {
    const bad = join(dir, '坏.xlsx');
    writeFileSync(bad, 'not a workbook');
    const r = await runCli('merge', SAMPLE_PATH, bad, corrected, '-o', join(dir, 'partial.xlsx'));
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/未导入 坏\.xlsx：.+/);
    expect(r.out).toContain('替换“信访科”');
  });
});

describe('huibian diff OLD NEW [--json]', () => {
  const dir = tempDir();
  let before = '';
  let after = '';
  beforeAll(async () => {
    before = await xinfangFile(join(dir, 'old.xlsx'));
    after = await xinfangFile(join(dir, 'new.xlsx'), { D5: 3094, E8: 12874, D6: null });
  });

  it('lists the changed, added and removed figures by unit and indicator', async () => {
    const run = await runCli('diff', before, after);
    expect(run.code).toBe(0);
    expect(run.out.split('\n')).toEqual([
      '比较 old.xlsx → new.xlsx：改动 2 个数据，新增 0 个，删去 1 个',
      // Without a catalogue the unit is named as its 填报单位 says.
      '    信访科!D5 宝安区人力资源局信访科 来信信访办结件数：3049 → 3094',
      '    信访科!E8 宝安区人力资源局信访科 民诉件数（上年数）：12873 → 12874',
      '    信访科!D6 宝安区人力资源局信访科 国家满意度调查信访件数：删去 113',
      '',
    ]);
  });

  it('speaks English when asked', async () => {
    const run = await runCli('--lang', 'en', 'diff', before, after);
    expect(run.out.split('\n').slice(0, 2)).toEqual(['Compared old.xlsx → new.xlsx: 2 figures changed, 0 added, 1 removed', '    信访科!D5 宝安区人力资源局信访科 来信信访办结件数: 3049 → 3094']);
  });

  it('prints the same as JSON, values as exact decimal text', async () => {
    const U = '宝安区人力资源局信访科';
    const json = JSON.parse((await runCli('diff', before, after, '--json')).out);
    expect(json).toEqual({
      old: 'old.xlsx',
      new: 'new.xlsx',
      changed: [
        { reporter: U, indicator: '来信信访办结件数', period: '2023年', previous: false, sheet: '信访科', cell: 'D5', old: '3049', new: '3094' },
        { reporter: U, indicator: '民诉件数', period: '2023年', previous: true, sheet: '信访科', cell: 'E8', old: '12873', new: '12874' },
      ],
      added: [],
      removed: [{ reporter: U, indicator: '国家满意度调查信访件数', period: '2023年', previous: false, sheet: '信访科', cell: 'D6', old: '113', new: null }],
    });
  });
});

describe('huibian rollover BOOK --year Y -o NEXT', () => {
  const dir = tempDir();
  const next = join(dir, 'next.xlsx');
  let run = { code: -1, out: '', err: '' };
  beforeAll(async () => {
    // A compiled book: its 汇总表, 核对结果 and 文字说明 are this year's and stay behind.
    const compiled = join(dir, 'compiled.xlsx');
    await runCli('compile', SAMPLE_PATH, '-o', compiled);
    run = await runCli('rollover', compiled, '--year', '2024', '-o', next);
  });

  it('writes 上年公布数 from this year’s figures into the catalogue', async () => {
    expect(run.code).toBe(0);
    expect(run.out).toContain('已写出 2024年 的汇编工作簿');
    const cat = (await load(next)).getWorksheet('指标目录')!;
    let col = 0;
    cat.getRow(1).eachCell((c, n) => (c.value === '上年公布数' ? (col = n) : undefined));
    const published = new Map<string, unknown>();
    cat.eachRow((row, n) => n > 1 && published.set(String(row.getCell(2).value), row.getCell(col).value));
    expect(published.get('来信信访件数')).toBe(3180);
    expect(published.get('来信信访办结件数')).toBe(3049);
    expect(published.get('排查企业数')).toBe(22448);
    expect(published.get('国满件满意率')).toBe(96.23);
  });

  it('clears the figures, moves this year’s into last year’s column and the years on, keeping the layout', async () => {
    const [book, sample] = await Promise.all([load(next), load(SAMPLE_PATH)]);
    const ws = book.getWorksheet('信访科')!;
    expect(['D4', 'D5', 'D6', 'D7', 'D8'].map((c) => ws.getCell(c).value)).toEqual([null, null, null, null, null]);
    expect(['E4', 'E5', 'E6', 'E7', 'E8'].map((c) => ws.getCell(c).value)).toEqual([3180, 3049, 113, '96.23%', '18,520']);
    expect([ws.getCell('A1').value, ws.getCell('D3').value, ws.getCell('E3').value, ws.getCell('E2').value]).toEqual(['2024年信访工作统计表', '2024年', '2023年', '报告期：2024年']);
    expect(ws.model.merges).toEqual(sample.getWorksheet('信访科')!.model.merges);
    expect(ws.getColumn(2).width).toBe(sample.getWorksheet('信访科')!.getColumn(2).width);
    const ledger = book.getWorksheet('信访台账')!;
    expect(ledger.actualRowCount).toBeLessThan(5);
  });

  it('keeps the catalogue, rules and templates, and leaves this year’s generated sheets behind', async () => {
    const [book, sample] = await Promise.all([load(next), load(SAMPLE_PATH)]);
    expect(book.worksheets.map((w) => w.name)).toEqual(sample.worksheets.map((w) => w.name));
    for (const name of ['校验规则', '文字模板']) expect(texts(book.getWorksheet(name)!)).toEqual(texts(sample.getWorksheet(name)!));
    expect(run.out).toContain('未带入本年生成的“汇总表”、“核对结果”、“文字说明”');
  });

  it('gives a book whose forms say 2024 and carry this year’s figures as 上年数', async () => {
    const forms = join(dir, 'forms');
    expect((await runCli('template', next, '-o', forms)).code).toBe(0);
    const ws = (await load(join(forms, '信访科.xlsx'))).worksheets[0];
    expect(ws.getCell('A1').value).toBe('2024年统计报表（信访科）');
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => n > 3 && n < 6 && rows.push([String(row.getCell(3).value).trim(), row.getCell(6).value]));
    expect(rows).toEqual([['来信信访件数', 3180], ['其中：来信信访办结件数', 3049]]);
  });

  it('refuses a year that is not one', async () => {
    const bad = await runCli('rollover', SAMPLE_PATH, '--year', '24', '-o', join(dir, 'x.xlsx'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--year 24');
  });
});

describe('huibian template BOOK --year Y -o DIR', () => {
  it('writes forms that all say the year asked for, none 2023', async () => {
    const dir = join(tempDir(), 'forms');
    const run = await runCli('template', SAMPLE_PATH, '--year', '2025', '-o', dir);
    expect(run.code).toBe(0);
    expect(run.out).toContain('生成 16 份 2025年 报送模板');
    for (const file of readdirSync(dir)) {
      const ws = (await load(join(dir, file))).worksheets[0];
      expect(String(ws.getCell('A1').value)).toMatch(/^2025年统计报表（.+）$/);
      expect(ws.getCell('D2').value).toBe('报告期：2025年');
      expect(texts(ws).filter((t) => t.includes('2023'))).toEqual([]);
    }
  });
});

describe('huibian check with accepted errors', () => {
  const dir = tempDir();
  it('counts an accepted error apart, marks it, and exits 0 when every error is accepted', async () => {
    const first = join(dir, 'checked.xlsx');
    await runCli('check', SAMPLE_PATH, '-o', first);
    const book = await load(first);
    const ws = book.getWorksheet('核对结果')!;
    let header = 0;
    ws.eachRow((row, n) => (row.getCell(1).value === '序号' ? (header = n) : undefined));
    expect([9, 10].map((c) => ws.getRow(header).getCell(c).value)).toEqual(['处理意见', '状态']);
    const error = ws.getRow(header + 1);
    expect([error.getCell(2).value, error.getCell(3).value]).toEqual(['错误', '比率不可能']);
    error.getCell(9).value = '国家信访局反馈109件满意，按原文报送';
    error.getCell(10).value = '已说明';
    const accepted = await save(book, join(dir, 'accepted.xlsx'));
    const run = await runCli('check', accepted);
    expect(run.code).toBe(0);
    expect(run.out).toContain('错误 0 项（另有 1 项已说明），警告 2 项');
    expect(run.out).toContain('[比率不可能]');
    expect(run.out).toContain('（已说明：国家信访局反馈109件满意，按原文报送）');
    expect(run.out).toContain('全部 1 项错误均已核实或说明，核对通过。');
    expect(run.out).toContain('警告 D10,D11,D12 [截尾取舍]');
    const json = JSON.parse((await runCli('check', accepted, '--json')).out);
    expect(json.summary).toEqual({ errors: 0, warnings: 2, infos: 5, accepted: { errors: 1, warnings: 0, infos: 0 } });
    expect(json.findings[0]).toMatchObject({ check: 'granularity', accepted: { status: 'explained', note: '国家信访局反馈109件满意，按原文报送' } });
    // Written again, the decision stays with its finding.
    const again = join(dir, 'again.xlsx');
    await runCli('check', accepted, '-o', again);
    const row = (await load(again)).getWorksheet('核对结果')!.getRow(header + 1);
    expect([row.getCell(9).value, row.getCell(10).value]).toEqual(['国家信访局反馈109件满意，按原文报送', '已说明']);
    expect(String((await load(again)).getWorksheet('核对结果')!.getCell('A2').value)).toContain('错误 0 项（另有 1 项已说明）');
  });
});
