import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveDraft } from '../../electron/library/drafts';
import { openLibrary } from '../../electron/library/open';
import { TITLE_CHARS_PER_LINE } from '../../shared/export/gbt9704';
import { titleLines } from '../../shared/export/titleLines';
import { appForTests, SCREENSHOTS } from './webMode';
import type { Page } from 'playwright-core';

const text = (t: string) => ({ type: 'text', text: t, detail: 0, format: 0, mode: 'normal', style: '', version: 1 });
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ type, children, direction: null, format: '', indent: 0, version: 1, ...extra });

/** A draft of about three pages: a title, headings and paragraphs of our own invented text. */
function threePages(): string {
  // Numbers all through, so every printed line of the draft is a text of its own.
  const body = (n: number) =>
    `第${n}段：全面落实意识形态工作责任制${n}项要求，坚持把意识形态工作摆在重要位置，定期分析研判${n + 3}次，及时解决苗头性倾向性问题${n * 2}个，确保${n + 7}项工作落到实处。`;
  const children: unknown[] = [block('report-title', [text('2026年某局意识形态工作责任制落实情况报告')])];
  for (let section = 1; section <= 3; section++) {
    children.push(block('report-heading', [text(`第${section}方面工作`)], { level: 1 }));
    for (let p = 0; p < 5; p++) children.push(block('paragraph', [text(body(section * 10 + p))]));
  }
  children.push(block('report-signature', [text('中共某县财政局党组委员会')]), block('report-date', [text('2026年1月5日')]));
  return JSON.stringify({ root: block('root', children) });
}

const app = appForTests((dbPath) => {
  const library = openLibrary(dbPath);
  saveDraft(library.db, { title: '分页', content: threePages() }, '2026-01-01T00:00:00.000Z');
  library.close();
});

const boundary = (page: Page, n: number) => page.locator(`.page-boundary[data-page="${n}"]`);
/** A printed line as the editor holds its text: a heading's number is drawn, not typed. */
const typed = (line: string) => line.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．]|（\d+）)/u, '');

/** How far below page 2's boundary the line holding `wanted` starts on screen, in pixels. */
function gapAbove(page: Page, wanted: string): Promise<number> {
  return page.evaluate((text) => {
    const line = document.querySelector<HTMLElement>('.page-boundary[data-page="2"]');
    const root = document.querySelector('.report-body');
    if (!line || !root) return Number.NaN;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().top - line.getBoundingClientRect().top;
    }
    return Number.NaN;
  }, wanted);
}

