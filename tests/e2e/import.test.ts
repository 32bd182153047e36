import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRunInDocx } from '../fixtures/docx';
import { launchChromium, startWebMode, type WebMode } from './webMode';

let web: WebMode;
let browser: Browser;
let page: Page;
const fixtures = resolve(import.meta.dirname, '../fixtures/reports');
const screenshots = resolve(import.meta.dirname, '../../test-results');
const files: string[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wengao-e2e-files-'));
  writeFileSync(join(dir, '档案馆总结.docx'), await buildRunInDocx());
  writeFileSync(join(dir, '旧报告.doc'), 'legacy word file');
  files.push(
    ...readdirSync(fixtures).map((f) => join(fixtures, f)),
    join(dir, '档案馆总结.docx'),
    join(dir, '旧报告.doc'),
  );
  web = await startWebMode();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  await page.goto(web.url);
  mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
});

const dialog = () => page.getByRole('dialog', { name: '导入报告' });
/** Every picked file but the legacy .doc, which is refused. */
const readable = () => files.length - 1;

describe('importing reports in web mode', () => {
  it('previews every picked file with its outline, and explains the one it cannot read', async () => {
    // Ctrl+O is listened for once the app has settled (the draft is loaded).
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已保存');
    await page.keyboard.press('Control+o');
    await dialog().getByTestId('import-files').setInputFiles(files);
    await dialog().getByRole('button', { name: `导入 ${readable()} 份报告` }).waitFor({ timeout: 20_000 });
    await expect.poll(() => dialog().getByRole('alert').textContent()).toContain('请另存为 .docx 后导入');
    expect(await dialog().getByText('2024年县档案馆意识形态工作总结', { exact: true }).count()).toBe(1);
    expect(await dialog().locator('mark').count()).toBeGreaterThan(3);
    await page.screenshot({ path: resolve(screenshots, 'import-preview.png') });
  });

  it('imports them, summarises, and the imported skeletons appear in the sidebar', async () => {
    await dialog().getByRole('button', { name: `导入 ${readable()} 份报告` }).click();
    const summary = dialog().getByRole('status');
    await expect.poll(() => summary.textContent(), { timeout: 20_000 }).toContain(`新增报告 ${readable()} 份`);
    expect(await summary.textContent()).toContain('旧报告.doc');
    await page.screenshot({ path: resolve(screenshots, 'import-summary.png') });
    await dialog().getByRole('button', { name: '关闭' }).last().click();
    // Imported outlines sit in their own group, closed until the user opens it.
    await page.getByText(/^导入的提纲（\d+）$/u).click();
    await page.getByRole('button', { name: '城关镇人民政府关于2024年意识形态工作责任制落实情况的报告', exact: true }).waitFor();
  });

  it('imports nothing twice', async () => {
    await page.getByRole('button', { name: '导入' }).click();
    await dialog().getByTestId('import-files').setInputFiles(files.slice(0, 1));
    await dialog().getByText('素材库中已有这份报告，不会重复导入。').waitFor();
    expect(await dialog().getByRole('button', { name: '没有可导入的报告' }).isDisabled()).toBe(true);
  });
});
