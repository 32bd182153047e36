import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticReport } from '../../electron/cli/bench/syntheticReports';
import { LINES_PER_PAGE } from '../../shared/export/gbt9704';
import { exportHtml } from '../../shared/export/html';
import { parseReportText } from '../../shared/genre/report';
import { documentFromReport } from '../../shared/model/documentFromReport';
import { browserLaunch } from '../e2e/browser';
import { tempDir } from '../unit/helpers';
import { fullCjkLines, gridCharacters, readPdfLayout, typeArea, type PdfLine, type PdfPage } from './pdfLayout';

/**
 * 打印 and 导出 PDF as Chromium lays them out (the desktop app's printToPDF is the same engine): the
 * report's HTML under the app's print stylesheet, printed to PDF and measured with pdftotext.
 */
let pages: PdfPage[] = [];

/** Chromium's glyph boxes reach a little above the type area; only the page number lies below it. */
const textLines = (page: PdfPage): PdfLine[] => page.lines.filter((line) => line.yMin < typeArea.bottom);

beforeAll(async () => {
  const css = readFileSync(resolve(import.meta.dirname, '../../renderer/export/print.css'), 'utf8');
  const html = exportHtml(documentFromReport(parseReportText(syntheticReport(7, 56_000))));
  const browser = await chromium.launch({ ...(await browserLaunch()), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${css}</style></head><body><div class="print-root">${html}</div></body></html>`);
    await page.emulateMedia({ media: 'print' });
    const pdf = join(tempDir(), 'printed.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    pages = readPdfLayout(pdf);
  } finally {
    await browser.close();
  }
}, 120_000);

describe('the printed report as Chromium lays it out', () => {
  it('fills every page between the first and the last with 22 lines, as the Word file does', () => {
    expect(pages.length).toBeGreaterThanOrEqual(25);
    const counts = pages.slice(1, -1).map((page) => textLines(page).length);
    expect(counts.filter((n) => n !== LINES_PER_PAGE)).toEqual([]);
  });

  it('puts 28 characters on a full line of Chinese text', () => {
    const lines = fullCjkLines(pages.slice(1, -1));
    expect(lines.length).toBeGreaterThan(100);
    const short = lines.filter((line) => gridCharacters(line) !== 28);
    expect(short.length / lines.length).toBeLessThan(0.15);
  });
});
