/**
 * The fake office-js is only worth the tests that run against it if it refuses what Excel
 * refuses. Each test here pins one behaviour of real Excel to the page that documents it.
 */
import { API_PROFILES, FakeWorkbook, PAYLOAD_LIMIT } from '../../helpers/fakeExcel';
import { formulaShape } from '../../helpers/fakeExcelRules';

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
const run = <T>(book: FakeWorkbook, batch: Batch<T>, options = {}): Promise<T> => book.runtime().run(options, batch);
const code = (p: Promise<unknown>): Promise<unknown> => p.then(() => 'no error', (e: { code?: string }) => e.code);

describe('the fake keeps Excel on the web’s 5 MB request and response caps', () => {
  // learn.microsoft.com/office/dev/add-ins/excel/performance, "Payload size limit best practices":
  // "The payload size of a request is a combination of: the number of API calls, the number of
  // objects, such as a Range object, the length of value to be set." Its example: 10,000 one-cell
  // writes in one sync exceed the limit; split into two syncs of 5,000 they do not.
  it('rejects Microsoft’s 10,000 one-cell writes in one sync, accepts them as two syncs of 5,000', async () => {
    const one = new FakeWorkbook();
    one.addSheet('S');
    const oneSync = run(one, async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      for (let i = 0; i < 10_000; i++) ws.getRangeByIndexes(i, 1, 1, 1).values = [['1']];
      await context.sync();
    });
    expect(await code(oneSync)).toBe('RequestPayloadSizeLimitExceeded');
    expect(one.cell('S', 'B1')).toBeUndefined();

    const two = new FakeWorkbook();
    two.addSheet('S');
    await run(two, async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      for (let half = 0; half < 2; half++) {
        for (let i = half * 5_000; i < (half + 1) * 5_000; i++) ws.getRangeByIndexes(i, 1, 1, 1).values = [['1']];
        await context.sync();
      }
    });
    expect(two.cell('S', 'B10000')!.value).toBe(1);
    expect(two.stats.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  });

  // The same page: the length of the value counts; the request travels as UTF-8, where a Chinese
  // character takes 3 bytes. 100,000 cells of 20 Chinese characters are about 6.2 MB, not 2.2 MB.
  it('counts text by its UTF-8 bytes: 100,000 cells of 20 Chinese characters are over the cap', async () => {
    const text = '核对结果说明文字核对结果说明文字核对结果';
    const write = (t: string) => {
      const book = new FakeWorkbook();
      book.addSheet('S');
      return code(run(book, async (context) => {
        context.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 100_000, 1).values = Array.from({ length: 100_000 }, () => [t]);
        await context.sync();
      }));
    };
    expect(await write(text)).toBe('RequestPayloadSizeLimitExceeded');
    expect(await write('a'.repeat(20))).toBe('no error');
  });

  // resource-limits-and-performance-optimization#excel-add-ins: "payload size limit for requests
  // and responses of 5MB"; Excel.ErrorCodes lists ResponsePayloadSizeLimitExceeded.
  it('rejects a read whose response passes 5 MB with ResponsePayloadSizeLimitExceeded', async () => {
    const book = new FakeWorkbook();
    book.addSheet('S', Array.from({ length: 50_000 }, () => ['很长的中文说明文字很长的中文说明文字很长的中文说明文字很长的中文说明文字很长的']));
    const read = run(book, async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:A50000');
      r.load('values');
      await context.sync();
    });
    expect(await code(read)).toBe('ResponsePayloadSizeLimitExceeded');
  });

  // application-specific-api-error-handling: "This error only occurs in Excel on the web."
  it('lets desktop Excel take the same request', async () => {
    const book = new FakeWorkbook({ platform: 'desktop' });
    book.addSheet('S');
    await run(book, async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      for (let i = 0; i < 10_000; i++) ws.getRangeByIndexes(i, 1, 1, 1).values = [['1']];
      await context.sync();
    });
    expect(book.stats.maxRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
  });
});

