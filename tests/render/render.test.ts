import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticReport } from '../../electron/cli/bench/syntheticReports';
import { exportDocx } from '../../shared/export/docx';
import { LINES_PER_PAGE } from '../../shared/export/gbt9704';
import { parseReportText } from '../../shared/genre/report';
import type { ParsedReport } from '../../shared/genre/types';
import { layoutDocument, type LineSlot } from '../../shared/export/pages';
import { documentFromReport } from '../../shared/model/documentFromReport';
import { tempDir } from '../unit/helpers';
import { otherLatinFonts, pdfFonts, pinnedFontEnv } from './latinFont';
import { bodyLines, footerLines, fullCjkLines, gridCharacters, readPdfLayout, typeArea, type PdfPage } from './pdfLayout';
import { exportSources } from '../unit/export/sources';

/**
 * Renders the exports with LibreOffice and measures the pages as a reader would see them. Needs
 * `soffice` (Debian: libreoffice-writer) and `pdftotext` (poppler-utils), which .ci/run installs.
 */
const PT_PER_MM = 72 / 25.4;
let rendered: { name: string; pages: PdfPage[]; fonts: string[]; hasTable: boolean; hasTitle: boolean; report: ParsedReport }[] = [];

function requireTool(tool: string, debianPackage: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`渲染测试需要 ${tool}：请安装 ${debianPackage}（Debian/Ubuntu：sudo apt-get install ${debianPackage}）。`);
  }
}

beforeAll(async () => {
  requireTool('soffice', 'libreoffice-writer');
  requireTool('pdftotext', 'poppler-utils');
  const dir = tempDir();
  const sources = await exportSources();
  const long = { name: 'synthetic-30-pages', report: parseReportText(syntheticReport(7, 56_000)) };
  const all = [...sources, long].map((s, i) => ({ ...s, file: `r${i}` }));
  for (const s of all) writeFileSync(join(dir, `${s.file}.docx`), await exportDocx(documentFromReport(s.report)));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...all.map((s) => join(dir, `${s.file}.docx`))],
    // Times New Roman is the bundled Tinos, whatever Liberation Serif or Times New Roman the machine has.
    { stdio: 'ignore', timeout: 240_000, env: pinnedFontEnv(dir) },
  );
  rendered = all.map((s) => {
    const pdf = join(dir, `${s.file}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice 没有生成 ${s.name} 的 PDF`);
    return { name: s.name, pages: readPdfLayout(pdf), fonts: pdfFonts(pdf), hasTable: s.report.blocks.some((b) => b.type === 'table'), hasTitle: s.report.title !== null, report: s.report };
  });
}, 300_000);

