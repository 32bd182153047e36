import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startWebMode, type WebMode } from './webMode';
import type { Browser, Page } from 'playwright-core';

const fixture = resolve(import.meta.dirname, '../fixtures/reports/utf8-bad-bytes.txt');
const screenshots = resolve(import.meta.dirname, '../../test-results');
let web: WebMode;
let app: { browser: Browser; page: Page };

beforeAll(async () => {
  web = await startWebMode();
  app = await openApp(web);
  mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
  await app?.browser.close();
  await web?.stop();
});

describe('the import preview and the encoding of a downloaded .txt', () => {
  it('reads a UTF-8 file with a bad byte as UTF-8, says where, and re-previews in the encoding the user chooses', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog', { name: '导入报告' });
    await dialog.getByTestId('import-files').setInputFiles(fixture);
    await dialog.getByText('2025年某县文化馆工作总结', { exact: true }).waitFor();
    const choice = dialog.getByRole('combobox', { name: /编码/u });
    expect(await choice.inputValue()).toBe('utf-8');
    expect(await dialog.getByRole('note').textContent()).toContain('文件第 6、15 行有几个无法识别的字节');
    await page.screenshot({ path: resolve(screenshots, 'import-encoding-utf8.png') });

    await choice.selectOption('gb18030');
    await dialog.getByText(/看起来像乱码/u).waitFor();
    expect(await dialog.getByText('2025年某县文化馆工作总结', { exact: true }).count()).toBe(0);
    await page.screenshot({ path: resolve(screenshots, 'import-encoding-gb18030.png') });

    await choice.selectOption('utf-8');
    await dialog.getByText('2025年某县文化馆工作总结', { exact: true }).waitFor();
    expect(await dialog.getByText(/看起来像乱码/u).count()).toBe(0);
  });
});
