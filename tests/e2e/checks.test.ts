import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appForTests, SCREENSHOTS, newReport } from './webMode';

const app = appForTests();

const editor = () => app.page.getByRole('textbox', { name: '正文' });
const results = () => app.page.getByRole('list', { name: '检查结果' }).getByRole('listitem');
const messages = () => results().allTextContents();

describe('the 检查 tab in web mode', () => {
  it('lists what a reviewer would mark as the user types, counted by severity and underlined', async () => {
    await newReport(app.page, '县档案馆', '2025');
    await editor().click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.type('班子成员落实“一岗双职”,2023年3月5日召开会议。');
    await app.page.getByRole('tab', { name: /检查/ }).click();
    await expect.poll(async () => (await messages()).join('\n')).toContain('“一岗双职”是不规范的表述，应为“一岗双责”。');
    const all = (await messages()).join('\n');
    expect(all).toContain('中文中使用了半角标点“,”，应为“，”。');
    expect(all).toContain('“2023年3月5日”与报告年度（2025年）不符');
    await expect.poll(() => app.page.locator('.check-badge.error').textContent()).toBe('1');
    expect(Number(await app.page.locator('.check-badge.warning').textContent())).toBeGreaterThanOrEqual(2);
    expect(await app.page.evaluate(() => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('check-error')?.size)).toBe(1);
    await app.page.screenshot({ path: join(SCREENSHOTS, 'checks-panel.png') });
  });

  it('fixes a wording in one click, undoably, and ignores a finding for this draft', async () => {
    const wording = results().filter({ hasText: '“一岗双职”是不规范的表述' });
    await wording.getByRole('button', { name: '修正' }).click();
    await expect.poll(() => editor().textContent()).toContain('班子成员落实“一岗双责”');
    await expect.poll(() => wording.count()).toBe(0);

    const comma = results().filter({ hasText: '半角标点“,”' });
    await comma.getByRole('button', { name: '忽略' }).click();
    await expect.poll(() => comma.count()).toBe(0);
    await expect.poll(() => app.page.getByText('已忽略 1 处').count()).toBe(1);
    await expect.poll(() => app.page.getByRole('status').textContent()).toContain('已保存');
    await app.page.reload();
    await app.page.getByRole('tab', { name: /检查/ }).click();
    await expect.poll(async () => (await messages()).join('\n')).toContain('2023年3月5日');
    expect((await messages()).join('\n')).not.toContain('半角标点“,”');
  });

  it('goes to a finding in the page', async () => {
    await results().filter({ hasText: '“2023年3月5日”与报告年度' }).getByRole('button', { name: '转到' }).click();
    await expect.poll(() => app.page.evaluate(() => window.getSelection()?.toString())).toBe('2023年3月5日');
  });
});