describe('the exported Word file as LibreOffice renders it', () => {
  it('sets Times New Roman in the bundled Tinos, never in a Liberation Serif or another Times', () => {
    const withLatin = rendered.filter((r) => /[0-9A-Za-z]/u.test(r.pages.flatMap((p) => p.lines.map((l) => l.text)).join('')));
    expect(withLatin.length).toBeGreaterThan(10);
    for (const { name, fonts } of withLatin) {
      expect(fonts, name).toContain('Tinos-Regular');
      expect(otherLatinFonts(fonts), name).toEqual([]);
    }
  });

  it('renders the 30-page report on about 30 pages', () => {
    const long = rendered.find((r) => r.name === 'synthetic-30-pages');
    expect(long?.pages.length).toBeGreaterThanOrEqual(28);
  });

  it('puts 22 lines of body text on every full page, 28.95 pt apart', () => {
    let full = 0;
    for (const { name, pages, hasTable, hasTitle } of rendered) {
      if (hasTable) continue;
      pages.slice(0, -1).forEach((page, i) => {
        const lines = bodyLines(page);
        // Page 1 starts with the title, then one empty line.
        const slots = lines.length + (i === 0 && hasTitle ? 1 : 0);
        expect(slots, `${name} page ${i + 1}`).toBe(LINES_PER_PAGE);
        const body = i === 0 && hasTitle ? lines.slice(-(LINES_PER_PAGE - 3)) : lines;
        for (let l = 1; l < body.length; l++) {
          expect(Math.abs((body[l]?.yMin ?? 0) - (body[l - 1]?.yMin ?? 0) - 28.95), `${name} page ${i + 1} line ${l + 1}`).toBeLessThan(0.6);
        }
        full++;
      });
    }
    expect(full).toBeGreaterThanOrEqual(35);
  });

  it('puts 28 characters on every full line', () => {
    const lines = rendered.flatMap((r) => fullCjkLines(r.pages).map((line) => ({ name: r.name, line })));
    expect(lines.length).toBeGreaterThan(150);
    for (const { name, line } of lines) expect(gridCharacters(line), `${name}: ${line.text}`).toBe(28);
  });

  it('prints the page number 7 mm below the type area, on the right of odd pages and the left of even pages', () => {
    for (const { name, pages } of rendered) {
      pages.forEach((page, i) => {
        const [number] = footerLines(page);
        const where = `${name} page ${i + 1}`;
        expect(number?.text, where).toBe(`—${i + 1}—`);
        expect(Math.abs((number?.yMin ?? 0) - (typeArea.bottom + 7 * PT_PER_MM)), where).toBeLessThan(2);
        if ((i + 1) % 2 === 1) expect(Math.abs(typeArea.right - 14 - (number?.xMax ?? 0)), where).toBeLessThan(1.5);
        else expect(Math.abs((number?.xMin ?? 0) - (typeArea.left + 14)), where).toBeLessThan(1.5);
      });
    }
  });
});

/** Text as pdftotext and the layout both have it: no spaces, no punctuation (a hanging mark is not extracted). */
const comparable = (text: string) => text.replace(/[\s\p{P}]/gu, '');
const textLines = (slots: readonly LineSlot[]) => slots.flatMap((s) => (s.kind === 'text' && s.text !== '' ? [s.text] : []));

describe('the page view against the Word file as LibreOffice renders it', () => {
  it('breaks every page where LibreOffice does: the same number of pages, the same first line on each', () => {
    const report: string[] = [];
    let pages = 0;
    let off = 0;
    for (const { name, pages: printed, report: parsed } of rendered) {
      const layout = layoutDocument(documentFromReport(parsed));
      expect(layout.pageStarts.length, name).toBe(printed.length);
      printed.forEach((page, i) => {
        pages++;
        const first = comparable(bodyLines(page)[0]?.text ?? '');
        const mine = textLines(layout.slots.slice(layout.pageStarts[i] ?? 0));
        if (comparable(mine[0] ?? '').slice(0, 8) === first.slice(0, 8)) return;
        off++;
        // Allowed: one line early or late, said here with the page.
        const near = [mine[1], textLines(layout.slots.slice(0, layout.pageStarts[i] ?? 0)).at(-1)].some((t) => comparable(t ?? '').slice(0, 8) === first.slice(0, 8));
        expect(near, `${name} page ${i + 1}: page view starts “${mine[0] ?? ''}”, LibreOffice “${first}”`).toBe(true);
        report.push(`${name} page ${i + 1}`);
      });
    }
    if (report.length > 0) console.info(`页面分界相差一行：${report.join('、')}`);
    expect(pages).toBeGreaterThan(70);
    expect(off * 10).toBeLessThanOrEqual(pages);
  });

  it('sets the same lines as LibreOffice on all but a handful (no table: cells print side by side)', () => {
    let lines = 0;
    let differ = 0;
    for (const { name, pages, report: parsed, hasTable } of rendered) {
      if (hasTable) continue;
      const mine = textLines(layoutDocument(documentFromReport(parsed)).slots).map(comparable);
      const printed = pages.flatMap(bodyLines).map((l) => comparable(l.text));
      expect(mine.length, name).toBe(printed.length);
      mine.forEach((line, i) => {
        lines++;
        if (line !== printed[i]) differ++;
      });
    }
    console.info(`排版行与 LibreOffice 不同的行：${differ} / ${lines}`);
    expect(lines).toBeGreaterThan(1200);
    expect(differ / lines).toBeLessThan(0.01);
  });
});
