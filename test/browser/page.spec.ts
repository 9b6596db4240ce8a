import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveOfficeJs } from './officeJs';

const SHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');
const SEED = join(__dirname, '..', '..', 'assets', 'samples', '2023-baoan-hr-rule-of-law-report.txt');

async function openSample(page: Page): Promise<void> {
  await serveOfficeJs(page);
  await page.goto('/taskpane.html', { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: '载入示例工作簿' }).click();
  await expect(page.getByTestId('file-name')).toHaveText('baoan-2023.xlsx');
}

async function runCheck(page: Page): Promise<void> {
  await page.getByRole('button', { name: '开始核对' }).click();
  await expect(page.getByTestId('summary')).toHaveText('错误 1 项，警告 2 项，提示 5 项');
}

test('loads the sample, checks it, and a click on a finding highlights its cell in the grid', async ({ page }) => {
  await openSample(page);
  await runCheck(page);
  const truncated = page.locator('[data-check="ratio-truncated"]');
  await expect(truncated).toContainText('99.63%');
  await expect(truncated).toContainText('99.64%');
  const granularity = page.locator('[data-check="granularity"]');
  await expect(granularity).toContainText('96.23%');
  await granularity.click();
  const selected = page.locator('[data-selected="true"]');
  await expect(selected).toHaveAttribute('data-cell', 'D7');
  await expect(selected).toHaveText('96.23%');
  await expect(page.getByRole('tab', { name: '信访科' })).toHaveAttribute('aria-selected', 'true');
  await truncated.click();
  await expect(page.locator('[data-selected="true"]')).toHaveAttribute('data-cell', 'D12');
  await expect(page.getByRole('tab', { name: '劳动监察大队' })).toHaveAttribute('aria-selected', 'true');
});

