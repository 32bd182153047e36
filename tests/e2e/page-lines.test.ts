import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveDraft } from '../../electron/library/drafts';
import { openLibrary } from '../../electron/library/open';
import { layoutDocument } from '../../shared/export/pages';
import { parseReportText } from '../../shared/genre/report';
import { inlineText, type ReportDocument } from '../../shared/model/document';
import { documentFromReport } from '../../shared/model/documentFromReport';
import { HEADING_NODE_TYPE, textBlockNodeTypes } from '../../shared/model/editorNodeTypes';
import { openApp, startWebMode, type WebMode } from './webMode';
import type { Browser, Page } from 'playwright-core';

/** Reports to compare: the corpus beside the checkout (when present) and our fixtures without tables. */
const corpus = resolve(import.meta.dirname, '../../../shared/corpus');
const fixtures = resolve(import.meta.dirname, '../fixtures/reports');
const files = [
  ...(existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => join(corpus, f)) : []),
  ...['robust-parts.txt', 'robust-headings.txt', 'robust-parallel-siblings.txt', 'two-line-title.txt'].map((f) => join(fixtures, f)),
];
const docs = files.map((file) => documentFromReport(parseReportText(readFileSync(file, 'utf8')))).filter((d) => d.blocks.every((b) => b.kind !== 'table'));

const text = (t: string) => ({ type: 'text', text: t, detail: 0, format: 0, mode: 'normal', style: '', version: 1 });
/** The document as a saved draft, block for block. */
function draftOf(doc: ReportDocument): string {
  const children = doc.blocks.map((b) => ({
    ...(b.kind === 'heading' ? { type: HEADING_NODE_TYPE, level: b.level, runIn: b.runIn } : { type: b.kind === 'table' ? 'paragraph' : textBlockNodeTypes[b.kind] }),
    children: [text(b.kind === 'table' ? '' : inlineText(b.inlines))],
    direction: null,
    format: '',
    indent: 0,
    version: 1,
  }));
  return JSON.stringify({ root: { type: 'root', children, direction: null, format: '', indent: 0, version: 1 } });
}

let web: WebMode;
let app: { browser: Browser; page: Page };
beforeAll(async () => {
  web = await startWebMode((dbPath) => {
    const library = openLibrary(dbPath);
    docs.forEach((doc, i) => saveDraft(library.db, { title: `稿${i}`, content: draftOf(doc) }, `2026-01-0${i + 1}T00:00:00.000Z`));
    library.close();
  });
  app = await openApp(web);
});
afterAll(async () => {
  await app?.browser.close();
  await web?.stop();
});

describe('a line on screen is a line on paper', () => {
  it('sets every printed paragraph of real reports on as many lines on screen as the Word file does', async () => {
    const { page } = app;
    let paragraphs = 0;
    const differ: string[] = [];
    for (const [i, doc] of docs.entries()) {
      await page.getByRole('button', { name: '文稿', exact: true }).click();
      await page.getByRole('list', { name: '最近的文稿' }).getByRole('listitem').filter({ hasText: `稿${i}` }).first().getByRole('button', { name: '打开' }).click();
      await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
      await page.waitForTimeout(300);
      // Line boxes are 28.95 pt apart: a block's height says how many lines it takes on screen.
      const screen = await page.evaluate(() => [...document.querySelectorAll('.report-body > *')].map((el) => Math.round(el.getBoundingClientRect().height / ((28.95 * 96) / 72))));
      const layout = layoutDocument(doc);
      layout.paragraphs.forEach((printed, p) => {
        const block = layout.blocks[p] ?? 0;
        // A run-in heading floats into its body's first line: the body's lines are the paragraph's.
        const onScreen = printed.role === 'body' && printed.heading ? (screen[block + 1] ?? 0) : (screen[block] ?? 0);
        const onPaper = layout.slots.filter((s) => s.kind === 'text' && s.paragraph === p).length;
        paragraphs++;
        if (onScreen !== onPaper) differ.push(`稿${i} ¶${p}: 屏幕 ${onScreen} 行，纸上 ${onPaper} 行`);
      });
    }
    console.info(`屏幕与纸上行数不同的段落：${differ.length} / ${paragraphs}${differ.length ? `（${differ.join('；')}）` : ''}`);
    expect(paragraphs).toBeGreaterThan(40);
    // Chromium cannot hang a comma past the right edge as Word and LibreOffice do, so a paragraph whose
    // line ends in a hanging comma takes one line more on screen; the boundaries still stand at their text.
    expect(differ.length / paragraphs).toBeLessThanOrEqual(0.06);
  });
});
