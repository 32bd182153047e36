import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startWebMode, type WebMode } from './webMode';
import type { Browser, Page } from 'playwright-core';

const fixture = resolve(import.meta.dirname, '../fixtures/reports/utf8-bad-bytes.txt');
const glued = resolve(import.meta.dirname, '../fixtures/reports/robust-parallel-siblings.txt');
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

  it('marks the headings whose end was guessed and lets the user move the boundary, then imports the report as corrected', async () => {
    const { page } = app;
    const dialog = page.getByRole('dialog', { name: '导入报告' });
    if (!(await dialog.isVisible())) await page.getByRole('button', { name: '导入' }).click();
    for (const remove of await dialog.getByRole('button', { name: '移除' }).all()) await remove.click();
    await dialog.getByTestId('import-files').setInputFiles(glued);
    await dialog.getByText('2025年某市生态环境局工作总结', { exact: true }).waitFor();
    expect(await dialog.getByText('分界为推测').count()).toBe(2);
    const heading = dialog.locator('.outline-heading', { hasText: '多措并举推动执法监管提质' });
    await heading.getByRole('button', { name: /少一个字/u }).focus();
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: /^标题“多措并举推动执法监管提”少一个字/u }).waitFor();
    await dialog.getByText('质全面推行“双随机、一公开”监管', { exact: false }).waitFor();
    await page.screenshot({ path: resolve(screenshots, 'import-guessed-boundary.png') });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: /^标题“多措并举推动执法监管提质”多一个字/u }).waitFor();
    await dialog.getByRole('button', { name: '导入 1 份报告' }).click();
    await dialog.getByText('导入完成').waitFor();
  });
});
