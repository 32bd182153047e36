// Editor performance in web mode, measured in Chromium with Playwright (npm run bench:editor):
// keystroke to paint, inserting a 500-character paragraph, opening a draft, renumbering after a move,
// the 检查 tab updating after a keystroke, in a 50,000-character draft and in a 1,000,000-character one
// (a whole year book pasted in; fewer opens at that size). `--chars N` measures one size only. Prints JSON with p50/p95 in milliseconds. “To paint” is measured to
// the first animation frame after the DOM changed, so it includes waiting for that frame.
import { syntheticParagraph } from '../../electron/cli/bench/syntheticParagraphs';
import { saveDraft } from '../../electron/library/drafts';
import { openLibrary } from '../../electron/library/open';
import { saveParagraph } from '../../electron/library/paragraphs';
import { launchChromium, startWebMode } from '../e2e/webMode';

const sizeArg = process.argv.indexOf('--chars');
const SIZES = sizeArg >= 0 ? [Number(process.argv[sizeArg + 1])] : [50_000, 1_000_000];
/** The targets at each size (issue 29: 50 ms p95 and opening under 3 s at 1,000,000 characters). */
const targetsAt = (chars: number) =>
  chars <= 50_000
    ? { keystrokeP95Ms: 16, insertMs: 16, renumberMs: 16, openMs: 300, checksMs: 50, pageLayerP95Ms: 16, openWithPageViewSlowerAtMost: '20%' }
    : { keystrokeP95Ms: 50, openMs: 3000 };

const text = (t: string) => ({ type: 'text', text: t, detail: 0, format: 0, mode: 'normal', style: '', version: 1 });
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: null,
  format: '',
  indent: 0,
  version: 1,
  ...(type === 'paragraph' ? { textFormat: 0, textStyle: '' } : {}),
  ...extra,
});

/** A Lexical editor state of about `target` characters: sections of headings and paragraphs. */
function bigDraft(marker: string, target: number): string {
  const children: unknown[] = [block('report-title', [text(`${marker}大文稿`)])];
  let chars = 0;
  for (let section = 0; chars < target; section++) {
    children.push(block('report-heading', [text(`第${section}部分工作情况`)], { level: 1 }));
    for (let sub = 0; sub < 4 && chars < target; sub++) {
      children.push(block('report-heading', [text(`第${section}.${sub}小节`)], { level: 2 }));
      for (let p = 0; p < 3; p++) {
        const body = syntheticParagraph(section * 100 + sub * 10 + p);
        chars += body.length;
        children.push(block('paragraph', [text(body)]));
      }
    }
  }
  return JSON.stringify({ root: block('root', children) });
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0) * 10) / 10;
};
const summary = (values: number[]) => ({ runs: values.length, p50Ms: percentile(values, 50), p95Ms: percentile(values, 95) });

