import type { CDPSession } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TITLE_CHARS_PER_LINE } from '../../shared/export/gbt9704';
import { titleLines } from '../../shared/export/titleLines';
import { appForTests, clickAtEnd, newReport, pasteText } from './webMode';

// Each test reproduces one way the editor used to lose or misplace the user's text (issue 16, 1–5).
const app = appForTests();

const editor = () => app.page.getByRole('textbox', { name: '正文' });
const blocks = () =>
  app.page.locator('.report-body > *').evaluateAll((nodes) =>
    nodes.map((n) => `${(n as HTMLElement).dataset.number ?? ''}${n.textContent ?? ''}`),
  );
let cdp: CDPSession | undefined;
const session = async () => (cdp ??= await app.page.context().newCDPSession(app.page));

const REPEATED = '全年开展专题学习12次，覆盖全体党员。';
const REPORT = [
  '2026年县文化馆工作总结',
  '一、工作开展情况',
  REPEATED,
  '二、存在的问题',
  REPEATED,
  '三、下一步打算',
  '继续加强学习。',
].join('\n');

describe('the editor never loses or misplaces text', () => {
  it('1. 打开 keeps a sentence that stands under two headings', async () => {
    await app.page.getByLabel('打开 Word 或文本文件为新文稿（Ctrl+Shift+O）').setInputFiles({
      name: '总结.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(REPORT, 'utf8'),
    });
    await expect.poll(() => app.page.locator('.report-title').textContent()).toBe('2026年县文化馆工作总结');
    await expect.poll(async () => (await blocks()).filter((b) => b === REPEATED).length).toBe(2);
  });

  it('1. pasting a report twice keeps both copies', async () => {
    await newReport(app.page, '县文化馆', '2026');
    await editor().click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.press('Enter');
    const body = REPORT.split('\n').slice(1).join('\n');
    await pasteText(app.page, `${body}\n${body}`);
    await expect.poll(async () => (await blocks()).filter((b) => b === REPEATED).length).toBe(4);
    await expect.poll(async () => (await blocks()).filter((b) => b === '继续加强学习。').length).toBe(2);
  });

  it('1. what paste removes is announced and can be restored', async () => {
    await editor().click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.press('Enter');
    await pasteText(app.page, '加强阵地管理，落实审核制度。\n分享到：微信 微博 QQ空间\n严格执行“三审三校”。');
    const notice = app.page.getByRole('alert');
    await expect.poll(() => notice.textContent()).toContain('清除了 1 处网站内容');
    await notice.getByRole('button', { name: '恢复' }).click();
    await expect.poll(() => editor().textContent()).toContain('分享到：微信 微博 QQ空间');
    await expect.poll(async () => (await blocks()).filter((b) => b === '严格执行“三审三校”。').length).toBe(1);
  });

  it('2. a phrase from the sidebar goes in at the caret, and typing continues after it', async () => {
    await newReport(app.page, '县档案馆', '2026');
    const first = app.page.locator('.report-body p:not([data-level])').first();
    await first.click();
    await app.page.keyboard.press('End');
    await app.page.keyboard.type('甲');
    await app.page.getByRole('tab', { name: '骨架' }).click();
    await app.page.getByRole('tab', { name: '短语' }).click();
    await app.page.getByRole('button', { name: '弘扬主旋律，传播正能量', exact: true }).click();
    await app.page.keyboard.type('乙');
    await expect.poll(() => first.textContent()).toMatch(/甲弘扬主旋律，传播正能量乙$/u);
  });

  it('3. text committed without a composition stays in the paragraph after the heading', async () => {
    await newReport(app.page, '县科技馆', '2026');
    await clickAtEnd(app.page.locator('.report-body [data-level="2"]').first());
    await app.page.keyboard.press('Enter');
    const cdp = await session();
    await cdp.send('Input.insertText', { text: '第一句。' });
    await cdp.send('Input.insertText', { text: '第二句。' });
    await app.page.waitForTimeout(100);
    await cdp.send('Input.insertText', { text: '第三句。' });
    const all = await blocks();
    const at = all.findIndex((b) => b.startsWith('（一）'));
    expect(all[at + 1]).toBe('第一句。第二句。第三句。');
    expect(all[at + 2]?.startsWith('第')).toBe(false);
  });

  it('3. IME composition after Enter at the end of a heading stays in the new paragraph', async () => {
    await newReport(app.page, '县博物馆', '2026');
    await clickAtEnd(app.page.locator('.report-body [data-level="2"]').nth(1));
    await app.page.keyboard.press('Enter');
    const cdp = await session();
    for (const word of ['学习', '强国']) {
      await cdp.send('Input.imeSetComposition', { text: word.slice(0, 1), selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.imeSetComposition', { text: word, selectionStart: 2, selectionEnd: 2 });
      await cdp.send('Input.insertText', { text: word });
    }
    const all = await blocks();
    const at = all.findIndex((b) => b.startsWith('（二）'));
    expect(all[at + 1]).toBe('学习强国');
  });

  it('4. Shift+Enter and Enter in the find bar move between matches and never edit the document', async () => {
    await newReport(app.page, '县美术馆', '2026');
    const before = await blocks();
    await editor().click();
    await app.page.keyboard.press('Control+f');
    const bar = app.page.getByRole('search', { name: '查找和替换' });
    await bar.getByLabel('查找', { exact: true }).fill('意识形态');
    await expect.poll(() => bar.textContent()).toMatch(/1 \/ \d+/u);
    await app.page.keyboard.press('Enter');
    await expect.poll(() => bar.textContent()).toMatch(/2 \/ \d+/u);
    await app.page.keyboard.press('Shift+Enter');
    await expect.poll(() => bar.textContent()).toMatch(/1 \/ \d+/u);
    await app.page.keyboard.press('Shift+Enter');
    await app.page.keyboard.type('字');
    expect(await blocks()).toEqual(before);
    await app.page.keyboard.press('Escape');
  });

  it('typing that never pauses is still saved at least every 5 seconds', async () => {
    await newReport(app.page, '县城建档案馆', '2026');
    await clickAtEnd(app.page.locator('.report-body p:not([data-level])').last());
    const stored = () =>
      app.page.evaluate(async () => {
        const reply = await fetch('/api/drafts:loadCurrent', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
        return JSON.stringify(await reply.json());
      });
    const started = Date.now();
    while (Date.now() - started < 6500) {
      await app.page.keyboard.type('a');
      await app.page.waitForTimeout(200);
    }
    // Still typing: nothing has had a second of quiet, yet most of it is in the library.
    expect((await stored()).match(/a{10,}/u)).not.toBeNull();
  });

  it('5. Ctrl+A and paste over the whole draft: the pasted title replaces the old one', async () => {
    await newReport(app.page, '县图书馆分馆', '2026');
    await editor().click();
    await app.page.keyboard.press('Control+a');
    await pasteText(app.page, REPORT.replace('2026年县文化馆工作总结', '2026年县图书馆工作总结'));
    await expect.poll(async () => (await blocks())[0]).toBe('2026年县图书馆工作总结');
    expect(await app.page.locator('.report-title').count()).toBe(1);
    const download = app.page.waitForEvent('download');
    await app.page.keyboard.press('Control+e');
    await app.page.getByRole('menuitem', { name: /导出 Word 文件/u }).click();
    const exportAnyway = app.page.getByRole('button', { name: '仍然导出' });
    if (await exportAnyway.isVisible().catch(() => false)) await exportAnyway.click();
    expect((await download).suggestedFilename()).toBe('2026年县图书馆工作总结.docx');
  });

  it('6. typing into the title where its lines break (IME, committed text, Backspace, undo) moves or loses no character', async () => {
    await newReport(app.page, '县博物馆', '2026');
    const title = app.page.locator('.report-title');
    const original = (await title.textContent()) ?? '';
    const [first = ''] = titleLines(original, TITLE_CHARS_PER_LINE);
    expect(first.length).toBeLessThan(original.length);
    // The caret where the title's second line starts: the end of the first line's run.
    await title.evaluate((element, at) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let rest = at;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (rest <= node.data.length) {
          const range = document.createRange();
          range.setStart(node, rest);
          range.collapse(true);
          window.getSelection()?.removeAllRanges();
          window.getSelection()?.addRange(range);
          return;
        }
        rest -= node.data.length;
      }
    }, first.length);
    await app.page.waitForTimeout(100);
    const cdp = await session();
    for (const word of ['网络', '安全']) {
      await cdp.send('Input.imeSetComposition', { text: word.slice(0, 1), selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.imeSetComposition', { text: word, selectionStart: 2, selectionEnd: 2 });
      await cdp.send('Input.insertText', { text: word });
    }
    await cdp.send('Input.insertText', { text: '和' });
    const typed = `${original.slice(0, first.length)}网络安全和${original.slice(first.length)}`;
    await expect.poll(() => title.textContent()).toBe(typed);
    // The lines follow the longer title, still where titleLines breaks it.
    const breaks = () => title.locator('[style*="--title-break"]').count();
    expect(await breaks()).toBe(titleLines(typed, TITLE_CHARS_PER_LINE).length - 1);
    // Undo takes the whole typing back (one step, as in Word), redo puts it there again.
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => title.textContent()).toBe(original);
    await app.page.keyboard.press('Control+y');
    await expect.poll(() => title.textContent()).toBe(typed);
    for (let i = 0; i < 5; i++) await app.page.keyboard.press('Backspace');
    await expect.poll(() => title.textContent()).toBe(original);
    expect(await breaks()).toBe(titleLines(original, TITLE_CHARS_PER_LINE).length - 1);
  });
});
