import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveDraft } from '../../electron/library/drafts';
import { openLibrary } from '../../electron/library/open';
import { appForTests, openContinueDialog, SCREENSHOTS } from './webMode';

const text = (t: string) => ({ type: 'text', text: t, detail: 0, format: 0, mode: 'normal', style: '', version: 1 });
const block = (type: string, t: string, extra: Record<string, unknown> = {}) => ({ type, children: [text(t)], direction: null, format: '', indent: 0, version: 1, ...extra });

/** Last year's report of one unit, our own invented text. */
const lastYear = JSON.stringify({
  root: {
    type: 'root',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [
      block('report-title', '某县财政局2025年意识形态工作总结'),
      block('paragraph', '2025年以来，我局坚持把意识形态工作摆在重要位置，2018年以来连续开展专题学习。'),
      block('report-heading', '2025年工作情况', { level: 1 }),
      block('paragraph', '全年召开专题会议36次，培训干部120余名，投入资金2,315.6万元。'),
      block('report-heading', '2026年工作打算', { level: 1 }),
      block('report-heading', '建设融媒体文旅专栏', { level: 2 }),
      block('paragraph', '2026年，我局将重点开展培训6期。'),
    ],
  },
});

const app = appForTests((dbPath) => {
  const library = openLibrary(dbPath);
  saveDraft(library.db, { title: '某县财政局2025年意识形态工作总结', content: lastYear }, '2026-01-01T00:00:00.000Z');
  library.close();
});

describe('续写: this year’s report from last year’s', () => {
  it('makes the 2026 report from the 2025 one: years moved on, historic years kept, last year’s figures as fields to fill in', async () => {
    const { page } = app;
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    const dialog = await openContinueDialog(page, '2026');
    expect(await dialog.getByLabel('往年的报告').inputValue()).not.toBe('');
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => page.locator('.report-title').textContent()).toBe('某县财政局2026年意识形态工作总结');
    const body = (await page.locator('.report-body').textContent()) ?? '';
    expect(body).toContain('2026年以来');
    expect(body).toContain('2018年以来');
    expect(body).toContain('2027年工作打算');
    expect(body).toContain('2027年，我局将');
    expect(await page.locator('.report-body .report-field').allTextContents()).toEqual(['36次', '120余名', '2,315.6万元', '6期']);
    // Each field says what it stood for last year, as the pointer rests on it.
    expect(await page.locator('.report-body .report-field').first().getAttribute('title')).toMatch(/^上年：36次。/u);
    expect(await page.getByText(/已改年份 5 处/u).count()).toBeGreaterThan(0);
    // 沿用上年: last year's body paragraphs are marked until edited.
    expect(await page.locator('.report-body .report-paragraph.carried').count()).toBe(3);
    await page.screenshot({ path: join(SCREENSHOTS, 'continuation.png') });
    const first = page.locator('.report-body .report-paragraph.carried').first();
    await first.click();
    await page.keyboard.press('End');
    await page.keyboard.insertText('今年又有新进展');
    await expect.poll(() => page.locator('.report-body .report-paragraph.carried').count()).toBe(2);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.report-body .report-paragraph.carried').count()).toBe(3);
    // Last year's plans are this year's checklist: one not yet reported on gets a stub to fill in.
    await page.getByRole('tab', { name: /检查/u }).click();
    await expect.poll(() => page.locator('.last-year-plans summary').textContent()).toMatch(/^上年打算：已写到 \d \/ 2 项$/u);
    await page.getByRole('button', { name: '在相关标题下插入“建设融媒体文旅专栏”的进展' }).click();
    await expect.poll(() => page.locator('.report-body').textContent()).toContain('建设融媒体文旅专栏：进展情况。');
    // The other plan (培训) is spoken of only in last year's copied text, still 沿用上年: not yet reported on (issue 29, 5).
    await expect.poll(() => page.locator('.last-year-plans summary').textContent()).toBe('上年打算：已写到 1 / 2 项');
    await page.screenshot({ path: join(SCREENSHOTS, 'continuation-plans.png') });
    // The earlier report is untouched: it is still in the list under its own title.
    await page.getByRole('button', { name: '文稿', exact: true }).click();
    expect(await page.getByRole('list', { name: '最近的文稿' }).getByText('某县财政局2025年意识形态工作总结').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
  });

  it('lists each year it changed in 检查: one taken back (and undone), then all kept', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /检查/u }).click();
    const changes = page.locator('.year-changes');
    page.on('console', (m) => console.log('CONSOLE', m.type(), m.text().slice(0, 300)));
    page.on('pageerror', (e) => console.log('PAGEERROR', e.message.slice(0, 300)));
    await expect.poll(() => changes.locator('summary').textContent()).toMatch(/^已改年份 5 处/u);
    expect(await page.locator('.report-body .report-year-change').count()).toBe(5);
    await changes.getByRole('button', { name: /^把“.*某县财政局2026年意识形态.*”中的 2026 改回 2025$/u }).click();
    await expect.poll(() => page.locator('.report-title').textContent()).toBe('某县财政局2025年意识形态工作总结');
    await expect.poll(() => changes.locator('summary').textContent()).toMatch(/^已改年份 4 处/u);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.report-title').textContent()).toBe('某县财政局2026年意识形态工作总结');
    await page.screenshot({ path: join(SCREENSHOTS, 'continuation-years.png') });
    await changes.getByRole('button', { name: '全部确认' }).click();
    await expect.poll(() => page.locator('.year-changes').count()).toBe(0);
    expect(await page.locator('.report-body .report-year-change').count()).toBe(0);
    expect(await page.locator('.report-title').textContent()).toBe('某县财政局2026年意识形态工作总结');
  });

  it('keeps every character typed through an IME over a field and inside a changed year', async () => {
    const { page } = app;
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const dialog = await openContinueDialog(page, '2026');
    await dialog.getByLabel('往年的报告').selectOption({ label: '某县财政局2025年意识形态工作总结' });
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => page.locator('.report-body .report-year-change').count()).toBe(5);
    const cdp = await page.context().newCDPSession(page);
    const compose = async (pinyin: string, word: string) => {
      await cdp.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
      await cdp.send('Input.imeSetComposition', { text: word, selectionStart: word.length, selectionEnd: word.length });
      await cdp.send('Input.insertText', { text: word });
    };
    // Tab selects the first field (last year's 36次); the composed words replace it.
    await page.locator('.report-body .report-paragraph').first().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Tab');
    await compose('sishiercidi', '四十二次');
    await expect.poll(() => page.locator('.report-body').textContent()).toContain('全年召开专题会议四十二次，培训干部');
    expect(await page.locator('.report-body .report-field').allTextContents()).toEqual(['120余名', '2,315.6万元', '6期']);
    // The caret inside the title's changed year: the composed word goes where the caret is, the year is the writer's now.
    await page.locator('.report-title .report-year-change').evaluate((year) => {
      const text = year.firstChild;
      if (text) window.getSelection()?.setBaseAndExtent(text, 2, text, 2);
    });
    await compose('du', '度');
    await expect.poll(() => page.locator('.report-title').textContent()).toBe('某县财政局20度26年意识形态工作总结');
    expect(await page.locator('.report-body .report-year-change').count()).toBe(4);
    expect(errors).toEqual([]);
  });
});
