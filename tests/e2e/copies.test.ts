import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appForTests, importFixture, openContinueDialog, pasteText, SCREENSHOTS } from './webMode';

/**
 * The Done-when of 续写 and 查重: last year's report of one unit imported as its own, two web samples
 * imported as samples; this year's report continued from last year's, then a sample's sentence and
 * another county's name pasted in.
 */
const app = appForTests((dbPath) => {
  importFixture(dbPath, 'continuation/unit-2024.txt', 'own');
  importFixture(dbPath, 'samples/web-sample-longhua.txt');
  importFixture(dbPath, 'samples/web-sample-anji.txt');
});

const results = () => app.page.getByRole('list', { name: '检查结果' }).getByRole('listitem');
const messages = async () => (await results().allTextContents()).join('\n');

describe('this year’s report from last year’s, and nothing copied that shows', () => {
  it('continues the imported 2024 report as the 2025 one: title, headings, fields for every figure, the years changed', async () => {
    const { page } = app;
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    const dialog = await openContinueDialog(page, '2025');
    await dialog.getByLabel('单位名称').fill('某县文化和旅游局');
    await dialog.getByLabel('所在地区').fill('江西省赣州市于都县');
    await expect.poll(() => dialog.getByText('地区：江西省赣州市于都县').count()).toBe(1);
    // The imported report of the year before is proposed.
    expect(await dialog.getByLabel('往年的报告').locator('option:checked').textContent()).toBe('某县文化和旅游局2024年意识形态工作总结');
    await page.screenshot({ path: join(SCREENSHOTS, 'continuation-from-import.png') });
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => page.locator('.report-title').textContent()).toBe('某县文化和旅游局2025年意识形态工作总结');
    const headings = await page.locator('.report-body [data-level="1"]').allTextContents();
    expect(headings).toEqual(['2025年工作情况', '存在的问题', '2026年工作打算']);
    expect(await page.locator('.report-body .report-field').allTextContents()).toEqual(['8次', '8次', '32份', '23处', '12个']);
    expect(await page.getByText(/已改年份 \d+ 处/u).count()).toBeGreaterThan(0);
  });

  it('lists last year’s plans and finds the one this year’s report comes to cover', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /检查/u }).click();
    await expect.poll(() => page.locator('.last-year-plans summary').textContent()).toBe('上年打算：已写到 0 / 5 项');
    // At the end of the work part's last paragraph.
    const work = page.locator('.report-body .report-paragraph').filter({ hasText: '对全县' });
    const box = await work.boundingBox();
    if (!box) throw new Error('the work paragraph is not on screen');
    await page.mouse.click(box.x + box.width - 2, box.y + box.height - 4);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('组织文物安全专项巡查4轮，整改隐患17处。');
    await expect.poll(() => page.locator('.last-year-plans summary').textContent()).toBe('上年打算：已写到 1 / 5 项');
  });

  it('flags a pasted sample sentence and another county’s name with their sources, not the own unit, region or national bodies', async () => {
    const { page } = app;
    await page.keyboard.press('Enter');
    // The sample's sentence with a clause of the writer's own in front: still copied.
    await pasteText(page, '我们学习借鉴龙华区的做法，依托新时代文明实践站开展理论宣讲进社区活动，把党的创新理论送到群众家门口，让群众听得懂、记得住、用得上。');
    await page.keyboard.press('Enter');
    await pasteText(page, '在党中央、国务院和省委的坚强领导下，某县文化和旅游局在于都县各乡镇开展送戏下乡演出46场。');
    await expect.poll(messages).toContain('这句话与网上范文“龙华区观澜街道2024年意识形态工作责任制落实情况报告”相同');
    const all = await messages();
    expect(all).toContain('疑似沿用他处的地名：龙华区（广东省深圳市或海南省海口市），本文稿的地区是江西省赣州市于都县。');
    expect(all).toMatch(/与网上范文相同的文字占 \d+%（1 句，来自 1 篇范文）/u);
    for (const own of ['于都县', '某县文化和旅游局', '党中央', '国务院']) expect(all).not.toContain(`：${own}`);
    expect((all.match(/疑似沿用他处/gu) ?? []).length).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'copy-check.png') });
  });
});
