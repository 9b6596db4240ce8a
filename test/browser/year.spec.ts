import { expect, test, type Download, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from './axe';
import { arbitrationAgain, newUnit, xinfangResubmitted } from './departments';
import { serveOfficeJs } from './officeJs';

const SHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');
const SEED = join(__dirname, '..', '..', 'assets', 'samples', '2023-baoan-hr-rule-of-law-report.txt');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const NEW_UNIT = '宝安区人力资源局行政复议科';

/** The pane column at 350 px, as in a task pane; the grid sits under it. */
async function openSample(page: Page): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 350, height: 900 });
  await serveOfficeJs(page);
  await page.goto('/taskpane.html', { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: '载入示例工作簿' }).click();
  await expect(page.getByTestId('file-name')).toHaveText('baoan-2023.xlsx');
}

const tab = (page: Page, name: string) => page.getByRole('tablist', { name: '汇编助手' }).getByRole('tab', { name, exact: true });

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync((await download.path())!) as unknown as ExcelJS.Buffer);
  return book;
}

/** The rows of a sheet as arrays of cell values (1-based columns dropped to 0-based). */
function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => v ?? null)));
  return rows;
}

test('imports three department files in one pick: the diff shows exactly what changed, then the check uses the new figures', async ({ page }) => {
  await openSample(page);
  await tab(page, '校验').click();
  await page.getByRole('button', { name: '开始核对' }).click();
  await expect(page.getByTestId('summary')).toHaveText('错误 1 项，警告 2 项，提示 5 项');
  await expect(page.locator('[data-check="granularity"]')).toContainText('96.23%');

  await tab(page, '报送').click();
  await page.getByTestId('import-input').setInputFiles([
    { name: '信访科-更正.xlsx', mimeType: XLSX, buffer: await xinfangResubmitted() },
    { name: '行政复议科.xlsx', mimeType: XLSX, buffer: await newUnit() },
    { name: '仲裁院.xlsx', mimeType: XLSX, buffer: await arbitrationAgain() },
  ]);
  const review = page.getByTestId('import-review');
  await expect(review).toBeVisible();
  const entries = review.getByTestId('import-entry');
  await expect(entries).toHaveCount(3);
  // 信访科: a resubmission, exactly the two figures changed, nothing added or removed.
  const xinfang = review.locator('[data-unit="信访科"]');
  await expect(xinfang).toContainText('重新报送');
  await expect(xinfang.getByTestId('import-changed').locator('li')).toHaveText(['国满件满意率96.23 → 96.46', '民诉件数18520 → 18600']);
  await expect(xinfang.getByTestId('import-added')).toHaveCount(0);
  await expect(xinfang.getByTestId('import-removed')).toHaveCount(0);
  // The new unit brings all its figures as added; 仲裁院 sent the same again.
  const fresh = review.locator(`[data-unit="${NEW_UNIT}"]`);
  await expect(fresh).toContainText('新单位');
  await expect(fresh.getByTestId('import-added').locator('li')).toHaveText(['行政复议案件数9', '行政复议案件数 · 上年数7', '行政复议纠错数1', '行政复议纠错数 · 上年数0']);
  await expect(fresh.getByTestId('import-changed')).toHaveCount(0);
  const arbitration = review.locator('[data-unit="仲裁院"]');
  await expect(arbitration).toContainText('数据没有变化');
  await expect(review.getByTestId('import-changed').locator('li')).toHaveCount(2);
  await review.screenshot({ path: join(SHOTS, 'pane-import-review-350.png') });
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('notice')).toHaveText(`已导入：信访科、${NEW_UNIT}、仲裁院；修改 2 个数据`);
  await expect(review).toHaveCount(0);
  // 报送 lists the new unit; the grid holds its sheet and 信访科's new figures.
  await expect(page.getByText(NEW_UNIT, { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('tab', { name: NEW_UNIT })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'pane-submissions-after-import-350.png'), fullPage: false });
  // The check now reads 96.46% (possible for 109/113): the granularity error is gone, 民诉件数 is 18600.
  await tab(page, '校验').click();
  await expect(page.getByTestId('summary')).toHaveText('错误 0 项，警告 2 项，提示 7 项');
  await expect(page.locator('[data-check="granularity"]')).toHaveCount(0);
  await expect(page.locator('[data-check="yoy"]')).toContainText('18600');
  await page.getByRole('button', { name: '重新核对' }).click();
  await expect(page.getByTestId('summary')).toHaveText('错误 0 项，警告 2 项，提示 7 项');

  // The downloaded workbook: one 信访科 (replaced, not beside the old), the new unit, 报送记录.
  await tab(page, '生成').click();
  const book = await workbookOf(await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载汇编后的工作簿' }).click()]).then(([d]) => d));
  const names = book.worksheets.map((w) => w.name);
  expect(names.filter((n) => n.includes('信访科') && n !== '信访台账')).toEqual(['信访科']);
  expect(names).toContain(NEW_UNIT);
  expect(book.getWorksheet('信访科')!.getCell('D7').value).toBe('96.46%');
  const log = rowsOf(book.getWorksheet('报送记录')!);
  expect(log.slice(2).map((r) => [r[1], r[2], r[4], r[5]])).toEqual([
    ['信访科-更正.xlsx', '信访科', '重新报送', 2],
    ['行政复议科.xlsx', NEW_UNIT, '首次报送', 4],
    ['仲裁院.xlsx', '仲裁院', '重新报送', 0],
  ]);
});

