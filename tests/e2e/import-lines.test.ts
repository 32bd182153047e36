import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appForTests, SCREENSHOTS } from './webMode';

const app = appForTests();

/** Two pages saved from one site: the same footer line, which says nothing a site usually says. */
function downloads(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'wengao-e2e-lines-'));
  const footer = '机关公文交流频道 第3期';
  const one = ['2025年某县档案馆工作总结', '一、主要工作', '全年接收进馆档案1200卷，开展档案法宣传5次。', '二、存在的问题', '库房面积仍然不足。', footer];
  const two = ['2025年某县史志办工作总结', '一、主要工作', '全年编修年鉴1部，征集史料300件。', '二、下一步打算', '推进数字化建设。', footer.replace('3', '4')];
  return [
    ['档案馆.txt', one],
    ['史志办.txt', two],
  ].map(([name, lines]) => {
    const path = join(dir, name as string);
    writeFileSync(path, (lines as string[]).join('\n'));
    return path;
  });
}

const dialog = () => app.page.getByRole('dialog', { name: '导入报告' });

describe('correcting the line labels in the import preview', () => {
  it('shows every line with its label and reason, and one key marks a line as site content in every file of the batch', async () => {
    const { page } = app;
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已保存');
    await page.keyboard.press('Control+o');
    await dialog().getByTestId('import-files').setInputFiles(downloads());
    await dialog().getByRole('button', { name: '导入 2 份报告' }).waitFor({ timeout: 20_000 });

    const summaries = dialog().locator('.line-labels summary');
    await expect.poll(() => summaries.count()).toBe(2);
    for (const summary of await summaries.all()) await summary.click();
    const footerLine = dialog().getByRole('listitem', { name: /^报告正文：机关公文交流频道 第3期/ });
    await footerLine.waitFor();
    expect(await dialog().getByRole('listitem', { name: /^标题：2025年某县档案馆工作总结（以文种结尾的标题）/ }).count()).toBe(1);

    // Keyboard only: focus the line, W.
    await footerLine.focus();
    await page.keyboard.press('w');
    await dialog().getByRole('listitem', { name: /^网站内容：机关公文交流频道 第3期/ }).waitFor({ timeout: 20_000 });
    // The other file's line of the same shape (another number) is corrected too.
    await dialog().getByRole('listitem', { name: /^网站内容：机关公文交流频道 第4期/ }).waitFor();
    expect(await dialog().getByText('已清除网站内容 1 处').count()).toBe(2);
    await page.screenshot({ path: join(SCREENSHOTS, 'import-line-labels.png') });

    // R gives the line back to the grammar.
    const corrected = dialog().getByRole('listitem', { name: /^网站内容：机关公文交流频道 第3期/ });
    await corrected.focus();
    await page.keyboard.press('r');
    await dialog().getByRole('listitem', { name: /^报告正文：机关公文交流频道 第3期/ }).waitFor({ timeout: 20_000 });
    // The files are read again one after the other: the second one's preview follows.
    await dialog().getByRole('listitem', { name: /^报告正文：机关公文交流频道 第4期/ }).waitFor({ timeout: 20_000 });
    await expect.poll(() => dialog().getByText('已清除网站内容 1 处').count()).toBe(0);
  });

  it('remembers the correction when the reports are imported: the next file from the site has the line marked already, and R forgets it', async () => {
    const { page } = app;
    const footer = dialog().getByRole('listitem', { name: /^报告正文：机关公文交流频道 第3期/ });
    await footer.focus();
    await page.keyboard.press('w');
    await dialog().getByRole('listitem', { name: /^网站内容：机关公文交流频道 第4期/ }).waitFor({ timeout: 20_000 });
    await dialog().getByRole('button', { name: '导入 2 份报告' }).click();
    await dialog().getByText('导入完成').waitFor({ timeout: 20_000 });
    await page.keyboard.press('Escape');

    const dir = mkdtempSync(join(tmpdir(), 'wengao-e2e-lines-next-'));
    const next = join(dir, '方志馆.txt');
    writeFileSync(next, ['2025年某县方志馆工作总结', '一、主要工作', '全年接待查阅200人次。', '机关公文交流频道 第5期'].join('\n'));
    await page.keyboard.press('Control+o');
    await dialog().getByTestId('import-files').setInputFiles([next]);
    await dialog().getByRole('button', { name: '导入 1 份报告' }).waitFor({ timeout: 20_000 });
    await dialog().locator('.line-labels summary').click();
    const learned = dialog().getByRole('listitem', { name: '网站内容：机关公文交流频道 第5期（以前导入时学会的（按 R 忘记））' });
    await learned.waitFor();
    expect(await dialog().getByText('已清除网站内容 1 处').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'import-line-learned.png') });

    await learned.focus();
    await page.keyboard.press('r');
    // Forgotten in the library: the grammar's own judgement is back.
    await dialog().getByRole('listitem', { name: /^报告正文：机关公文交流频道 第5期（报告正文）/ }).waitFor({ timeout: 20_000 });
  });
});
