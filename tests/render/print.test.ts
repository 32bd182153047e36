import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticReport } from '../../electron/cli/bench/syntheticReports';
import { BODY_CHAR_TWIPS, LINES_PER_PAGE } from '../../shared/export/gbt9704';
import { exportPagedHtml } from '../../shared/export/pagedHtml';
import { layoutDocument, type LineSlot, type PageLayout } from '../../shared/export/pages';
import { parseReportText } from '../../shared/genre/report';
import type { ReportDocument } from '../../shared/model/document';
import { documentFromReport } from '../../shared/model/documentFromReport';
import { browserLaunch } from '../e2e/browser';
import { tempDir } from '../unit/helpers';
import { exportSources } from '../unit/export/sources';
import { frameSamples } from './frameSamples';
import { otherLatinFonts, pdfFonts, pinnedLatinCss, TINOS_NAMES } from './latinFont';
import { fullLinesOf, gridCharacters, readPdfLayout, typeArea, type PdfLine, type PdfPage } from './pdfLayout';

/**
 * 打印 and 导出 PDF as Chromium lays them out (the desktop app's printToPDF is the same engine): the
 * report's paged HTML under the app's print stylesheet, printed to PDF and measured with pdftotext,
 * page by page against the layout the render test holds to LibreOffice's rendering of the .docx.
 */
interface Printed {
  name: string;
  layout: PageLayout;
  /** The 版头's lines: drawn above the title, no line of the grid. */
  header: string[];
  pages: PdfPage[];
  /** The fonts the PDF embeds (pdffonts). */
  fonts: string[];
  hasTable: boolean;
}
const printed: Printed[] = [];

/**
 * The page's printed rows from the top: Chromium's glyph boxes reach a little above the type area,
 * only the page number lies below it, and what stands side by side on one line (the 发文字号 and
 * 签发人, the 印发机关 and 印发日期) pdftotext reads as separate lines, joined here from left to right.
 */
function textLines(page: PdfPage): PdfLine[] {
  const centre = (line: PdfLine) => (line.yMin + line.yMax) / 2;
  const lines = page.lines.filter((line) => line.yMin < typeArea.bottom).sort((a, b) => centre(a) - centre(b));
  // Pieces of one row (digits in Times New Roman have glyph boxes of their own) stand well within a pitch.
  const rows: PdfLine[][] = [];
  for (const line of lines) {
    const row = rows.at(-1);
    if (row?.[0] && Math.abs(centre(row[0]) - centre(line)) < 8) row.push(line);
    else rows.push([line]);
  }
  return rows.map((row) => {
    const pieces = [...row].sort((a, b) => a.xMin - b.xMin);
    return {
      text: pieces.map((p) => p.text).join(''),
      xMin: Math.min(...pieces.map((p) => p.xMin)),
      xMax: Math.max(...pieces.map((p) => p.xMax)),
      yMin: Math.min(...pieces.map((p) => p.yMin)),
      yMax: Math.max(...pieces.map((p) => p.yMax)),
    };
  });
}

