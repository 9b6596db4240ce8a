import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from './axe';
import { serveOfficeJs } from './officeJs';
import { wideBook } from './wideBook';

const SHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');
const SAMPLE = readFileSync(join(__dirname, '..', '..', 'assets', 'samples', 'baoan-2023.xlsx'));
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function start(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await serveOfficeJs(page);
  await page.goto('/taskpane.html', { waitUntil: 'domcontentloaded' });
}

/** The grid sits to the right of the pane column, from the top of the window, within it. */
async function expectGridBesidePane(page: Page, width: number): Promise<void> {
  const grid = (await page.getByTestId('sheet-view').boundingBox())!;
  const pane = (await page.getByRole('heading', { name: '汇编助手' }).boundingBox())!;
  expect(grid.x).toBeGreaterThanOrEqual(pane.x + pane.width);
  expect(grid.y).toBeLessThanOrEqual(1);
  expect(grid.x + grid.width).toBeLessThanOrEqual(width + 0.5);
  expect(grid.width).toBeGreaterThan(width - 400);
}

/** Wholly inside the window and the grid's scroll area, and not covered by its sticky headers. */
async function expectCellInView(page: Page, cell: Locator): Promise<void> {
  const box = (await cell.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
  const topmost = await cell.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const corners = [
      [r.left + 2, r.top + 2],
      [r.right - 2, r.bottom - 2],
    ];
    return corners.every(([x, y]) => el.contains(document.elementFromPoint(x, y)));
  });
  expect(topmost).toBe(true);
}

for (const width of [1100, 1440]) {
  test(`at ${width} px the grid stays beside the pane with a wide sheet, before and after a check, and shows a clicked finding's cell`, async ({ page }) => {
    await start(page, width);
    await page.getByTestId('file-input').setInputFiles({ name: '街道明细.xlsx', mimeType: XLSX, buffer: await wideBook() });
    await expect(page.getByTestId('file-name')).toHaveText('街道明细.xlsx');
    await expect(page.locator('[data-cell="B3"]')).toHaveText('第1街道');
    await expectGridBesidePane(page, width);
    await page.getByRole('button', { name: '开始核对' }).click();
    await expect(page.getByTestId('summary')).toHaveText('错误 1 项，警告 0 项，提示 0 项');
    await expectGridBesidePane(page, width);
    await page.locator('[data-check="balance"]').click();
    const cell = page.locator('[data-selected="true"]');
    await expect(cell).toHaveAttribute('data-cell', 'AF63');
    await expect(cell).toHaveText('13057');
    await expectCellInView(page, cell);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `page-wide-sheet-${width}.png`) });

    // The sample too: a finding on another sheet switches to it and shows the cell, as Excel shows it.
    await page.getByRole('button', { name: '载入示例工作簿' }).click();
    await expect(page.getByTestId('file-name')).toHaveText('baoan-2023.xlsx');
    // The street book's findings went with it: they pointed at its cells.
    await expect(page.getByTestId('summary')).toBeHidden();
    await page.getByRole('button', { name: '开始核对' }).click();
    await expect(page.getByTestId('summary')).toHaveText('错误 1 项，警告 2 项，提示 5 项');
    await expectGridBesidePane(page, width);
    await page.locator('[data-check="ratio-truncated"]').click();
    await expect(page.locator('[data-selected="true"]')).toHaveAttribute('data-cell', 'D12');
    await expect(page.locator('[data-selected="true"]')).toHaveText('99.63%');
    await expectCellInView(page, page.locator('[data-selected="true"]'));
    await page.screenshot({ path: join(SHOTS, `page-sample-${width}.png`) });
  });
}

test('at 350 px the grid stacks under the pane once a book is open, and a clicked finding brings its cell into the window', async ({ page }) => {
  await start(page, 350);
  await expect(page.getByTestId('sheet-view')).toBeHidden();
  await page.getByTestId('file-input').setInputFiles({ name: '街道明细.xlsx', mimeType: XLSX, buffer: await wideBook() });
  await page.getByRole('button', { name: '开始核对' }).click();
  await expect(page.getByTestId('summary')).toHaveText('错误 1 项，警告 0 项，提示 0 项');
  const grid = (await page.getByTestId('sheet-view').boundingBox())!;
  const finding = (await page.locator('[data-check="balance"]').boundingBox())!;
  expect(grid.y).toBeGreaterThan(finding.y);
  await page.locator('[data-check="balance"]').click();
  await expectCellInView(page, page.locator('[data-selected="true"]'));
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, 'page-stacked-350.png') });
});

