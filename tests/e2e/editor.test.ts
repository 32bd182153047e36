import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appForTests, importFixture, insertFromLibrary, SCREENSHOTS, newReport } from './webMode';

// A report with blanked numbers, so a library paragraph arrives with fill-in fields.
const app = appForTests((dbPath) => importFixture(dbPath, 'reports/other-sites-noise.txt'));

const editor = () => app.page.getByRole('textbox', { name: '正文' });
const numbered = (level: number) =>
  app.page.locator(`.report-body [data-level="${level}"]`).evaluateAll((nodes) => nodes.map((n) => `${(n as HTMLElement).dataset.number}${n.textContent}`));
const saved = () => expect.poll(() => app.page.getByRole('status').textContent(), { timeout: 5000 }).toContain('已保存');

describe('writing a report in web mode', () => {
  it('creates a new report from the dialog: title with unit and year, skeleton with numbered headings', async () => {
    await newReport(app.page, '市统计局', '2026');
    expect(await numbered(1)).toEqual(['一、工作开展情况', '二、存在的问题', '三、下一步工作打算']);
    expect((await numbered(2)).slice(0, 2)).toEqual(['（一）加强组织领导，压实意识形态工作责任', '（二）强化理论武装，筑牢团结奋斗的思想基础']);
    await saved();
  });

  it('inserts a phrase at the caret and a library paragraph with its fields', async () => {
    await editor().click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.type('我们要');
    await app.page.getByRole('tab', { name: '短语' }).click();
    await app.page.getByRole('button', { name: '弘扬主旋律，传播正能量', exact: true }).click();
    await expect.poll(() => editor().textContent()).toContain('我们要弘扬主旋律，传播正能量');

    await insertFromLibrary(app.page, '网络舆情');
    await expect.poll(() => app.page.locator('.report-body .report-field').allTextContents()).toEqual(['XX']);
    await app.page.screenshot({ path: join(SCREENSHOTS, 'editor-fields.png') });
  });

  it('walks the fields with Tab and fills them by typing', async () => {
    await editor().click();
    await app.page.keyboard.press('Control+Home');
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.type('12');
    await expect.poll(() => app.page.locator('.report-body .report-field').count()).toBe(0);
    await expect.poll(() => editor().textContent()).toContain('处置网络舆情12起');
    await app.page.getByRole('tab', { name: '检查' }).click();
    await expect.poll(() => app.page.getByText('文稿里没有待填写的占位符', { exact: false }).count()).toBe(1);
  });

  it('keeps a keystroke typed inside a field: the edited field becomes ordinary text', async () => {
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.press('Enter');
    // Typed placeholders become fields; the caret is then put between the field's two characters.
    await app.page.keyboard.type('全年处置舆情XX起。');
    await expect.poll(() => app.page.locator('.report-body .report-field').allTextContents()).toEqual(['XX']);
    await app.page.locator('.report-body .report-field').evaluate((field) => {
      const text = field.firstChild;
      if (text) window.getSelection()?.setBaseAndExtent(text, 1, text, 1);
    });
    const errors: string[] = [];
    app.page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await app.page.keyboard.type('5');
    await expect.poll(() => editor().textContent()).toContain('全年处置舆情X5X起。');
    // What is left of the blank (a lone X beside a digit) is still a placeholder to fill, as typed ones are.
    expect(await app.page.locator('.report-body .report-field').allTextContents()).not.toContain('XX');
    expect(errors).toEqual([]);
  });

  it('moves a section in the outline and renumbers everything after it', async () => {
    await app.page.getByRole('tab', { name: '大纲' }).click();
    await app.page.getByRole('button', { name: '下移“工作开展情况”' }).click();
    await expect.poll(() => numbered(1)).toEqual(['一、存在的问题', '二、工作开展情况', '三、下一步工作打算']);
    const firstSubsections = () => app.page.getByRole('list', { name: '大纲' }).getByRole('button', { name: /^（一）/ }).allTextContents();
    await expect.poll(async () => (await firstSubsections())[0]).toBe('（一）理论学习的深度和广度还不够');
    await app.page.screenshot({ path: join(SCREENSHOTS, 'editor-outline.png') });
    await saved();
  });

  it('shows the autosaved draft after a reload', async () => {
    const before = await editor().textContent();
    await app.page.reload();
    await expect.poll(() => editor().textContent()).toBe(before);
    expect(await numbered(1)).toEqual(['一、存在的问题', '二、工作开展情况', '三、下一步工作打算']);
  });

  it('restores a saved version', async () => {
    await app.page.getByRole('button', { name: '文稿', exact: true }).click();
    const dialog = app.page.getByRole('dialog', { name: '文稿与版本' });
    await dialog.getByRole('button', { name: '保存版本' }).click();
    await expect.poll(() => dialog.getByRole('list', { name: '版本' }).getByText('手动保存').count()).toBe(1);
    await dialog.getByRole('button', { name: '关闭' }).last().click();

    await editor().click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.type('这句话写错了，要撤回到保存的版本。');
    await saved();

    await app.page.getByRole('button', { name: '文稿', exact: true }).click();
    const manual = dialog.getByRole('list', { name: '版本' }).getByRole('listitem').filter({ hasText: '手动保存' });
    await manual.getByRole('button', { name: '恢复' }).click();
    await expect.poll(() => editor().textContent()).not.toContain('这句话写错了');
    await expect.poll(() => app.page.locator('.report-title').textContent()).toBe('2026年市统计局落实意识形态工作责任制情况报告');
  });

  it('quick insert (Ctrl+K) searches sections, phrases and paragraphs with the keyboard only', async () => {
    await editor().click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.press('Control+k');
    const dialog = app.page.getByRole('dialog', { name: '快速插入' });
    const box = dialog.getByRole('combobox');
    await box.fill('三审三校');
    await expect.poll(() => dialog.getByRole('option').first().textContent()).toContain('三审三校');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => editor().textContent()).toContain('“三审三校”');
  });

  it('finds and replaces text (Ctrl+F, Ctrl+H), undoable with Ctrl+Z', async () => {
    await editor().click();
    await app.page.keyboard.press('Control+h');
    const bar = app.page.getByRole('search', { name: '查找和替换' });
    await bar.getByLabel('查找', { exact: true }).fill('市统计局');
    await expect.poll(() => bar.textContent()).toContain('1 / 1');
    await bar.getByLabel('替换为').fill('县统计局');
    await bar.getByRole('button', { name: '全部替换' }).click();
    await expect.poll(() => app.page.locator('.report-title').textContent()).toBe('2026年县统计局落实意识形态工作责任制情况报告');
    await editor().click();
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.page.locator('.report-title').textContent()).toBe('2026年市统计局落实意识形态工作责任制情况报告');
    await bar.getByRole('button', { name: '关闭查找' }).click();
  });

  it('renumbers 一是/二是 items of a section after reordering', async () => {
    await editor().click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('二是压实责任。一是强化学习。');
    await app.page.getByRole('button', { name: '重排条目' }).click();
    await expect.poll(() => editor().textContent()).toContain('一是压实责任。二是强化学习。');
  });
});