test('compiles, and the downloaded workbook and Word document hold the figures', async ({ page }) => {
  await openSample(page);
  await page.getByRole('tab', { name: '生成' }).click();
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载汇编后的工作簿' }).click()]);
  expect(xlsx.suggestedFilename()).toBe('baoan-2023-汇编.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync((await xlsx.path())!) as unknown as ExcelJS.Buffer);
  const summary = book.getWorksheet('汇总表')!;
  const rows: Record<string, unknown> = {};
  summary.eachRow((row) => (rows[String(row.getCell(2).value)] = row.getCell(4).value));
  expect(rows['排查企业数']).toBe(22448);
  expect(rows['劳资隐患化解率']).toBe(99.63);
  expect(rows['线上线下培训人次']).toBe(263000);
  const narrative: string[] = [];
  book.getWorksheet('文字说明')!.eachRow((row) => narrative.push(String(row.getCell(1).value)));
  expect(narrative.join('\n')).toContain('组织排查企业22448家,发现劳资隐患4434宗,已化解4418宗,化解率99.63%。');
  expect(book.getWorksheet('核对结果')).toBeDefined();
  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载Word文档' }).click()]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  const zip = await JSZip.loadAsync(readFileSync((await docx.path())!));
  expect(await zip.file('word/document.xml')!.async('string')).toContain('线上线下共培训26.3万人次');
});

test('switches to English', async ({ page }) => {
  await openSample(page);
  await page.getByRole('tab', { name: '设置' }).click();
  await page.getByTestId('language').click();
  await expect(page.getByRole('tab', { name: 'Check' })).toBeVisible();
  await page.getByRole('tab', { name: 'Check' }).click();
  await page.getByRole('button', { name: 'Run check' }).click();
  await expect(page.getByTestId('summary')).toHaveText('1 error, 2 warnings, 5 infos');
  await expect(page.locator('[data-check="ratio-truncated"]')).toContainText('the figure was truncated');
});

test('opens a broken file and says why in one line', async ({ page }) => {
  await serveOfficeJs(page);
  await page.goto('/taskpane.html', { waitUntil: 'domcontentloaded' });
  // A picture renamed .xls (an HTML table named .xls is read since issue 10: see the next test).
  await page.getByTestId('file-input').setInputFiles({ name: '报表.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
  const error = page.getByTestId('open-error');
  await expect(error).toHaveText('无法处理：报表.xls：不是Excel或WPS表格文件（支持.xlsx、.xlsm、.xlsb、.xls、.et、.ods、.csv和另存为.xls的网页表格）。');
  expect((await error.innerText()).split('\n')).toHaveLength(1);
});

test('opens what departments send besides .xlsx: an HTML table named .xls, a GBK CSV', async ({ page }) => {
  await serveOfficeJs(page);
  await page.goto('/taskpane.html', { waitUntil: 'domcontentloaded' });
  const html = '<html><body><table><tr><td>指标名称</td><td>本年数</td></tr><tr><td>来信件数</td><td>#REF!</td></tr></table></body></html>';
  await page.getByTestId('file-input').setInputFiles({ name: '信访科.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from(html) });
  await expect(page.getByTestId('file-name')).toHaveText('信访科.xls');
  // 指标名称,本年数 / 来信件数,3180 in GBK, as Excel on Chinese Windows saves a CSV.
  const gbk = Buffer.from('d6b8b1eac3fbb3c62cb1bec4eacafd0d0ac0b4d0c5bcfecafd2c333138300d0a', 'hex');
  await page.getByTestId('file-input').setInputFiles({ name: '信访科.csv', mimeType: 'text/csv', buffer: gbk });
  await expect(page.getByTestId('file-name')).toHaveText('信访科.csv');
  await expect(page.getByTestId('open-error')).toHaveCount(0);
});

test('opens a dropped file', async ({ page }) => {
  await serveOfficeJs(page);
  await page.goto('/taskpane.html', { waitUntil: 'domcontentloaded' });
  const bytes = [...readFileSync(join(__dirname, '..', '..', 'assets', 'samples', 'baoan-2023.xlsx'))];
  await page.getByTestId('drop-zone').evaluate((zone, data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], '拖入的.xlsx'));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, bytes);
  await expect(page.getByTestId('file-name')).toHaveText('拖入的.xlsx');
});

test('checks the 2023 report as a draft against the sample', async ({ page }) => {
  await openSample(page);
  await page.getByRole('tab', { name: '核稿' }).click();
  await page.getByRole('textbox', { name: '核稿' }).fill(readFileSync(SEED, 'utf8'));
  await page.getByRole('button', { name: '核对文稿' }).click();
  await expect(page.getByText('共 38 个数字，对上 37 个，错误 1 项')).toBeVisible();
  await expect(page.locator('[data-check="text-granularity"]')).toContainText('96.23%');
});

test('looks right at 350 px: a screenshot of every tab', async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 350, height: 900 });
  await openSample(page);
  await runCheck(page);
  for (const [tab, name] of [['校验', 'checks'], ['报送', 'submissions'], ['生成', 'outputs'], ['核稿', 'draft'], ['设置', 'settings']] as const) {
    await page.getByRole('tab', { name: tab, exact: true }).first().click();
    if (name === 'outputs') {
      await page.getByRole('button', { name: '文字说明预览' }).click();
      await expect(page.getByTestId('narrative-preview')).toBeVisible();
    }
    if (name === 'draft') {
      await page.getByRole('textbox', { name: '核稿' }).fill('组织排查企业22448家,发现劳资隐患4434宗,已化解4418宗,化解率99.36%。国满件群众评价满意率为96.23%。');
      await page.getByRole('button', { name: '核对文稿' }).click();
      await expect(page.getByTestId('draft-marked')).toBeVisible();
    }
    await page.screenshot({ path: join(SHOTS, `pane-${name}-350.png`), fullPage: false });
  }
});

test('keeps every byte on the machine: no request leaves localhost but office.js itself', async ({ page }) => {
  const hosts = new Set<string>();
  page.on('request', (r) => hosts.add(new URL(r.url()).host));
  await openSample(page);
  await runCheck(page);
  await page.getByRole('tab', { name: '生成' }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载汇编后的工作簿' }).click()]);
  expect([...hosts].filter((h) => !h.startsWith('localhost:') && h !== 'appsforoffice.microsoft.com')).toEqual([]);
});

test('serves the pane with a strict Content Security Policy and no inline script', async ({ page }) => {
  const html = readFileSync(join(__dirname, '..', '..', 'dist', 'web', 'taskpane.html'), 'utf8');
  const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);
  const violations: string[] = [];
  page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
  await openSample(page);
  await runCheck(page);
  expect(violations).toEqual([]);
});
