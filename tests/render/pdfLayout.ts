import { execFileSync } from 'node:child_process';

/** What `pdftotext -bbox-layout` says about a rendered page: its text lines with their boxes. */
export interface PdfLine {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

const attr = (tag: string, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(tag)?.[1] ?? NaN);

export function readPdfLayout(pdf: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].map(([, pageTag = '', body = '']) => ({
    width: attr(pageTag, 'width'),
    height: attr(pageTag, 'height'),
    lines: [...body.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map(([, lineTag = '', words = '']) => ({
      text: [...words.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => decodeEntities(w[1] ?? '')).join(''),
      xMin: attr(lineTag, 'xMin'),
      xMax: attr(lineTag, 'xMax'),
      yMin: attr(lineTag, 'yMin'),
      yMax: attr(lineTag, 'yMax'),
    })),
  }));
}

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

const PT_PER_MM = 72 / 25.4;

/** The GB/T 9704 type area on an A4 page, in points. */
export const typeArea = {
  top: 37 * PT_PER_MM,
  bottom: (297 - 35) * PT_PER_MM,
  left: 28 * PT_PER_MM,
  right: (210 - 26) * PT_PER_MM,
};

/** Lines inside the type area (the footer's page number lies below it). */
export function bodyLines(page: PdfPage): PdfLine[] {
  return page.lines.filter((l) => l.yMin >= typeArea.top - 2 && l.yMax <= typeArea.bottom + 2);
}

/** Lines below the type area: the page number. */
export function footerLines(page: PdfPage): PdfLine[] {
  return page.lines.filter((l) => l.yMin > typeArea.bottom);
}

const fullWidthOnly = /^[\u2018-\u201d\u3000-\u30ff\u3400-\u9fff\uff01-\uff5e]+$/u;

/**
 * Body lines that are whole CJK text and reach the right edge: they must hold 28 characters. A line
 * followed by digits or Latin letters, or by an opening quote or bracket, is left out: a number never
 * splits, an opening mark never ends a line and a closing quote never starts one, so such a line
 * wraps a character early and is stretched to the edge.
 */
export function fullCjkLines(pages: readonly PdfPage[]): PdfLine[] {
  return fullLinesOf(pages.flatMap(bodyLines));
}

/** The same for lines already read in order, across pages. */
export function fullLinesOf(lines: readonly PdfLine[]): PdfLine[] {
  return lines.filter(
    (l, i) =>
      l.xMin < typeArea.left + 2 &&
      l.xMax > typeArea.right - 16 &&
      fullWidthOnly.test(l.text) &&
      !/^(?:[0-9A-Za-z“‘（《〈【「『]|.[”’）》」』〉】])/u.test(lines[i + 1]?.text ?? ''),
  );
}

/**
 * Characters on a line as the grid counts them; LibreOffice hangs a closing comma or full stop past
 * the right edge instead of squeezing the line, so a hanging mark does not count.
 */
export function gridCharacters(line: PdfLine): number {
  const chars = [...line.text];
  const hangs = line.xMax > typeArea.right + 2 && /[，。、；：！？”’）》]$/u.test(line.text);
  return chars.length - (hangs ? 1 : 0);
}
