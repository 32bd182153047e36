import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillWithSyntheticParagraphs } from '../../electron/cli/bench/searchBench';
import { openLibrary } from '../../electron/library/open';
import { launchChromium, startWebMode, type WebMode } from './webMode';

let web: WebMode;
let browser: Browser;
let page: Page;
const screenshots = resolve(import.meta.dirname, '../../test-results');

beforeAll(async () => {
  web = await startWebMode((dbPath) => {
    const library = openLibrary(dbPath);
    fillWithSyntheticParagraphs(library, 3000);
    library.close();
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  await page.goto(web.url);
  page.setDefaultTimeout(10_000);
  await page.getByRole('tab', { name: '段落库' }).click();
  mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
});

const searchbox = () => page.getByRole('searchbox', { name: '搜索段落库' });
const results = () => page.getByRole('list', { name: '搜索结果' });
const count = () => page.locator('.library-count');

describe('the paragraph library in web mode', () => {
  it('finds one- and two-character queries as you type, with the match highlighted', async () => {
    await searchbox().fill('舆');
    await expect.poll(() => count().textContent()).toMatch(/共 \d+ 段/);
    await searchbox().fill('舆情');
    await expect.poll(() => results().locator('mark').first().textContent()).toBe('舆情');
    const total = Number(/共 (\d+) 段/.exec((await count().textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(200);
    // Rows are measured after they render; let the list settle before a person looks at it.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.screenshot({ path: resolve(screenshots, 'library-search.png') });
  });

  it('renders only what is on screen and loads further pages while scrolling', async () => {
    const rendered = await results().getByRole('listitem').count();
    expect(rendered).toBeLessThan(40);
    await page.locator('.library-results').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const last = Number(/共 (\d+) 段/.exec((await count().textContent()) ?? '')?.[1]) - 1;
    await expect.poll(async () => page.locator(`[data-index="${last}"] .hit-text`).count(), { timeout: 10_000 }).toBe(1);
  });

  it('inserts the chosen result into the draft with Enter and counts the use', async () => {
    await searchbox().fill('乡村振兴 医保');
    const top = results().locator('[data-index="0"]');
    await expect.poll(() => top.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['乡村振兴', '医保']));
    const first = (await top.locator('.hit-text').textContent()) ?? '';
    await searchbox().press('Enter');
    const editor = page.getByRole('textbox', { name: '正文' });
    await expect.poll(() => editor.textContent()).toContain(first.replace(/^…|…$/gu, '').slice(0, 20));
    await expect.poll(() => top.textContent()).toContain('用过 1 次');
  });

  it('filters to favourites after starring one', async () => {
    await searchbox().fill('宣传');
    await expect.poll(() => results().locator('[data-index="0"] mark').first().textContent()).toBe('宣传');
    await results().locator('[data-index="0"]').getByRole('button', { name: '收藏' }).click();
    await page.getByLabel('只看收藏').check();
    await expect.poll(() => count().textContent()).toBe('共 1 段');
    await page.getByLabel('只看收藏').uncheck();
  });

  it('edits a paragraph and moves one to the trash with undo', async () => {
    await searchbox().fill('网络安全检查');
    await expect.poll(() => results().locator('[data-index="0"] mark').first().textContent()).toBe('网络安全检查');
    await results().locator('[data-index="0"]').getByRole('button', { name: '编辑' }).click();
    const dialog = page.getByRole('dialog', { name: '编辑段落' });
    await dialog.getByLabel('段落内容').fill('这是编辑后独一无二的段落内容，网络安全检查全覆盖。');
    await dialog.getByRole('button', { name: '保存' }).click();
    await searchbox().fill('独一无二');
    await expect.poll(() => count().textContent()).toBe('共 1 段');

    await results().locator('[data-index="0"]').getByRole('button', { name: '编辑' }).click();
    await dialog.getByRole('button', { name: '移到回收站' }).click();
    await page.getByRole('alertdialog', { name: '请确认' }).getByRole('button', { name: '确定' }).click();
    await expect.poll(() => count().textContent()).toContain('没有找到');
    await page.locator('.library-notice').getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => count().textContent()).toBe('共 1 段');

    await results().locator('[data-index="0"]').getByRole('button', { name: '编辑' }).click();
    await dialog.getByRole('button', { name: '移到回收站' }).click();
    await page.getByRole('alertdialog', { name: '请确认' }).getByRole('button', { name: '确定' }).click();
    // The edit dialog closes once the paragraph is in the trash; a click before that lands on its overlay.
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '回收站', exact: true }).click();
    const trash = page.getByRole('list', { name: '回收站' });
    await trash.getByRole('button', { name: '恢复' }).first().click();
    await page.getByRole('button', { name: '返回搜索' }).click();
    await expect.poll(() => count().textContent()).toBe('共 1 段');
  });

  it('saves selected draft text to the library with Ctrl+Shift+S or the context menu', async () => {
    const editor = page.getByRole('textbox', { name: '正文' });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('局党组全年专题研究意识形态工作四次。');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+Shift+S');
    const dialog = page.getByRole('dialog', { name: '保存到段落库' });
    await expect.poll(() => dialog.getByLabel('段落内容').inputValue()).toBe('局党组全年专题研究意识形态工作四次。');
    await dialog.getByLabel('标签（用逗号分隔）').fill('常用，会议');
    await dialog.getByRole('button', { name: '保存' }).click();
    await searchbox().fill('专题研究意识形态');
    await expect.poll(() => count().textContent()).toBe('共 1 段');

    await editor.click();
    await page.keyboard.press('Shift+Home');
    await editor.click({ button: 'right' });
    await page.getByRole('menuitem', { name: /保存到段落库/ }).click();
    await dialog.getByRole('button', { name: '取消' }).click();
  });
});
