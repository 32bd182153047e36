import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { browserLaunch } from './browser';

const root = resolve(import.meta.dirname, '../..');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface WebMode {
  url: string;
  dbPath: string;
  /** kill -9: the server gets no chance to finish anything. */
  killNow: () => Promise<void>;
  stop: () => Promise<void>;
}

/** Starts `npm run web`'s server on a free port over a fresh library and waits for its URL. */
export async function startWebMode(prepare?: (dbPath: string) => void): Promise<WebMode> {
  if (!existsSync(join(root, 'out/renderer/index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` first (npm test does this).');
  }
  const dir = mkdtempSync(join(tmpdir(), 'wengao-e2e-'));
  const dbPath = join(dir, 'library.sqlite');
  prepare?.(dbPath);
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'electron/web/main.ts'), '--db', dbPath],
    { cwd: root, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`web mode did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`web mode exited with ${code}:\n${output}`)));
  });
  return {
    url,
    dbPath,
    killNow: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...(await browserLaunch()), args: CHROMIUM_ARGS });
}

/** Chromium on the app's page at the desktop window's size, once the last draft has loaded. */
export async function openApp(web: WebMode): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
  page.setDefaultTimeout(10_000);
  await page.goto(web.url);
  await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
  return { browser, page };
}

/** Imports one of our report fixtures into a library before web mode opens it. */
export function importFixture(dbPath: string, fixture: string, origin?: 'own' | 'sample'): void {
  execFileSync(process.execPath, [join(root, 'out/cli/wengao.mjs'), '--db', dbPath, 'import', join(root, 'tests/fixtures', fixture), ...(origin ? ['--origin', origin] : [])]);
}

/** Where the e2e tests leave the screenshots a person looks at (`WENGAO_SCREENSHOTS` puts them elsewhere). */
export const SCREENSHOTS = process.env.WENGAO_SCREENSHOTS ?? join(root, 'test-results');

/**
 * One test file's app: web mode over a fresh library (`prepare` fills it first) and Chromium on it,
 * started before the file's tests and stopped after them.
 */
export function appForTests(prepare?: (dbPath: string) => void): { readonly page: Page; readonly web: WebMode } {
  let web: WebMode | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    web = await startWebMode(prepare);
    ({ browser, page } = await openApp(web));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await web?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the app is not started: use it inside a test');
    return value;
  };
  return {
    get page() {
      return started(page);
    },
    get web() {
      return started(web);
    },
  };
}

/**
 * Inserts the first library paragraph found for `query` from the 段落库 tab. The list shows the
 * query's results only after a pause in typing, so it waits for them rather than the old list.
 */
export async function insertFromLibrary(page: Page, query: string): Promise<void> {
  await page.getByRole('tab', { name: '段落库' }).click();
  await page.getByRole('searchbox', { name: '搜索段落库' }).fill(query);
  const first = page.getByRole('list', { name: '搜索结果' }).locator('[data-index="0"]');
  for (let tries = 0; !(await first.textContent())?.includes(query); tries++) {
    if (tries > 100) throw new Error(`段落库没有找到“${query}”`);
    await page.waitForTimeout(50);
  }
  await first.getByRole('button', { name: '插入' }).click();
}

/** 新建文稿 for a unit and year (the default kind: 意识形态工作责任制落实情况报告); waits for its title. */
export async function newReport(page: Page, unit: string, year: string): Promise<void> {
  await page.getByRole('button', { name: '新建文稿' }).click();
  const dialog = page.getByRole('dialog', { name: '新建文稿' });
  await dialog.getByLabel('文种').selectOption({ label: '意识形态工作责任制落实情况报告' });
  await dialog.getByLabel('单位名称').fill(unit);
  await dialog.getByLabel('年度', { exact: true }).fill(year);
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect.poll(() => page.locator('.report-title').textContent()).toBe(`${year}年${unit}落实意识形态工作责任制情况报告`);
  await expect.poll(() => dialog.count()).toBe(0);
}

/** Clicks after the last character of a block, as a user does to continue it. */
export async function clickAtEnd(block: Locator): Promise<void> {
  await block.scrollIntoViewIfNeeded();
  const box = await block.boundingBox();
  if (!box) throw new Error('the block is not on screen');
  await block.page().mouse.click(box.x + box.width - 2, box.y + box.height - 4);
}

/** Puts text on the clipboard and pastes it with Ctrl+V (or `keys`) where the caret is, as a user pastes. */
export async function pasteText(page: Page, text: string, keys = 'Control+v'): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press(keys);
}

/** 新建文稿 (Ctrl+N) → 以往年报告为基础 with this year filled in: the dialog, to choose the rest. */
export async function openContinueDialog(page: Page, year: string): Promise<Locator> {
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: '新建文稿' });
  await dialog.getByRole('button', { name: '以往年报告为基础…' }).click();
  await dialog.getByLabel('年度').fill(year);
  return dialog;
}