test('takes several department files dropped at once', async ({ page }) => {
  await openSample(page);
  await tab(page, '报送').click();
  const files = [
    { name: '信访科-更正.xlsx', data: [...(await xinfangResubmitted())] },
    { name: '行政复议科.xlsx', data: [...(await newUnit())] },
  ];
  await page.getByTestId('import-drop').evaluate((zone, list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([new Uint8Array(f.data)], f.name));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
  await expect(page.getByTestId('import-entry')).toHaveCount(2);
  await expect(page.locator('[data-unit="信访科"]').getByTestId('import-changed').locator('li')).toHaveCount(2);
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByTestId('import-review')).toHaveCount(0);
});

test('accepts a finding with a note: shown as accepted, kept by 重新核对, written to 核对结果', async ({ page }) => {
  await openSample(page);
  await tab(page, '校验').click();
  await page.getByRole('button', { name: '开始核对' }).click();
  await expect(page.getByTestId('summary')).toHaveText('错误 1 项，警告 2 项，提示 5 项');
  const card = page.locator('[data-finding]').filter({ has: page.locator('[data-check="granularity"]') });
  await card.getByRole('button', { name: '处理意见…' }).click();
  await card.getByRole('radio', { name: '已核实' }).check();
  await card.getByRole('textbox', { name: '处理意见' }).fill('已与国家信访局核实，反馈数据如此');
  await card.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('summary')).toHaveText('错误 0 项（另有 1 项已说明），警告 2 项，提示 5 项');
  await expect(page.getByTestId('notice')).toHaveText('处理意见已写入核对结果');
  const accepted = page.locator('[data-accepted="verified"]');
  await expect(accepted).toHaveCount(1);
  await expect(accepted.getByTestId('accepted')).toHaveText('已核实');
  await expect(accepted.getByTestId('accepted-note')).toHaveText('处理意见：已与国家信访局核实，反馈数据如此');
  await accepted.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'pane-accepted-350.png'), fullPage: false });
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: '重新核对' }).click();
  await expect(page.getByTestId('summary')).toHaveText('错误 0 项（另有 1 项已说明），警告 2 项，提示 5 项');
  await expect(page.locator('[data-accepted="verified"]').getByTestId('accepted-note')).toHaveText('处理意见：已与国家信访局核实，反馈数据如此');

  await tab(page, '生成').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载汇编后的工作簿' }).click()]);
  const rows = rowsOf((await workbookOf(download)).getWorksheet('核对结果')!);
  const row = rows.find((r) => r.some((v) => String(v).includes('96.23')))!;
  expect(row).toContain('已与国家信访局核实，反馈数据如此');
  expect(row).toContain('已核实');
  expect(row).toContain('比率不可能');
});