describe('the page view', () => {
  it('draws where the Word file starts page 2, at the line where that text stands on screen', async () => {
    const { page } = app;
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await boundary(page, 2).waitFor({ state: 'attached' });
    const first = typed((await boundary(page, 2).getAttribute('data-first')) ?? '');
    expect(first.length).toBeGreaterThan(10);
    // The boundary's height on the page is the top of the line whose text starts page 2.
    const gap = await gapAbove(page, first);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(38.6);
    await page.locator('.page-boundary[data-page="2"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'page-view-boundary.png') });
  });

  it('moves the boundary of page 2 as the user types at the top of page 1, and the status bar follows the caret', async () => {
    const { page } = app;
    const before = typed((await boundary(page, 2).getAttribute('data-first')) ?? '');
    const total = Number(/共 (\d+) 页/u.exec((await page.locator('.page-status').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(3);
    await page.locator('.report-body .report-paragraph').first().click({ position: { x: 60, y: 8 } });
    await page.keyboard.press('Home');
    expect(await page.locator('.page-status').textContent()).toBe(`第 1 页，共 ${total} 页`);
    // Two lines' worth of committed text (an input method commits a phrase at a time).
    for (let i = 0; i < 4; i++) await page.keyboard.insertText('新增加的一句话用来推动分页边界。');
    await expect.poll(() => boundary(page, 2).getAttribute('data-first')).not.toBe(before);
    const after = typed((await boundary(page, 2).getAttribute('data-first')) ?? '');
    // Page 2 now starts two lines earlier in the text: what was two lines above the boundary.
    const joined = await page.evaluate(() => document.querySelector('.report-body')?.textContent ?? '');
    expect(joined.indexOf(after)).toBeGreaterThanOrEqual(0);
    expect(joined.indexOf(after)).toBeLessThan(joined.indexOf(before));
    await page.keyboard.press('Control+End');
    await expect.poll(() => page.locator('.page-status').textContent()).toMatch(new RegExp(`^第 (\\d+) 页，共 \\1 页$`, 'u'));
    await page.keyboard.press('Control+Home');
    await expect.poll(() => page.locator('.page-status').textContent()).toMatch(/^第 1 页/u);
    await page.screenshot({ path: join(SCREENSHOTS, 'page-view-typed.png') });
  });

  it('shows 字数统计 with the status bar’s 字数, and the pages', async () => {
    const { page } = app;
    await page.waitForTimeout(300);
    const status = Number(/字数 (\d+)/u.exec((await page.getByRole('button', { name: /^字数 \d+$/u }).textContent()) ?? '')?.[1]);
    await page.keyboard.press('Control+Shift+G');
    const dialog = page.getByRole('dialog', { name: '字数统计' });
    await dialog.waitFor();
    const value = async (label: string) => Number(((await dialog.locator('.word-count-row', { hasText: label }).locator('dd').first().textContent()) ?? '').replace(/,/gu, ''));
    expect(await value('字数')).toBe(status);
    const pages = Number(/共 (\d+) 页/u.exec((await page.locator('.page-status').textContent()) ?? '')?.[1]);
    expect(await value('页数')).toBe(pages);
    expect(await value('字符数（计空格）')).toBeGreaterThanOrEqual(await value('字符数（不计空格）'));
    expect(await value('段落数')).toBe(21);
    await page.screenshot({ path: join(SCREENSHOTS, 'word-count.png') });
    await page.keyboard.press('Escape');
  });

  it('breaks the title on screen where the Word file breaks it, and again as the title is typed', async () => {
    const { page } = app;
    /** The title's lines as the browser lays them out: its characters grouped by the line they stand on. */
    const screenLines = () =>
      page.evaluate(() => {
        const title = document.querySelector('.report-title');
        if (!title) return [];
        const rows = new Map<number, string>();
        const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (let i = 0; i < node.data.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const top = Math.round(range.getBoundingClientRect().top);
            rows.set(top, (rows.get(top) ?? '') + node.data[i]);
          }
        }
        return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, line]) => line);
      });
    const title = '2026年某局意识形态工作责任制落实情况报告';
    expect(await screenLines()).toEqual(titleLines(title, TITLE_CHARS_PER_LINE));
    expect(titleLines(title, TITLE_CHARS_PER_LINE)[0]).not.toMatch(/意识$/u);
    await page.locator('.report-title').click();
    await page.keyboard.press('End');
    await page.keyboard.insertText('（征求意见稿）');
    const longer = `${title}（征求意见稿）`;
    await expect.poll(screenLines).toEqual(titleLines(longer, TITLE_CHARS_PER_LINE));
    expect(await page.locator('.report-title').textContent()).toBe(longer);
    await page.locator('.report-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'page-view-title.png') });
  });

  it('sets the signature block as the Word file does, and leaves room for a seal when the draft is sealed', async () => {
    const { page } = app;
    const px = (pt: number) => (pt * 96) / 72;
    const style = (selector: string) =>
      page.locator(selector).evaluate((element) => ({ right: parseFloat(getComputedStyle(element).paddingRight), top: parseFloat(getComputedStyle(element).marginTop) }));
    const char = px(15.75);
    const line = px(28.95);
    const signature = await style('.report-signature');
    expect(signature.right / char).toBeCloseTo(2, 1);
    expect(signature.top / line).toBeCloseTo(1, 1);
    await page.locator('.report-date').click();
    await page.getByRole('button', { name: '段落角色' }).click();
    await page.getByRole('menuitemcheckbox', { name: /加盖印章/u }).click();
    await expect.poll(async () => (await style('.report-date')).right / char).toBeCloseTo(4, 1);
    expect((await style('.report-signature')).top / line).toBeCloseTo(2, 1);
    await page.locator('.report-date').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'page-view-seal.png') });
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await style('.report-date')).right / char).not.toBeCloseTo(4, 1);
  });

  it('sets a 版头 and a 版记 for the draft: shown on the page where the Word file has them, the boundaries still at their text', async () => {
    const { page } = app;
    await page.locator('.report-body .report-paragraph').first().click();
    await page.getByRole('button', { name: '段落角色' }).click();
    await page.getByRole('menuitem', { name: /版头与版记/u }).click();
    const dialog = page.getByRole('dialog', { name: '版头与版记' });
    await dialog.getByLabel('发文机关标志').fill('中共某县财政局党组');
    await dialog.getByLabel('发文字号').fill('某财党〔2026〕3号');
    await dialog.getByLabel('签发人').fill('张某某');
    await dialog.getByLabel('抄送').fill('县委宣传部，县纪委监委派驻纪检监察组');
    await dialog.getByLabel('印发机关').fill('中共某县财政局党组办公室');
    await dialog.getByLabel('印发日期').fill('2026年1月5日');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.locator('.frame-mark').textContent()).toBe('中共某县财政局党组');
    expect(await page.locator('.report-frame-colophon').textContent()).toContain('抄送：县委宣传部，县纪委监委派驻纪检监察组。');
    // Page 2 now starts later in the text (the 版头 takes eight lines of page 1), at the line where that text stands.
    const first = typed((await boundary(page, 2).getAttribute('data-first')) ?? '');
    const gap = await gapAbove(page, first);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(38.6);
    await page.locator('.report-frame-header').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'page-view-header.png') });
    // The 版记 ends its page: the last page's boundary stands above its blank lines, its number below it.
    const pages = Number(await page.locator('.page-layer').getAttribute('data-pages'));
    const lastBoundary = await boundary(page, pages).boundingBox();
    const colophon = await page.locator('.report-frame-colophon').boundingBox();
    expect(lastBoundary && colophon && colophon.y > lastBoundary.y).toBe(true);
    await page.locator('.report-frame-colophon').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'page-view-colophon.png') });
  });
});