async function measure(target: number): Promise<Record<string, unknown>> {
  const big = target > 50_000;
  const web = await startWebMode((dbPath) => {
    const library = openLibrary(dbPath);
    saveDraft(library.db, { title: '甲', content: bigDraft('甲', target) }, '2026-01-01T00:00:00.000Z');
    saveDraft(library.db, { title: '乙', content: bigDraft('乙', target) }, '2026-01-02T00:00:00.000Z');
    saveParagraph(library.db, { text: `基准插入段落${'认真落实意识形态工作责任制，'.repeat(35)}`.slice(0, 500), part: 'work', tags: [] });
    library.close();
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.setDefaultTimeout(big ? 120_000 : 30_000);
    await page.goto(web.url);
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    const draftChars = await page.evaluate(() => document.querySelector('.report-body')?.textContent?.length ?? 0);

    // Keystroke to paint: from keydown to the first animation frame after the editor's DOM changed.
    await page.evaluate(`(() => {
      const root = document.querySelector('.report-body');
      window.__latencies = [];
      window.__processing = [];
      window.__pages = [];
      window.__t0 = 0;
      window.__p0 = 0;
      // Keystroke to the page layer showing the new layout (its data-version changes), then a frame.
      root.addEventListener('keydown', () => { window.__p0 = performance.now(); }, true);
      window.__pagesPainted = [];
      new MutationObserver(() => {
        const p0 = window.__p0;
        if (!p0) return;
        window.__p0 = 0;
        window.__pages.push(performance.now() - p0);
        requestAnimationFrame(() => window.__pagesPainted.push(performance.now() - p0));
      }).observe(document.querySelector('.page-layer'), { attributes: true, attributeFilter: ['data-version'] });
      root.addEventListener('keydown', () => { window.__t0 = performance.now(); }, true);
      new MutationObserver(() => {
        const t0 = window.__t0;
        if (!t0) return;
        window.__t0 = 0;
        window.__processing.push(performance.now() - t0);
        requestAnimationFrame(() => window.__latencies.push(performance.now() - t0));
      }).observe(root, { childList: true, subtree: true, characterData: true });
    })()`);
    const middle = page.locator('.report-body .report-paragraph').nth(60);
    await middle.click({ position: { x: 100, y: 8 } });
    // Letters, because Playwright types CJK text without key events (an IME commits it as one input).
    await page.keyboard.type('wengao typing latency test '.repeat(4), { delay: 25 });
    await page.waitForTimeout(300);
    const keystrokes = (await page.evaluate('window.__latencies')) as number[];
    const processing = (await page.evaluate('window.__processing')) as number[];
    const pageLayer = (await page.evaluate('window.__pages')) as number[];
    const pageLayerPainted = (await page.evaluate('window.__pagesPainted')) as number[];

    // Keystroke to the 检查 tab's count: a half-width comma typed between two characters is a new
    // punctuation warning; measured from keydown until the warning badge shows one more.
    await page.evaluate(`(() => {
      window.__checks = [];
      window.__c0 = 0;
      const warnings = () => Number(document.querySelector('.check-badge.warning')?.textContent ?? 0);
      window.__w = warnings();
      document.querySelector('.report-body').addEventListener('keydown', (e) => { if (e.key === ',') window.__c0 = performance.now(); }, true);
      new MutationObserver(() => {
        const now = warnings();
        if (now > window.__w && window.__c0) { window.__checks.push(performance.now() - window.__c0); window.__c0 = 0; }
        window.__w = now;
      }).observe(document.querySelector('.sidebar-tabs'), { childList: true, subtree: true, characterData: true });
    })()`);
    await page.locator('.report-body .report-paragraph').nth(90).click({ position: { x: 160, y: 8 } });
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press(',');
      await page.waitForTimeout(150);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
    }
    const checks = (await page.evaluate('window.__checks')) as number[];

    /** Runs `act` in the page and waits until `done` holds, then one animation frame: the time in ms. */
    // Written as a string: bundlers rename helpers inside functions passed to evaluate.
    const timed = (act: string, done: string) =>
      page.evaluate(`new Promise((resolve) => {
        const root = document.querySelector('.report-body');
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!(${done})) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
        ${act};
      })`) as Promise<number>;

    // Inserting a 500-character library paragraph after the current block.
    await page.getByRole('tab', { name: '段落库' }).click();
    await page.getByRole('searchbox', { name: '搜索段落库' }).fill('基准插入段落');
    await page.locator('[data-index="0"] .hit-text').waitFor();
    const inserts: number[] = [];
    for (let i = 0; i < 15; i++) {
      const before = await page.evaluate(() => document.querySelectorAll('.report-body .report-paragraph').length);
      inserts.push(
        await timed(
          `document.querySelector('[data-index="0"] .hit-actions button').click()`,
          `document.querySelectorAll('.report-body .report-paragraph').length > ${before}`,
        ),
      );
    }

    // Renumbering after moving a section down in the outline and back up.
    await page.getByRole('tab', { name: '大纲' }).click();
    await page.getByRole('list', { name: '大纲' }).waitFor();
    const moves: number[] = [];
    for (let i = 0; i < 10; i++) {
      const direction = i % 2 === 0 ? '下移' : '上移';
      const heading = i % 2 === 0 ? '第0部分工作情况' : '第0部分工作情况';
      const expected = i % 2 === 0 ? '二、' : '一、';
      moves.push(
        await timed(
          `document.querySelector('[aria-label="${direction}“${heading}”"]').click()`,
          `[...document.querySelectorAll('.report-body [data-level="1"]')].find((h) => h.textContent === '${heading}')?.dataset.number === '${expected}'`,
        ),
      );
      await page.waitForTimeout(250);
    }

    // Opening the other 50,000-character draft from the drafts dialog, with the page view on and then off.
    const openDrafts = async (runs: number) => {
      const opens: number[] = [];
      for (let i = 0; i < runs; i++) {
        const target = i % 2 === 0 ? '甲' : '乙';
        await page.getByRole('button', { name: '文稿', exact: true }).click();
        const item = page.getByRole('list', { name: '最近的文稿' }).getByRole('listitem').filter({ hasText: target }).first();
        await item.getByRole('button', { name: '打开' }).waitFor();
        opens.push(
          await timed(
            `[...document.querySelectorAll('[aria-label="最近的文稿"] li')].find((li) => li.textContent.startsWith('${target}'))?.querySelector('button').click()`,
            `document.querySelector('.report-title')?.textContent === '${target}大文稿'`,
          ),
        );
        await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
      }
      return opens;
    };
    // In turns, so neither kind of open is measured on a warmer page than the other; after switching the
    // page view, the page settles (its first layout) before the next open is timed. Twenty opens of each,
    // so the p95 is not simply the slowest open.
    const opens: number[] = [];
    const opensWithoutPages: number[] = [];
    const togglePageView = async (state: 'attached' | 'detached') => {
      await page.getByRole('button', { name: '分页', exact: true }).click();
      await page.locator('.page-layer').waitFor({ state });
      await page.waitForTimeout(500);
    };
    for (let round = 0; round < (big ? 2 : 10); round++) {
      opens.push(...(await openDrafts(2)));
      await togglePageView('detached');
      opensWithoutPages.push(...(await openDrafts(2)));
      await togglePageView('attached');
    }
    const slower = (p: number) => `${Math.round((percentile(opens, p) / percentile(opensWithoutPages, p) - 1) * 100)}%`;

    return {
          draftChars,
          keystrokeToPaint: summary(keystrokes),
          keystrokeToDomUpdate: summary(processing),
          insert500CharParagraph: summary(inserts),
          renumberAfterMove: summary(moves),
          openDraft: summary(opens),
          openDraftWithoutPageView: summary(opensWithoutPages),
          openWithPageViewSlower: { p50: slower(50), p95: slower(95) },
          keystrokeToPageLayer: summary(pageLayer),
          keystrokeToPageLayerPainted: summary(pageLayerPainted),
          keystrokeToChecks: summary(checks),
          targets: targetsAt(target),
    };
  } finally {
    await browser.close();
    await web.stop();
  }
}

const results: Record<string, unknown> = {};
for (const size of SIZES) results[`chars${size}`] = await measure(size);
console.log(JSON.stringify(results, null, 2));