describe('the fake answers for its requirement set', () => {
  // Requirement sets (excel-api-requirement-sets): Range.hyperlink and getRangeByIndexes are
  // ExcelApi 1.7, pageLayout and fill patterns 1.9, worksheet custom properties 1.12. Calling an
  // API the host lacks fails with ApiNotFound ("It may be available in a newer version of Excel").
  it.each([
    ['Worksheet.customProperties', (c: Excel.RequestContext) => c.workbook.worksheets.getItem('S').customProperties.add('k', 'v')],
    ['PageLayout.orientation', (c: Excel.RequestContext) => (c.workbook.worksheets.getItem('S').pageLayout.orientation = 'Landscape')],
    ['RangeFill.pattern', (c: Excel.RequestContext) => (c.workbook.worksheets.getItem('S').getRange('A1').format.fill.pattern = 'Gray25')],
    ['Application.suspendScreenUpdatingUntilNextSync', (c: Excel.RequestContext) => c.application.suspendScreenUpdatingUntilNextSync()],
  ])('at ExcelApi 1.7, %s fails with ApiNotFound; at the newest set it works', async (_name, use) => {
    for (const api of API_PROFILES) {
      const book = new FakeWorkbook({ api });
      book.addSheet('S');
      const result = await code(run(book, async (context) => {
        use(context);
        await context.sync();
      }));
      expect([api, result]).toEqual([api, api === '1.7' ? 'ApiNotFound' : 'no error']);
    }
  });

  it('says which sets it supports', () => {
    const old = new FakeWorkbook({ api: '1.7' }).runtime();
    const newest = new FakeWorkbook({ api: 'newest' }).runtime();
    expect([old.isSetSupported('ExcelApi', '1.7'), old.isSetSupported('ExcelApi', '1.9'), newest.isSetSupported('ExcelApi', '1.20')]).toEqual([true, false, true]);
  });
});

describe('the fake fails a batch while the clerk edits a cell', () => {
  // Excel.RunOptions.delayForCellEdit: "When false, if the user is in cell edit when the batch
  // request is processed by the host, the batch automatically fails. When true, ... the batch
  // request is delayed until the user exits cell edit mode." Error code:
  // InvalidOperationInCellEditMode ("The operation isn't available while Excel is in Edit cell mode").
  it('fails without delayForCellEdit, and waits for the clerk with it', async () => {
    const book = new FakeWorkbook({ api: 'newest' });
    book.addSheet('S');
    book.editing = true;
    const read = (options: object) => code(run(book, async (context) => {
      context.workbook.worksheets.load('items/name');
      await context.sync();
    }, options));
    expect(await read({})).toBe('InvalidOperationInCellEditMode');
    expect(await read({ delayForCellEdit: true })).toBe('no error');
    expect(book.stats.delayedForEdit).toBe(1);
  });

  // The field report: on older Excel the same batch fails with plain InvalidOperation,
  // the code protection also gives; the option is not versioned, so 1.7 builds are taken to ignore it.
  it('at ExcelApi 1.7 ignores the option and fails with InvalidOperation', async () => {
    const book = new FakeWorkbook({ api: '1.7' });
    book.addSheet('S');
    book.editing = true;
    const read = code(run(book, async (context) => {
      context.workbook.worksheets.load('items/name');
      await context.sync();
    }, { delayForCellEdit: true }));
    expect(await read).toBe('InvalidOperation');
  });
});

