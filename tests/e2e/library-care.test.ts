import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startWebMode, type WebMode } from './webMode';

let web: WebMode;
let browser: Browser;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'wengao-e2e-pack-'));

beforeAll(async () => {
  web = await startWebMode();
  ({ browser, page } = await openApp(web));
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
});

const dialog = () => page.getByRole('dialog', { name: '备份与素材包' });
const search = async (query: string) => {
  await page.getByRole('tab', { name: '段落库' }).click();
  await page.getByRole('searchbox', { name: '搜索段落库' }).fill(query);
  return page.locator('.library-count');
};

describe('backups and packs in the app', () => {
  it('makes a backup on request', async () => {
    await page.getByRole('button', { name: '备份与素材包' }).click();
    await dialog().getByRole('button', { name: '立即备份' }).click();
    await expect.poll(() => dialog().getByRole('list', { name: '备份' }).getByRole('listitem').count()).toBe(1);
  });

  it('imports a colleague’s pack and merges it into the library', async () => {
    const pack = {
      format: 'wengao-pack',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      paragraphs: [{ id: 1, text: '同事分享的段落：全年开展网络安全检查XX次。', part: 'work', tags: ['分享'], favorite: false, note: '', headingPath: [], source: null }],
      phrases: [{ category: '同事常用', text: '守土有责、守土负责、守土尽责' }],
      skeletons: [],
    };
    const file = join(dir, 'pack.json');
    writeFileSync(file, JSON.stringify(pack));
    await dialog().getByTestId('pack-file').setInputFiles(file);
    // The notice sits outside the dialog, which hides the rest of the page from the accessibility tree.
    await expect.poll(() => page.locator('.notice').textContent()).toContain('已导入素材包：段落 1 段');
    await dialog().getByRole('button', { name: '关闭' }).last().click();
    await expect.poll(async () => (await search('同事分享')).textContent()).toBe('共 1 段');
  });

  it('exports the library as a pack file', async () => {
    await page.getByRole('button', { name: '备份与素材包' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog().getByRole('button', { name: '导出素材包…' }).click()]);
    const saved = join(dir, 'exported.json');
    await download.saveAs(saved);
    const pack = JSON.parse(readFileSync(saved, 'utf8')) as { format: string; paragraphs: { text: string }[] };
    expect(pack.format).toBe('wengao-pack');
    expect(pack.paragraphs.map((p) => p.text)).toContain('同事分享的段落：全年开展网络安全检查XX次。');
  });

  it('restores the backup made before the import', async () => {
    const older = dialog().getByRole('list', { name: '备份' }).getByRole('listitem').filter({ hasText: '手动' });
    await older.getByRole('button', { name: '恢复' }).click();
    await page.getByRole('alertdialog', { name: '请确认' }).getByRole('button', { name: '恢复' }).click();
    await page.waitForEvent('load');
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await expect.poll(async () => (await search('同事分享')).textContent()).toContain('没有找到');
  });
});
