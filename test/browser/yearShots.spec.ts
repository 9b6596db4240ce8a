import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from './axe';
import { serveOfficeJs } from './officeJs';

const SHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');

test('the 年度 tab and the 处理意见 editor fit 350 px, with no axe violation', async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 350, height: 900 });
  await serveOfficeJs(page);
  await page.goto('/taskpane.html', { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: '载入示例工作簿' }).click();
  await expect(page.getByTestId('file-name')).toHaveText('baoan-2023.xlsx');
  // Six tabs on one line at 350 px.
  const tabs = page.getByRole('tablist', { name: '汇编助手' }).getByRole('tab');
  await expect(tabs).toHaveCount(6);
  const tops = await tabs.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  await page.getByRole('tab', { name: '年度' }).click();
  await expect(page.getByTestId('rollover')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
  await page.getByTestId('forms').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'pane-year-350.png'), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('tab', { name: '校验', exact: true }).click();
  await page.getByRole('button', { name: '开始核对' }).click();
  await expect(page.getByTestId('summary')).toContainText('错误');
  await page.getByRole('button', { name: '处理意见…' }).first().click();
  await expect(page.getByRole('textbox', { name: '处理意见' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
  await page.screenshot({ path: join(SHOTS, 'pane-accept-editor-350.png'), fullPage: false });
  expect(await axeViolations(page)).toEqual([]);
});

test('the six tabs fit 350 px in English too', async ({ page }) => {
  await page.setViewportSize({ width: 350, height: 900 });
  await serveOfficeJs(page);
  await page.goto('/taskpane.html?lang=en', { waitUntil: 'domcontentloaded' });
  const tabs = page.getByRole('tablist', { name: 'Huibian' }).getByRole('tab');
  await expect(tabs).toHaveText(['Sheets', 'Check', 'Write', 'Draft', 'Year', 'Settings']);
  const boxes = await tabs.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), right: r.right })));
  expect(new Set(boxes.map((b) => b.top)).size).toBe(1);
  expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(350);
  await page.getByRole('tab', { name: 'Year' }).click();
  await page.screenshot({ path: join(SHOTS, 'pane-year-en-350.png'), fullPage: false });
});