describe('the fake finds sheets by name', () => {
  // Excel.ErrorCodes: ItemNotFound, "The requested resource doesn't exist".
  it('gives ItemNotFound for a sheet renamed or deleted since it was named', async () => {
    const book = new FakeWorkbook();
    book.addSheet('信访科', [[1]]);
    book.addSheet('办公室', [[1]]);
    book.renameSheet('信访科', '信访科（改）');
    book.deleteSheet('办公室');
    for (const name of ['信访科', '办公室']) {
      const fill = code(run(book, async (context) => {
        context.workbook.worksheets.getItem(name).getRange('A1').format.fill.color = '#FFE699';
        await context.sync();
      }));
      expect(await fill).toBe('ItemNotFound');
    }
  });

  // FIELD-NOTES.md: chart sheets do not appear in `worksheets` but still hold their names
  // (getActiveWorksheet fails on a chart sheet: OfficeDev/office-js#2444).
  it('keeps a chart sheet out of worksheets, yet its name is taken', async () => {
    const book = new FakeWorkbook();
    book.addSheet('数据');
    book.addChartSheet('汇总表');
    const names = await run(book, async (context) => {
      context.workbook.worksheets.load('items/name');
      await context.sync();
      return context.workbook.worksheets.items.map((w) => w.name);
    });
    expect(names).toEqual(['数据']);
    expect(await code(run(book, async (context) => {
      context.workbook.worksheets.add('汇总表');
      await context.sync();
    }))).toBe('ItemAlreadyExists');
  });

  // support.microsoft.com "Rename a worksheet": at most 31 characters, none of / \ ? * : [ ],
  // not beginning or ending with an apostrophe, not "History"; names are unique ignoring case.
  it.each([
    ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二', 'InvalidArgument'],
    ['汇总[2023]', 'InvalidArgument'],
    ['收入/支出', 'InvalidArgument'],
    ["'汇总'", 'InvalidArgument'],
    ['History', 'InvalidArgument'],
    ['data', 'ItemAlreadyExists'],
    ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一', 'no error'],
  ])('refuses the sheet name %s with %s', async (name, expected) => {
    const book = new FakeWorkbook();
    book.addSheet('Data');
    expect(await code(run(book, async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    }))).toBe(expected);
  });

  // Excel.SheetVisibility (ExcelApi 1.1): a hidden sheet can be shown from the UI, a very hidden
  // one only by code; Excel activates and selects only visible sheets.
  it('refuses to activate a hidden or very hidden sheet', async () => {
    const book = new FakeWorkbook();
    book.addSheet('可见');
    book.addSheet('隐藏').visibility = 'Hidden';
    book.addSheet('深度隐藏').visibility = 'VeryHidden';
    for (const name of ['隐藏', '深度隐藏']) {
      expect(await code(run(book, async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        await context.sync();
      }))).toBe('InvalidOperation');
    }
    await run(book, async (context) => {
      context.workbook.worksheets.getItem('可见').activate();
      await context.sync();
    });
    expect(book.stats.activated).toEqual(['可见']);
  });
});

describe('the fake keeps Excel’s limits on formulas and rows', () => {
  // Excel specifications and limits: "Arguments in a function: 255", "Length of formula
  // contents: 8,192 characters", "Row height: 409 points". Excel.ErrorCodes:
  // FormulaLengthExceedsLimit, InvalidArgument.
  const write = (value: string, height?: number) => {
    const book = new FakeWorkbook();
    book.addSheet('S');
    return code(run(book, async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1');
      r.values = [[value]];
      if (height !== undefined) r.format.rowHeight = height;
      await context.sync();
    }));
  };
  const refs = (n: number) => Array.from({ length: n }, (_, i) => `'单位${i}'!C3`).join(',');

  it('takes 255 arguments and refuses 256', async () => {
    expect(await write(`=SUM(${refs(255)})`)).toBe('no error');
    expect(await write(`=SUM(${refs(256)})`)).toBe('InvalidArgument');
    expect(await write(`=SUM(SUM(${refs(200)}),SUM(${refs(100)}))`)).toBe('no error');
  });

  it('refuses a formula over 8,192 characters', async () => {
    expect(await write(`=${'1+'.repeat(4_095)}1`)).toBe('no error');
    expect(await write(`=${'1+'.repeat(4_096)}1`)).toBe('FormulaLengthExceedsLimit');
  });

  it('refuses a row taller than 409 points', async () => {
    expect(await write('x', 409)).toBe('no error');
    expect(await write('x', 975)).toBe('InvalidArgument');
  });

  it('counts arguments the way Excel parses them: strings, quoted sheet names and arrays are not calls', () => {
    expect(formulaShape(`=SUM('a,b'!A1,"x,y",{1,2,3})`).maxArguments).toBe(3);
    expect(formulaShape('=IF(A1>0,SUM(B1,B2),0)').maxArguments).toBe(3);
    expect(formulaShape('=NOW()').maxArguments).toBe(0);
  });
});

describe('the fake refuses to write a protected sheet', () => {
  // FIELD-NOTES.md: AccessDenied / InvalidOperation on protected sheets; the same code as the
  // 1.7 edit-mode failure, so only checking protection tells the two apart.
  it('fails a write to a protected sheet and a sheet added to a protected workbook', async () => {
    const book = new FakeWorkbook();
    book.addSheet('S').protected = true;
    expect(await code(run(book, async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').values = [['x']];
      await context.sync();
    }))).toBe('InvalidOperation');
    book.structureProtected = true;
    expect(await code(run(book, async (context) => {
      context.workbook.worksheets.add('新表');
      await context.sync();
    }))).toBe('InvalidOperation');
  });
});
