import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startWebMode, type WebMode } from './webMode';

let web: WebMode;
let browser: Browser;
let page: Page;
const requested: string[] = [];
const screenshots = resolve(import.meta.dirname, '../../test-results');

beforeAll(async () => {
  web = await startWebMode();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(web.url);
  mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
});

const editor = () => page.getByRole('textbox', { name: '正文' });
const status = () => page.getByRole('status');

describe('web mode, end to end in Chromium', () => {
  it('shows the three-pane layout in Chinese with an empty draft', async () => {
    await expect.poll(() => page.getByRole('toolbar', { name: '工具栏' }).count()).toBe(1);
    const tabs = page.getByRole('tablist', { name: '素材' }).getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(['骨架', '短语', '段落库', '大纲', '检查']);
    expect(await editor().getAttribute('aria-multiline')).toBe('true');
    await expect.poll(() => status().textContent()).toContain('字数 0');
    await page.screenshot({ path: resolve(screenshots, 'web-mode-empty.png') });
  });

  it('lists the built-in skeleton and the stock phrases from the library', async () => {
    await page.getByRole('button', { name: '意识形态工作责任制落实情况报告' }).waitFor();
    await page.getByRole('tab', { name: '短语' }).click();
    for (const phrase of ['“一岗双责”', '同部署、同落实、同检查、同考核', '弘扬主旋律，传播正能量']) {
      await page.getByRole('button', { name: phrase, exact: true }).waitFor();
    }
  });

  it('inserts a clicked phrase at the caret', async () => {
    await editor().click();
    await page.keyboard.type('要坚持');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('button', { name: '弘扬主旋律，传播正能量', exact: true }).click();
    await expect.poll(() => editor().textContent()).toBe('要弘扬主旋律，传播正能量坚持');
    await expect.poll(() => status().textContent()).toContain('字数 14');
  });

  it('inserts at the browser’s caret even when the click comes before Lexical has heard the caret move', async () => {
    // The caret moved and the phrase clicked in one task: no selectionchange has reached Lexical yet,
    // as happens on a loaded machine when the click outruns it.
    await page.evaluate(() => {
      const root = document.querySelector('.report-body');
      const text = root ? document.createTreeWalker(root, NodeFilter.SHOW_TEXT).nextNode() : null;
      if (!text) throw new Error('no text');
      const range = document.createRange();
      range.setStart(text, 1);
      range.collapse(true);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      [...document.querySelectorAll('button')].find((b) => b.textContent === '弘扬主旋律，传播正能量')?.click();
    });
    await expect.poll(() => editor().textContent()).toBe('要弘扬主旋律，传播正能量弘扬主旋律，传播正能量坚持');
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor().textContent()).toBe('要弘扬主旋律，传播正能量坚持');
  });

  it('inserts a skeleton as numbered headings', async () => {
    await page.getByRole('tab', { name: '骨架' }).click();
    await page.getByRole('button', { name: '意识形态工作责任制落实情况报告' }).click();
    const numbers = await page
      .locator('[data-level="1"]')
      .evaluateAll((nodes) => nodes.map((n) => `${(n as HTMLElement).dataset.number}${n.textContent}`));
    expect(numbers).toEqual(['一、工作开展情况', '二、存在的问题', '三、下一步工作打算']);
    await page.screenshot({ path: resolve(screenshots, 'web-mode-skeleton.png') });
  });

  it('autosaves the draft to the library, so a reload shows it again', async () => {
    await expect.poll(() => status().textContent(), { timeout: 5000 }).toContain('已保存');
    const before = await editor().textContent();
    await page.reload();
    await expect.poll(() => editor().textContent()).toBe(before);
  });

  it('leaves keys to a Chinese IME while it composes: no shortcut fires mid-composition', async () => {
    await editor().click();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'yishi', selectionStart: 5, selectionEnd: 5 });
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+o');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await cdp.send('Input.insertText', { text: '一是' });
    await expect.poll(() => editor().textContent()).toContain('一是');
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.getByRole('dialog', { name: '快速插入' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await cdp.detach();
  });

  it('makes no request outside 127.0.0.1', () => {
    const origin = new URL(web.url).origin;
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(origin + '/') && !url.startsWith('data:'))).toEqual([]);
  });
});
