import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForTests, clickAtEnd, importFixture, newReport, SCREENSHOTS } from './webMode';

// Issue 16, points 6–15: the report's non-body parts as typed, fields, keyboard, Word habits, layout.
const app = appForTests((dbPath) => importFixture(dbPath, 'reports/robust-parts.txt'));

const editor = () => app.page.getByRole('textbox', { name: '正文' });
const active = () => app.page.evaluate(() => {
  const el = document.activeElement;
  return el?.closest('.report-body') ? 'editor' : el?.closest('.toolbar') ? 'toolbar' : el?.closest('.sidebar') ? 'sidebar' : (el?.tagName ?? 'none');
});
let cdp: CDPSession | undefined;
const type = async (text: string) => {
  cdp ??= await app.page.context().newCDPSession(app.page);
  await cdp.send('Input.insertText', { text });
};

describe('writing as Word and WPS users write', () => {
  it('6. typed 主送, 结语, 落款 and 日期 become those blocks and sit as on paper', async () => {
    await newReport(app.page, '县委统战部', '2026');
    await clickAtEnd(app.page.locator('.report-title'));
    await app.page.keyboard.press('Enter');
    await type('县委宣传部：');
    await expect.poll(() => app.page.locator('.report-body .report-addressee').textContent()).toBe('县委宣传部：');
    await app.page.getByRole('tab', { name: '检查' }).click();
    await expect.poll(() => app.page.getByText('报告缺少结语', { exact: false }).count()).toBe(1);

    await editor().click();
    await app.page.keyboard.press('Control+End');
    await type('特此报告。');
    await app.page.keyboard.press('Enter');
    await type('县委统战部');
    await app.page.keyboard.press('Enter');
    await type('2026年12月1日');
    await expect.poll(() => app.page.locator('.report-body .report-closing').textContent()).toBe('特此报告。');
    await expect.poll(() => app.page.locator('.report-body .report-signature').textContent()).toBe('县委统战部');
    await expect.poll(() => app.page.locator('.report-body .report-date').textContent()).toBe('2026年12月1日');
    await expect.poll(() => app.page.getByText('报告缺少结语', { exact: false }).count()).toBe(0);

    const align = (selector: string) => app.page.locator(selector).evaluate((el) => getComputedStyle(el).textAlign);
    expect(await align('.report-body .report-signature')).toBe('right');
    expect(await align('.report-body .report-date')).toBe('right');
    expect(await app.page.locator('.report-body .report-addressee').evaluate((el) => getComputedStyle(el).textIndent)).toBe('0px');

    // The toolbar clears a role; recognition then leaves the paragraph alone.
    await clickAtEnd(app.page.locator('.report-body .report-signature'));
    await app.page.getByRole('button', { name: '段落角色' }).click();
    await app.page.getByRole('menuitem', { name: /^正文/u }).click();
    await expect.poll(() => app.page.locator('.report-body .report-signature').count()).toBe(0);
    await type('办');
    await expect.poll(() => app.page.locator('.report-body .report-signature').count()).toBe(0);
    expect(await active()).toBe('editor');
    await app.page.keyboard.press('Control+z');
  });

  it('7. a placeholder the user types is a field that Tab reaches', async () => {
    await newReport(app.page, '县委网信办', '2026');
    const body = app.page.locator('.report-body p:not([data-level])').first();
    await clickAtEnd(body);
    await type('全年召开专题会议');
    await app.page.keyboard.type('XX');
    await type('次，某某同志作辅导报告。');
    await expect.poll(() => app.page.locator('.report-body .report-field').allTextContents()).toEqual(['XX', '某某']);
    await app.page.keyboard.press('Control+Home');
    await app.page.keyboard.press('Tab');
    await expect.poll(() => app.page.evaluate(() => getSelection()?.toString())).toBe('XX');
    await app.page.keyboard.press('Tab');
    await expect.poll(() => app.page.evaluate(() => getSelection()?.toString())).toBe('某某');
  });

  it('8. after Ctrl+K, 新建文稿 and the find bar, the focus is back in the page', async () => {
    await newReport(app.page, '县委老干部局', '2026');
    expect(await active()).toBe('editor');
    await app.page.keyboard.press('Control+k');
    await app.page.keyboard.press('Escape');
    await expect.poll(active).toBe('editor');
    await app.page.keyboard.press('Control+f');
    await app.page.keyboard.type('意识形态');
    await app.page.keyboard.press('Escape');
    await expect.poll(active).toBe('editor');
    await expect.poll(() => app.page.evaluate(() => getSelection()?.toString())).toBe('意识形态');
    await app.page.getByRole('button', { name: '文稿', exact: true }).click();
    await app.page.keyboard.press('Escape');
    await expect.poll(active).toBe('editor');
  });

  it('9. F6 walks toolbar → sidebar → page, the skeleton list is one tab stop, Esc returns to the page', async () => {
    await editor().click();
    await app.page.keyboard.press('F6');
    await expect.poll(active).toBe('toolbar');
    await app.page.keyboard.press('F6');
    await expect.poll(active).toBe('sidebar');
    await app.page.keyboard.press('F6');
    await expect.poll(active).toBe('editor');

    await app.page.getByRole('tab', { name: '骨架' }).click();
    await expect.poll(active).toBe('sidebar');
    const list = app.page.getByRole('list', { name: /^骨架/u });
    const stops = await list.evaluate((el) => [...el.querySelectorAll('button')].filter((b) => b.tabIndex === 0).length);
    expect(stops).toBe(1);
    await app.page.keyboard.press('Escape');
    await expect.poll(active).toBe('editor');
  });

  it('9. moving a section in the outline with the keyboard keeps the focus on it', async () => {
    await app.page.getByRole('tab', { name: '大纲' }).click();
    const down = app.page.getByRole('button', { name: '下移“工作开展情况”' });
    await down.focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('下移“工作开展情况”');
    await app.page.keyboard.press('Escape');
  });

  it('10. Ctrl+/ shows every shortcut from one table', async () => {
    await editor().click();
    await app.page.keyboard.press('Control+/');
    const help = app.page.getByRole('dialog', { name: '快捷键' });
    for (const keys of ['Ctrl+N', 'Ctrl+K', 'Ctrl+F', 'Ctrl+\\', 'F6', 'Tab / Shift+Tab']) {
      await expect.poll(() => help.getByText(keys, { exact: true }).count()).toBeGreaterThan(0);
    }
    await app.page.screenshot({ path: join(SCREENSHOTS, 'shortcuts-help.png') });
    await app.page.keyboard.press('Escape');
    await expect.poll(active).toBe('editor');
  });

  it('11. the right-click menu has 剪切, 复制, 粘贴, 粘贴为纯文本 and 保存到段落库', async () => {
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const body = app.page.locator('.report-body p:not([data-level])').first();
    await body.click({ button: 'right' });
    const menu = app.page.getByRole('menu', { name: '编辑菜单' });
    const names = await menu.getByRole('menuitem').allTextContents();
    for (const name of ['剪切', '复制', '粘贴', '粘贴为纯文本', '保存到段落库']) expect(names.some((n) => n.startsWith(name))).toBe(true);
    await app.page.screenshot({ path: join(SCREENSHOTS, 'context-menu.png') });
    await app.page.evaluate(() => navigator.clipboard.writeText('一、纯文本的一行'));
    await menu.getByRole('menuitem', { name: '粘贴为纯文本' }).click();
    await expect.poll(() => editor().textContent()).toContain('一、纯文本的一行');
    expect(await app.page.locator('.report-body [data-level]').filter({ hasText: '纯文本的一行' }).count()).toBe(0);
  });

  it('12. typing within a second is one undo step, and undo stops at the new report', async () => {
    await newReport(app.page, '县委编办', '2026');
    const fresh = await editor().textContent();
    await clickAtEnd(app.page.locator('.report-body p:not([data-level])').last());
    for (let i = 1; i <= 13; i++) {
      await type(`第${i}段。`);
      await app.page.keyboard.press('Enter');
    }
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => editor().textContent()).toBe(fresh);
    for (let i = 0; i < 5; i++) await app.page.keyboard.press('Control+z');
    expect(await editor().textContent()).toBe(fresh);

    await type('先写的。');
    await app.page.waitForTimeout(1200);
    await type('后写的。');
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => editor().textContent()).toContain('先写的。');
    expect(await editor().textContent()).not.toContain('后写的。');

    // An IME word after a pause is a step of its own, and so is a paste right after it.
    await app.page.waitForTimeout(1200);
    cdp ??= await app.page.context().newCDPSession(app.page);
    await cdp.send('Input.imeSetComposition', { text: 'zhuanti', selectionStart: 7, selectionEnd: 7 });
    await cdp.send('Input.imeSetComposition', { text: '专题', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: '专题' });
    await expect.poll(() => editor().textContent()).toContain('先写的。专题');
    const withIme = await editor().textContent();
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.page.evaluate(() => navigator.clipboard.writeText('粘贴第一行。\n粘贴第二行。'));
    await app.page.keyboard.press('Control+v');
    await expect.poll(() => editor().textContent()).toContain('粘贴第二行。');
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => editor().textContent()).toBe(withIme);
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => editor().textContent()).toContain('先写的。');
    expect(await editor().textContent()).not.toContain('专题');
  });

  it('13. find marks every match and the bar does not cover the page', async () => {
    await editor().click();
    await app.page.keyboard.press('Control+f');
    await app.page.keyboard.type('工作');
    await expect.poll(() => app.page.evaluate(() => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('find-match')?.size ?? 0)).toBeGreaterThan(3);
    const bar = await app.page.getByRole('search', { name: '查找和替换' }).boundingBox();
    const pageArea = await app.page.locator('.page-scroll').boundingBox();
    expect(bar && pageArea && bar.y + bar.height <= pageArea.y).toBe(true);
    await app.page.screenshot({ path: join(SCREENSHOTS, 'find-marks.png') });
    await app.page.keyboard.press('Escape');
  });

  it('14. at 1366×768, 1280×720 and 1024×768 no toolbar label breaks and the page fits; Ctrl+\\ hides the sidebar', async () => {
    for (const [width, height] of [[1366, 768], [1280, 720], [1024, 768]] as const) {
      await app.page.setViewportSize({ width, height });
      await app.page.waitForTimeout(100);
      const labels = await app.page.locator('.toolbar .tool span').evaluateAll((spans) =>
        spans.map((s) => ({ text: s.textContent, lines: Math.round(s.getBoundingClientRect().height / parseFloat(getComputedStyle(s).lineHeight || '20')) })),
      );
      expect(labels.filter((l) => l.lines > 1)).toEqual([]);
      const overflow = await app.page.locator('.toolbar').evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const page = await app.page.locator('.page').boundingBox();
      const area = await app.page.locator('.page-scroll').boundingBox();
      expect(page && area && page.x >= area.x && page.x + page.width <= area.x + area.width).toBe(true);
      await app.page.screenshot({ path: join(SCREENSHOTS, `window-${width}x${height}.png`) });
    }
    await editor().click();
    await app.page.keyboard.press('Control+\\');
    await expect.poll(() => app.page.locator('.sidebar').isVisible()).toBe(false);
    await app.page.screenshot({ path: join(SCREENSHOTS, 'window-1024x768-no-sidebar.png') });
    await app.page.keyboard.press('Control+\\');
    await expect.poll(() => app.page.locator('.sidebar').isVisible()).toBe(true);
    await app.page.setViewportSize({ width: 1360, height: 900 });
  });

  it('15. the new-report dialog checks the year and offers no imported outline as 文种', async () => {
    await app.page.getByRole('tab', { name: '骨架' }).click();
    await app.page.getByText(/^导入的提纲（\d+）$/u).click();
    await expect.poll(() => app.page.getByRole('list', { name: '导入的报告提纲' }).getByText('2020年县统计局意识形态工作总结', { exact: true }).count()).toBe(1);
    await app.page.getByRole('button', { name: '新建文稿' }).click();
    const dialog = app.page.getByRole('dialog', { name: '新建文稿' });
    const kinds = await dialog.getByLabel('文种').locator('option').allTextContents();
    expect(kinds.some((k) => k.includes('意识形态工作责任制落实情况报告'))).toBe(true);
    // The imported report's outline is in the 骨架 tab to insert (checked below), but it is no kind of report.
    expect(kinds).not.toContain('2020年县统计局意识形态工作总结');
    await dialog.getByLabel('年度', { exact: true }).fill('26');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('四位数字');
    expect(await dialog.getByRole('button', { name: '创建' }).isDisabled()).toBe(true);
    expect(await dialog.getByRole('button', { name: '关闭' }).count()).toBeGreaterThan(0);
    await app.page.keyboard.press('Escape');
  });

  it('15. 打开 says 打开 when it cannot open a file', async () => {
    await app.page.getByLabel('打开 Word 或文本文件为新文稿（Ctrl+Shift+O）').setInputFiles({
      name: '旧报告.doc',
      mimeType: 'application/msword',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    });
    await expect.poll(() => app.page.getByRole('alert').textContent()).toContain('请另存为 .docx 后打开');
  });

  it('15. a draft’s row shows its first line, word count and time; a version can be previewed before 恢复', async () => {
    await app.page.getByRole('button', { name: '文稿', exact: true }).click();
    const drafts = app.page.getByRole('dialog', { name: '文稿与版本' });
    const current = drafts.getByRole('list', { name: '最近的文稿' }).getByRole('listitem').first();
    await expect.poll(() => current.textContent()).toMatch(/工作开展情况.*\d+ 字 · \d{4}-\d{2}-\d{2} \d{2}:\d{2}/u);
    await drafts.getByRole('button', { name: '保存版本' }).click();
    const version = drafts.getByRole('list', { name: '版本' }).getByRole('listitem').first();
    await version.getByRole('button', { name: '预览' }).click();
    await expect.poll(() => drafts.getByRole('region', { name: /的版本（\d+ 字）$/u }).textContent()).toContain('一、工作开展情况');
    await app.page.screenshot({ path: join(SCREENSHOTS, 'drafts-preview.png') });
    await app.page.keyboard.press('Escape');
  });

  it('15. a backup is announced with its local time and folder', async () => {
    await app.page.getByRole('button', { name: '立即备份' }).click();
    await expect.poll(() => app.page.getByRole('alert').textContent()).toMatch(/已备份（\d{4}-\d{2}-\d{2} \d{2}:\d{2}），备份文件在素材库旁的文件夹：.*backups$/u);
  });

  it('15. deleting asks in the app’s own dialog', async () => {
    await app.page.getByRole('button', { name: '文稿', exact: true }).click();
    const drafts = app.page.getByRole('dialog', { name: '文稿与版本' });
    await drafts.getByRole('button', { name: /^删除/u }).nth(1).click();
    await expect.poll(() => app.page.getByRole('alertdialog', { name: '请确认' }).count()).toBe(1);
    await app.page.getByRole('alertdialog').getByRole('button', { name: '取消' }).click();
    await app.page.keyboard.press('Escape');
  });
});