test('hands out the forms of a year and rolls the workbook over, both verified with ExcelJS', async ({ page }) => {
  await openSample(page);
  await tab(page, '年度').click();
  await page.getByRole('textbox', { name: '年度', exact: true }).fill('2024');
  const [zipped] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载全部（.zip）' }).click()]);
  expect(zipped.suggestedFilename()).toBe('2024年报送模板.zip');
  const zip = await JSZip.loadAsync(readFileSync((await zipped.path())!));
  expect(Object.keys(zip.files)).toHaveLength(16);
  expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['信访科.xlsx', '仲裁院.xlsx', '新安街道.xlsx']));
  const fromZip = new ExcelJS.Workbook();
  await fromZip.xlsx.load((await zip.file('信访科.xlsx')!.async('nodebuffer')) as unknown as ExcelJS.Buffer);
  const form = rowsOf(fromZip.worksheets[0]);
  expect(form[0][0]).toBe('2024年统计报表（信访科）');
  expect(form.find((r) => r.includes('来信信访件数'))).toEqual([1, 'XF01', '来信信访件数', '宗', null, 3180, '']);

  await page.getByRole('button', { name: '逐个单位生成' }).click();
  const list = page.getByTestId('forms-list');
  await expect(list.getByRole('button')).toHaveCount(16);
  await page.screenshot({ path: join(SHOTS, 'pane-forms-350.png'), fullPage: false });
  const [one] = await Promise.all([page.waitForEvent('download'), list.getByRole('button', { name: '仲裁院' }).click()]);
  expect(one.suggestedFilename()).toBe('仲裁院.xlsx');
  expect(rowsOf((await workbookOf(one)).worksheets[0])[0][0]).toBe('2024年统计报表（仲裁院）');

  await page.getByRole('textbox', { name: '下一年度' }).fill('2024');
  const [next] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载下一年度工作簿' }).click()]);
  expect(next.suggestedFilename()).toBe('2024年汇编.xlsx');
  const rolled = await workbookOf(next);
  const catalog = rowsOf(rolled.getWorksheet('指标目录')!);
  const header = catalog[0];
  const published = header.indexOf('上年公布数');
  expect(catalog.find((r) => r[1] === '来信信访件数')![published]).toBe(3180);
  expect(catalog.find((r) => r[1] === '排查企业数')![published]).toBe(22448);
  const xinfang = rolled.getWorksheet('信访科')!;
  expect(xinfang.getCell('A1').value).toBe('2024年信访工作统计表');
  expect([xinfang.getCell('D3').value, xinfang.getCell('E3').value]).toEqual(['2024年', '2023年']);
  expect([xinfang.getCell('D4').value, xinfang.getCell('E4').value]).toEqual([null, 3180]);
  expect(rolled.getWorksheet('文字模板')).toBeDefined();
  expect(rolled.getWorksheet('校验规则')).toBeDefined();
});

test('learns last year’s wording from the report and replaces 文字模板 once confirmed', async ({ page }) => {
  await openSample(page);
  await tab(page, '年度').click();
  await page.getByRole('textbox', { name: '滚动沿用' }).fill(readFileSync(SEED, 'utf8'));
  await page.getByRole('button', { name: '学习上年措辞' }).click();
  await expect(page.getByTestId('learned-line')).toContainText('学到');
  await expect(page.getByTestId('learned')).toContainText('{排查企业数}');
  await page.getByTestId('learn').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'pane-learned-350.png'), fullPage: false });
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '替换文字模板' }).click();
  await expect(page.getByTestId('notice')).toHaveText('已写入：文字模板');
  await expect(page.getByTestId('learned')).toHaveCount(0);
  // The clerk's old 文字模板 is kept, hidden, not lost.
  await tab(page, '生成').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载汇编后的工作簿' }).click()]);
  const book = await workbookOf(download);
  expect(book.worksheets.filter((w) => w.name.startsWith('文字模板')).map((w) => [w.name, w.state])).toEqual(expect.arrayContaining([['文字模板', 'visible']]));
  expect(book.worksheets.some((w) => w.name !== '文字模板' && w.name.startsWith('文字模板') && w.state === 'hidden')).toBe(true);
});
