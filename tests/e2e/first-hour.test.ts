import { join } from 'node:path';
import type { CDPSession, Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForTests, clickAtEnd, SCREENSHOTS } from './webMode';

// Issue 29: the first hour, round two — each point as a new user met it, on the exact input path.
const app = appForTests();

const editor = () => app.page.getByRole('textbox', { name: '正文' });
let cdp: CDPSession | undefined;
const session = async () => (cdp ??= await app.page.context().newCDPSession(app.page));
/** Committed text, as an input method commits it. */
const type = async (text: string) => (await session()).send('Input.insertText', { text });
/** An input method's composition: pinyin shown, then the word committed. */
async function compose(pinyin: string, word: string): Promise<void> {
  const cdpSession = await session();
  for (let i = 1; i <= pinyin.length; i++) {
    await cdpSession.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
  }
  await cdpSession.send('Input.imeSetComposition', { text: word, selectionStart: word.length, selectionEnd: word.length });
  await cdpSession.send('Input.insertText', { text: word });
}
const draftCount = () =>
  app.page.evaluate(async () => {
    const response = await fetch('api/drafts:list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const result = (await response.json()) as { ok: boolean; value: unknown[] };
    return result.value.length;
  });
const shot = (name: string) => app.page.screenshot({ path: join(SCREENSHOTS, name) });

async function atSize<T>(run: () => Promise<T>): Promise<T> {
  await app.page.setViewportSize({ width: 1024, height: 768 });
  try {
    return await run();
  } finally {
    await app.page.setViewportSize({ width: 1360, height: 900 });
  }
}

/** 新建文稿 with the mouse for a unit; resolves once the dialog has closed. */
async function create(unit: string, year = '2026'): Promise<Locator> {
  await app.page.getByRole('button', { name: '新建文稿' }).click();
  const dialog = app.page.getByRole('dialog', { name: '新建文稿' });
  await dialog.getByLabel('文种').selectOption({ label: '意识形态工作责任制落实情况报告' });
  await dialog.getByLabel('单位名称').fill(unit);
  await dialog.getByLabel('年度', { exact: true }).fill(year);
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  return dialog;
}

describe('issue 29: the first hour, round two', () => {
  it('1. 新建文稿 with a long unit name makes the report, once, for titles of 20–120 characters', async () => {
    const errors: string[] = [];
    app.page.on('pageerror', (e) => errors.push(e.message));
    app.page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await create('县委宣传部');
    await editor().click();
    await app.page.keyboard.press('Control+End');
    await type('这是打开着的文稿里写下的一句话。');
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: '已保存' }).count()).toBe(1);
    const before = await draftCount();

    const long = '中共某某市委宣传与影视发展部机关党支部委员会';
    await atSize(async () => {
      await create(long);
      const title = `2026年${long}落实意识形态工作责任制情况报告`;
      await expect.poll(() => app.page.locator('.report-title').textContent()).toBe(title);
      await app.page.locator('.page-scroll').evaluate((el) => el.scrollTo(0, 0));
      await shot('29-1-long-unit.png');
    });
    expect(await editor().textContent()).not.toContain('这是打开着的文稿里写下的一句话。');
    await expect.poll(draftCount).toBe(before + 1);

    // Units from 1 to 100 characters: titles from about 20 to 120 characters.
    const filler = '某某市委宣传与影视发展部机关党支部委员会';
    for (const length of [1, 8, 15, 30, 45, 60, 80, 100]) {
      const unit = `中共${filler.repeat(6)}`.slice(0, length);
      const count = await draftCount();
      await create(unit);
      await expect.poll(() => app.page.locator('.report-title').textContent()).toBe(`2026年${unit}落实意识形态工作责任制情况报告`);
      await expect.poll(draftCount).toBe(count + 1);
    }
    expect(errors).toEqual([]);
  });
});