test('an immediate 开始核对 after choosing a file waits for the open (正在打开…) and then runs the check', async ({ page }) => {
  // The engine's worker arrives late, so the file is certainly still opening at the click. The
  // route comes before the page: the page asks for its worker as it starts.
  await page.route('**/engine-worker.js', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await start(page, 1100);
  await expect(page.getByRole('button', { name: '开始核对' })).toBeDisabled();
  await page.getByTestId('file-input').setInputFiles({ name: 'baoan-2023.xlsx', mimeType: XLSX, buffer: SAMPLE });
  // The button comes on once the chosen file's bytes are read and the open starts; a click on it
  // while still aria-disabled would do nothing (and the check would never run).
  await expect(page.getByRole('button', { name: '开始核对' })).toBeEnabled();
  await page.getByRole('button', { name: '开始核对' }).click();
  await expect(page.getByTestId('busy')).toHaveText('正在打开文件…');
  await expect(page.getByTestId('file-name')).not.toHaveText('baoan-2023.xlsx');
  await expect(page.getByTestId('summary')).toHaveText('错误 1 项，警告 2 项，提示 5 项');
  await expect(page.getByTestId('error')).toHaveCount(0);
});

test('the keyboard: focus stays on 开始核对 after the check, tabs follow the arrow keys, the grid scrolls', async ({ page }) => {
  await start(page, 1100);
  await page.getByTestId('file-input').setInputFiles({ name: '街道明细.xlsx', mimeType: XLSX, buffer: await wideBook() });
  await expect(page.getByTestId('file-name')).toHaveText('街道明细.xlsx');
  await page.getByRole('button', { name: '开始核对' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('summary')).toBeVisible();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('重新核对');

  await page.getByRole('tab', { name: '校验' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: '生成' })).toBeFocused();
  await expect(page.getByRole('tab', { name: '生成' })).toHaveAttribute('aria-selected', 'true');

  const grid = page.getByRole('tabpanel', { name: '街道明细' });
  await grid.focus();
  await expect(grid).toBeFocused();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('End');
  await expect.poll(() => grid.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => grid.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test("the grid's columns widen by dragging their edge, and a cut label shows whole as a tooltip", async ({ page }) => {
  await start(page, 1100);
  await page.getByRole('button', { name: '载入示例工作簿' }).click();
  await page.getByRole('tab', { name: '信访科' }).click();
  const footer = page.locator('[data-cell="A10"]');
  await expect(footer).toContainText('填表人：张丽');
  const note = page.locator('[data-cell="B8"]');
  const before = (await note.boundingBox())!.width;
  const handle = page.locator('[data-resize="B"]');
  const grip = (await handle.boundingBox())!;
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(grip.x + 80, grip.y + grip.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => (await note.boundingBox())!.width).toBeGreaterThan(before + 60);
  // Narrowed below its text, a cell keeps the whole text as its tooltip.
  const narrowed = (await handle.boundingBox())!;
  await page.mouse.move(narrowed.x + narrowed.width / 2, narrowed.y + narrowed.height / 2);
  await page.mouse.down();
  await page.mouse.move(narrowed.x - 200, narrowed.y + narrowed.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(note).toHaveAttribute('title', '民诉件数');
});

test('axe finds nothing in any tab, before a workbook, after a check, and with the draft and narrative shown', async ({ page }) => {
  await start(page, 1100);
  const tabs = ['报送', '校验', '生成', '核稿', '设置'];
  const found: string[] = [];
  const sweep = async (when: string): Promise<void> => {
    for (const tab of tabs) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      found.push(...(await axeViolations(page)).map((v) => `${when}, ${tab}: ${v}`));
    }
  };
  await sweep('before a workbook');
  await page.getByRole('button', { name: '载入示例工作簿' }).click();
  await expect(page.getByTestId('file-name')).toHaveText('baoan-2023.xlsx');
  await page.getByRole('tab', { name: '校验', exact: true }).click();
  await page.getByRole('button', { name: '开始核对' }).click();
  await expect(page.getByTestId('summary')).toBeVisible();
  await page.locator('[data-check="granularity"]').click();
  await page.getByRole('tab', { name: '生成', exact: true }).click();
  await page.getByRole('button', { name: '文字说明预览' }).click();
  await expect(page.getByTestId('narrative-preview')).toBeVisible();
  await page.getByRole('tab', { name: '核稿', exact: true }).click();
  await page.getByRole('textbox', { name: '核稿' }).fill('组织排查企业22448家,发现劳资隐患4434宗,已化解4418宗,化解率99.36%。'.repeat(12));
  await page.getByRole('button', { name: '核对文稿' }).click();
  await expect(page.getByTestId('draft-marked')).toBeVisible();
  await sweep('after a check');
  expect(found).toEqual([]);
});

test('设置 names its sheet-name fields in the language of the pane', async ({ page }) => {
  await start(page, 1100);
  await page.getByRole('tab', { name: '设置' }).click();
  await expect(page.getByRole('textbox', { name: '汇总表' })).toHaveValue('汇总表');
  await expect(page.getByRole('textbox', { name: '核对结果' })).toHaveValue('核对结果');
  await expect(page.getByRole('textbox', { name: '文字说明' })).toHaveValue('文字说明');
  await page.getByTestId('language').click();
  await expect(page.getByRole('textbox', { name: 'Summary table' })).toHaveValue('汇总表');
  await expect(page.getByRole('textbox', { name: 'Narrative' })).toHaveValue('文字说明');
});