async function print(page: Page, css: string, doc: ReportDocument, file: string): Promise<{ pages: PdfPage[]; fonts: string[] }> {
  await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${css}</style></head><body><div class="print-root">${exportPagedHtml(doc)}</div></body></html>`);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready);
  const pdf = join(process.env.PRINT_KEEP ?? tempDir(), `${file}.pdf`);
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
  return { pages: readPdfLayout(pdf), fonts: pdfFonts(pdf) };
}

beforeAll(async () => {
  // The app's Latin faces with only the bundled Tinos (no local Times New Roman or Liberation Serif), then the print stylesheet.
  const css = [pinnedLatinCss(), readFileSync(resolve(import.meta.dirname, '../../renderer/export/print.css'), 'utf8')].join('\n');
  const sources = [
    ...(await exportSources()).map((s) => ({ name: s.name, doc: documentFromReport(s.report) })),
    { name: 'synthetic-30-pages', doc: documentFromReport(parseReportText(syntheticReport(7, 56_000))) },
    ...frameSamples(),
  ];
  const browser = await chromium.launch({ ...(await browserLaunch()), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    for (const [i, { name, doc }] of sources.entries()) {
      const header = doc.format?.header ? [doc.format.header.issuer, `${doc.format.header.number ?? ''}签发人：${doc.format.header.signer ?? ''}`].map(comparable) : [];
      printed.push({ name, header, layout: layoutDocument(doc), ...(await print(page, css, doc, `p${i}`)), hasTable: doc.blocks.some((b) => b.kind === 'table') });
    }
  } finally {
    await browser.close();
  }
}, 240_000);

/** Text as pdftotext and the layout both have it: no spaces, no punctuation. */
const comparable = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '');
/** The page's rows as comparable text, the 版头's own lines (at the top of page 1) left out. */
function rowsOf(pages: PdfPage[], header: string[]): string[] {
  const rows = pages.flatMap(textLines).map((l) => comparable(l.text)).filter((t) => t !== '');
  const skip = header.filter((line) => rows.slice(0, header.length).includes(line)).length;
  return rows.slice(skip);
}
const layoutLines = (slots: readonly LineSlot[]) => slots.flatMap((s) => (s.kind === 'text' && comparable(s.text) !== '' ? [comparable(s.text)] : []));

describe('the printed report as Chromium lays it out', () => {
  it('sets Latin letters and digits in the bundled Tinos and nothing else that stands for Times New Roman', () => {
    const withLatin = printed.filter((p) => /[0-9A-Za-z]/u.test(p.layout.slots.map((s) => (s.kind === 'text' ? s.text : '')).join('')));
    expect(withLatin.length).toBeGreaterThan(10);
    for (const { name, fonts } of withLatin) {
      expect(fonts.filter((font) => TINOS_NAMES.includes(font)), name).toContain('Tinos-Regular');
      expect(otherLatinFonts(fonts), name).toEqual([]);
    }
    // Level-3 headings are bold: their Latin characters come from the bold file, not the regular one made heavier.
    expect(printed.some((p) => p.fonts.includes('Tinos-Bold'))).toBe(true);
  });

  it('has the pages of the Word file: as many, each starting with the same line', () => {
    let pages = 0;
    for (const { name, layout, pages: pdf, header } of printed) {
      expect(pdf.length, name).toBe(layout.pageStarts.length);
      pdf.forEach((page, i) => {
        pages++;
        const mine = layoutLines(layout.slots.slice(layout.pageStarts[i] ?? 0, layout.pageStarts[i + 1] ?? layout.slots.length));
        const lines = rowsOf([page], i === 0 ? header : []);
        expect(lines[0]?.slice(0, 8), `${name} page ${i + 1}`).toBe(mine[0]?.slice(0, 8));
      });
    }
    expect(pages).toBeGreaterThan(70);
  });

  it('sets every line where the Word file sets it (tables aside: their cells print side by side)', () => {
    let lines = 0;
    for (const { name, layout, pages, hasTable, header } of printed) {
      if (hasTable) continue;
      const mine = layoutLines(layout.slots);
      const pdf = rowsOf(pages, header);
      expect(pdf, name).toEqual(mine);
      lines += mine.length;
    }
    expect(lines).toBeGreaterThan(1200);
  });

  it('fills every page between the first and the last with 22 lines, 28.95 pt apart', () => {
    const long = printed.find((p) => p.name === 'synthetic-30-pages');
    expect(long?.pages.length).toBeGreaterThanOrEqual(25);
    for (const page of long?.pages.slice(1, -1) ?? []) {
      const lines = textLines(page);
      expect(lines.length).toBe(LINES_PER_PAGE);
      // Each line is a box of exactly one pitch; within it, a line with digits sits up to 1.4 pt higher
      // (the fallback font's ascent moves its baseline), never into the next line.
      for (let l = 1; l < lines.length; l++) expect(Math.abs((lines[l]?.yMin ?? 0) - (lines[l - 1]?.yMin ?? 0) - 28.95)).toBeLessThan(1.5);
    }
  });

  it('puts 28 characters on a full line of Chinese text, across the type area', () => {
    const lines = printed.flatMap((p) => fullLinesOf(p.pages.flatMap(textLines)));
    expect(lines.length).toBeGreaterThan(150);
    // Where LibreOffice hangs a line's last comma in the margin, Chromium sets it at half width at the
    // type area's edge: the line still holds the same 28 characters and the mark.
    const characters = (line: PdfLine) => gridCharacters(line) - (/[，。、；：！？”’）》]$/u.test(line.text) && gridCharacters(line) === 29 ? 1 : 0);
    expect(lines.filter((line) => characters(line) !== 28).map((line) => line.text)).toEqual([]);
    expect(lines.filter((line) => Math.abs(line.xMax - typeArea.right) > 2).map((line) => line.text)).toEqual([]);
  });

  it('places the signature and the date as the Word file does, in characters from the right', () => {
    const charPt = BODY_CHAR_TWIPS / 20;
    const row = (name: string, text: string) => printed.find((p) => p.name === name)?.pages.flatMap(textLines).find((l) => l.text === text);
    const right = (line: PdfLine | undefined) => (typeArea.right - (line?.xMax ?? 0)) / charPt;
    const start = (line: PdfLine | undefined) => (typeArea.right - (line?.xMin ?? 0)) / charPt;
    const signature = row('frame/plain', '中共某县财政局党组委员会');
    const date = row('frame/plain', '2026年1月5日');
    expect(right(signature)).toBeCloseTo(2, 0);
    // The date starts two characters right of the signature's first character.
    expect(start(signature) - start(date)).toBeCloseTo(2, 0);
    expect(right(row('frame/sealed', '2026年1月5日'))).toBeCloseTo(4, 0);
  });
});
