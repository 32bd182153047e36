import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readDocx, xmlAttribute } from '../unit/export/docxXml';
import { tempDir } from '../unit/helpers';
import { appForTests, importFixture, SCREENSHOTS } from './webMode';

// A library with a paragraph that has a blanked number (处置网络舆情XX起), for the quick insert.
const app = appForTests((dbPath) => importFixture(dbPath, 'reports/other-sites-noise.txt'));

let cdp: CDPSession | undefined;
/** Chinese as an input method commits it: text without a key of its own. */
const commit = async (text: string) => {
  cdp ??= await app.page.context().newCDPSession(app.page);
  await cdp.send('Input.insertText', { text });
};
const key = (k: string) => app.page.keyboard.press(k);
const editorHasFocus = () => app.page.evaluate(() => document.activeElement?.closest('.report-body') !== null);

/** Ctrl+K, a query, Enter: inserts the first match and returns to the page. */
async function quickInsert(query: string): Promise<void> {
  await key('Control+k');
  const dialog = app.page.getByRole('dialog', { name: '快速插入' });
  await dialog.waitFor();
  await commit(query);
  await expect.poll(() => dialog.getByRole('option').first().textContent()).toContain(query);
  await key('Enter');
  await expect.poll(() => dialog.count()).toBe(0);
  await expect.poll(editorHasFocus).toBe(true);
}

describe('writing a whole report with the keyboard alone', () => {
  it('新建 → skeleton → phrase → library paragraph → fields → 主送/结语/落款/日期 → 检查 → 导出 Word', async () => {
    // Nothing below touches the mouse (a key that activates a button also fires `click`, so clicks
    // are not counted; a mouse always presses its button first).
    await app.page.evaluate(() => {
      for (const type of ['pointerdown', 'mousedown', 'contextmenu']) {
        document.addEventListener(type, (event) => {
          if ((event as MouseEvent).isTrusted) (window as unknown as { mouseEvents: number }).mouseEvents = ((window as unknown as { mouseEvents?: number }).mouseEvents ?? 0) + 1;
        }, true);
      }
    });

    // 新建文稿: 文种 has the focus, Tab to 单位名称 and 年度, Enter creates.
    await key('Control+n');
    const dialog = app.page.getByRole('dialog', { name: '新建文稿' });
    await dialog.waitFor();
    await key('Tab');
    await commit('县委宣传部');
    await key('Tab');
    await key('Control+a');
    await app.page.keyboard.type('2026');
    await key('Enter');
    await expect.poll(() => app.page.locator('.report-title').textContent()).toBe('2026年县委宣传部落实意识形态工作责任制情况报告');
    await expect.poll(editorHasFocus).toBe(true);

    // The skeleton came with the new report; one more section, a phrase and a library paragraph.
    await key('Control+End');
    await quickInsert('三审三校');
    await quickInsert('网络安全检查');
    await expect.poll(() => app.page.locator('.report-body .report-field').count()).toBeGreaterThan(0);

    // Fields: Tab selects the next one, typing replaces it.
    await key('Control+Home');
    for (let i = 0; i < 20 && (await app.page.locator('.report-body .report-field').count()) > 0; i++) {
      await key('Tab');
      await app.page.keyboard.type('3');
    }
    expect(await app.page.locator('.report-body .report-field').count()).toBe(0);

    // 主送 right under the title: find the title's end, step past it, Enter, type.
    await key('Control+f');
    await commit('情况报告');
    await key('Escape');
    await expect.poll(editorHasFocus).toBe(true);
    await key('ArrowRight');
    await key('Enter');
    await commit('县委：');
    await expect.poll(() => app.page.locator('.report-body .report-addressee').textContent()).toBe('县委：');

    // 结语, 落款 and 日期 at the end.
    await key('Control+End');
    await key('Enter');
    await commit('特此报告。');
    await key('Enter');
    await commit('县委宣传部');
    await key('Enter');
    await commit('2026年12月1日');
    await expect.poll(() => app.page.locator('.report-body .report-date').textContent()).toBe('2026年12月1日');
    await expect.poll(() => app.page.locator('.report-body .report-signature').textContent()).toBe('县委宣传部');
    await expect.poll(() => app.page.getByText(/^字数 \d+$/u).textContent()).not.toBe('字数 0');

    // 检查: F6 to the toolbar, F6 to the sidebar's tabs, arrows to 检查; Esc back to the page.
    await key('F6');
    await key('F6');
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    await key('End');
    await expect.poll(() => app.page.getByRole('tab', { name: /^检查/u }).getAttribute('aria-selected')).toBe('true');
    const panel = app.page.getByRole('tabpanel');
    await expect.poll(() => panel.textContent()).toContain('文稿里没有待填写的占位符');
    expect(await panel.textContent()).not.toContain('报告缺少结语');
    await app.page.screenshot({ path: join(SCREENSHOTS, 'keyboard-only-report.png') });
    await key('Escape');
    await expect.poll(editorHasFocus).toBe(true);

    // 导出 Word: Ctrl+E opens the menu on its first item, Enter downloads.
    const download = app.page.waitForEvent('download');
    await key('Control+e');
    await expect.poll(() => app.page.getByRole('menu').count()).toBe(1);
    await key('Enter');
    const file = join(tempDir(), 'keyboard.docx');
    await (await download).saveAs(file);

    expect(await app.page.evaluate(() => (window as unknown as { mouseEvents?: number }).mouseEvents ?? 0)).toBe(0);

    const docx = await readDocx(readFileSync(file));
    const paragraph = (text: string) => docx.paragraphs.find((p) => p.text === text);
    const addressee = paragraph('县委：');
    expect(Number(xmlAttribute(addressee?.properties ?? '', 'w:ind', 'w:firstLine') ?? 0)).toBe(0);
    for (const text of ['县委宣传部', '2026年12月1日']) {
      const p = paragraph(text);
      expect(xmlAttribute(p?.properties ?? '', 'w:jc', 'w:val'), text).toBe('right');
      expect(Number(xmlAttribute(p?.properties ?? '', 'w:ind', 'w:right')), text).toBeGreaterThan(0);
    }
    expect(paragraph('特此报告。')).toBeDefined();
    // Every run names its Chinese font and sets Latin and digits in Times New Roman, as GB/T 9704 wants.
    expect(docx.paragraphs.every((p) => p.runs.every((r) => r.eastAsia !== null && r.ascii === 'Times New Roman'))).toBe(true);
    expect(docx.paragraphs[0]?.runs[0]?.eastAsia).toBe('方正小标宋简体');
    expect(docx.paragraphs.some((p) => p.text.includes('三审三校'))).toBe(true);
    expect(docx.paragraphs.some((p) => p.text.includes('处置网络舆情3起'))).toBe(true);
  });
});
