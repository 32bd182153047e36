import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../shared/export/docx';
import { BODY_CHAR_TWIPS } from '../../shared/export/gbt9704';
import type { ReportDocument } from '../../shared/model/document';
import { variants } from './frameSamples';
import { widthInChars } from '../../shared/export/signOff';
import { tempDir } from '../unit/helpers';
import { layoutDocument } from '../../shared/export/pages';
import { otherLatinFonts, pdfFonts, pinnedFontEnv } from './latinFont';
import { bodyLines, readPdfLayout, typeArea, type PdfLine, type PdfPage } from './pdfLayout';

/** The signature block as LibreOffice prints it, measured in body characters (GB/T 9704 §7.3.5). */
const CHAR_PT = BODY_CHAR_TWIPS / 20;
let pages: Record<string, PdfPage[]> = {};
let printed: Record<string, PdfLine[]> = {};
let fonts: Record<string, string[]> = {};

beforeAll(async () => {
  const dir = tempDir();
  const names = Object.keys(variants);
  for (const name of names) writeFileSync(join(dir, `${name}.docx`), await exportDocx(variants[name] as ReportDocument));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => join(dir, `${n}.docx`))],
    // Times New Roman is the bundled Tinos, whatever Liberation Serif or Times New Roman the machine has.
    { stdio: 'ignore', timeout: 120_000, env: pinnedFontEnv(dir) },
  );
  pages = Object.fromEntries(names.map((name) => [name, readPdfLayout(join(dir, `${name}.pdf`))]));
  fonts = Object.fromEntries(names.map((name) => [name, pdfFonts(join(dir, `${name}.pdf`))]));
  printed = Object.fromEntries(names.map((name) => [name, (pages[name] ?? []).flatMap(bodyLines)]));
  for (const [name, lines] of Object.entries(printed)) {
    console.info(name, lines.slice(1).map((l) => `${l.text}: 右空 ${right(l).toFixed(2)} 字，起于 ${start(l).toFixed(2)} 字`).join('；'));
  }
}, 180_000);

/** From the type area's right edge to the end of the line, and to its first character, in characters. */
const right = (line: PdfLine | undefined) => (typeArea.right - (line?.xMax ?? 0)) / CHAR_PT;
const start = (line: PdfLine | undefined) => (typeArea.right - (line?.xMin ?? 0)) / CHAR_PT;
/** Lines between two printed lines (0: the next line). */
const linesBetween = (upper: PdfLine | undefined, lower: PdfLine | undefined) => Math.round(((lower?.yMin ?? 0) - (upper?.yMin ?? 0)) / 28.95) - 1;

describe('the signature block as printed', () => {
  it('sets the dates\' digits in the bundled Tinos, never in a Liberation Serif or another Times', () => {
    for (const [name, used] of Object.entries(fonts)) {
      expect(used, name).toContain('Tinos-Regular');
      expect(otherLatinFonts(used), name).toEqual([]);
    }
  });

  it('without a seal: the signature two characters from the right, one blank line above it, the date starting two characters to its right', () => {
    const [body, signature, date] = printed.plain ?? [];
    expect(right(signature)).toBeCloseTo(2, 0);
    expect(Math.abs(right(signature) - 2)).toBeLessThan(0.2);
    expect(Math.abs(start(signature) - start(date) - 2)).toBeLessThan(0.2);
    expect(linesBetween(body, signature)).toBe(1);
    expect(linesBetween(signature, date)).toBe(0);
  });

  it('a date longer than the signature stands two characters from the right, the signature two characters left of it', () => {
    const [, signature, date] = printed.longDate ?? [];
    expect(Math.abs(right(date) - 2)).toBeLessThan(0.2);
    expect(Math.abs(start(signature) - start(date) - 2)).toBeLessThan(0.2);
  });

  it('joint issuers one under another, their first characters aligned', () => {
    const [, first, second, date] = printed.joint ?? [];
    expect(Math.abs(start(first) - start(second))).toBeLessThan(0.2);
    expect(Math.abs(start(second) - start(date) - 2)).toBeLessThan(0.2);
  });

  it('with a seal: the date four characters from the right, the signature centred over it, room for the seal', () => {
    const [body, signature, date] = printed.sealed ?? [];
    expect(Math.abs(right(date) - 4)).toBeLessThan(0.2);
    const centre = (line: PdfLine | undefined) => ((line?.xMin ?? 0) + (line?.xMax ?? 0)) / 2;
    expect(Math.abs(centre(signature) - centre(date)) / CHAR_PT).toBeLessThan(0.2);
    expect(linesBetween(body, signature)).toBe(2);
  });

  it('the 附件说明 one line below the body, two characters in, names and their second lines aligned', () => {
    const [body, first, wrapped, second] = printed.attachments ?? [];
    const fromLeft = (line: PdfLine | undefined) => ((line?.xMin ?? 0) - typeArea.left) / CHAR_PT;
    expect(linesBetween(body, first)).toBe(1);
    expect(Math.abs(fromLeft(first) - 2)).toBeLessThan(0.2);
    expect(Math.abs(fromLeft(wrapped) - (2 + widthInChars('附件：1.')))).toBeLessThan(0.3);
    expect(Math.abs(fromLeft(second) - (2 + widthInChars('附件：')))).toBeLessThan(0.3);
  });

  it('the 版头: the 标志 35 mm below the type area’s top, 发文字号 左空一字 and 签发人 右空一字 on one line', () => {
    const [first] = pages.framed ?? [];
    const lines = first ? bodyLines(first) : [];
    const mark = lines.find((l) => l.text.includes('中共某县财政局党组'));
    const numberLine = lines.find((l) => l.text.includes('〔2026〕'));
    const signer = lines.find((l) => l.text.includes('签发人'));
    expect(Math.abs((mark?.yMin ?? 0) - typeArea.top - 35 * (72 / 25.4))).toBeLessThan(6);
    expect(Math.abs(((numberLine?.xMin ?? 0) - typeArea.left) / CHAR_PT - 1)).toBeLessThan(0.2);
    expect(Math.abs(right(signer) - 1)).toBeLessThan(0.2);
    expect(signer?.yMin).toBeCloseTo(numberLine?.yMin ?? 0, 0);
  });

  it('the 版记 at the foot of the last page, its last line on the last line, where the page layout puts it', () => {
    const framed = pages.framed ?? [];
    const layout = layoutDocument(variants.framed as ReportDocument);
    expect(framed.length).toBe(layout.pageStarts.length);
    const last = framed.at(-1);
    const lines = last ? bodyLines(last) : [];
    const printLine = lines.at(-1);
    const copyTo = lines.find((l) => l.text.startsWith('抄送：'));
    expect(printLine?.text).toContain('印发');
    expect(typeArea.bottom - (printLine?.yMax ?? 0)).toBeLessThan(28.95);
    expect(Math.round(((printLine?.yMin ?? 0) - (copyTo?.yMin ?? 0)) / 28.95)).toBe(1);
    // 左右各空一字 of 4号.
    expect(Math.abs(((copyTo?.xMin ?? 0) - typeArea.left) / 14 - 1)).toBeLessThan(0.2);
    expect(Math.abs((typeArea.right - (printLine?.xMax ?? 0)) / 14 - 1)).toBeLessThan(0.2);
  });
});
