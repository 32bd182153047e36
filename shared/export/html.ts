import type { ReportDocument, ReportFormat } from '../model/document';
import type { HeadingLevel } from '../ipc/library';
import { BODY_CHAR_TWIPS, BODY_CHARACTER_SPACING_TWIPS, fonts, size, TITLE_CHARS_PER_LINE } from './gbt9704';
import { printedParagraphs } from './printed';
import { attachmentPlaces } from './attachments';
import { signOffPlaces } from './signOff';
import { colophonLines, headerGeometry, PITCH_PT } from './frame';
import { COLOPHON_PARAGRAPH, layoutDocument } from './pages';
import { titleLines } from './titleLines';

/**
 * The report as HTML with inline GB/T 9704 styles: what “复制为带格式文本” puts on the clipboard for
 * WPS and Word, and what printing lays out on A4. Inline styles, because pasted HTML keeps no
 * stylesheet; each font list falls back to what Windows and macOS ship, then to the CJK fonts of
 * Linux, so that Chinese quotes and punctuation never come from a Latin font at half width.
 */

const cjkSerif = `'Noto Serif CJK SC', 'Source Han Serif SC', serif`;
const cjkSans = `'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif`;
export const family = {
  title: `'${fonts.title}', 'FZXiaoBiaoSong-B05S', 'STZhongsong', 'SimSun', ${cjkSerif}`,
  body: `'${fonts.body}', 'FangSong_GB2312', 'FangSong', 'STFangsong', ${cjkSerif}`,
  hei: `'${fonts.level1}', 'SimHei', 'STHeiti', ${cjkSans}`,
  kai: `'${fonts.level2}', 'KaiTi_GB2312', 'KaiTi', 'STKaiti', ${cjkSerif}`,
};

export const line = 'line-height:28.95pt;margin:0;';
/** A quarter point less after each character puts 28 on a 156 mm line, as in the .docx. */
export const body = `font-family:${family.body};font-size:${size.san}pt;letter-spacing:${BODY_CHARACTER_SPACING_TWIPS / 20}pt;${line}`;
export const headingStyle: Record<HeadingLevel, string> = {
  1: `font-family:${family.hei};`,
  2: `font-family:${family.kai};`,
  3: 'font-weight:bold;',
  4: '',
};

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const withBreaks = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

export function exportHtml(doc: ReportDocument): string {
  const printed = printedParagraphs(doc);
  const signOff = signOffPlaces(printed, doc.format?.seal === true);
  const attachments = attachmentPlaces(printed);
  const charPt = BODY_CHAR_TWIPS / 20;
  const parts = printed.map((p, index) => {
    switch (p.role) {
      case 'title':
        return `<p style="font-family:${family.title};font-size:${size.er}pt;${line}text-align:center;margin-bottom:28.95pt;">${titleLines(p.text, TITLE_CHARS_PER_LINE).map(escapeHtml).join('<br>')}</p>`;
      case 'table': {
        const rows = p.rows.map((row) => `<tr>${row.map((cell) => `<td style="border:1px solid #000;padding:0 4pt;text-align:center;">${withBreaks(cell)}</td>`).join('')}</tr>`);
        return `<table style="border-collapse:collapse;width:100%;${body}text-indent:0;">${rows.join('')}</table>`;
      }
      case 'heading':
        return `<p style="${body}text-indent:2em;${headingStyle[p.level]}">${withBreaks(`${p.heading}${p.text}`)}</p>`;
      case 'addressee':
        return `<p style="${body}">${withBreaks(p.text)}</p>`;
      case 'signature':
      case 'date': {
        const place = signOff.get(index) ?? { right: 4, blankBefore: 1 };
        return `<p style="${body}text-align:right;padding-right:${(place.right * charPt).toFixed(2)}pt;margin-top:${(place.blankBefore * 28.95).toFixed(2)}pt;">${withBreaks(p.text)}</p>`;
      }
      case 'attachment': {
        const place = attachments.get(index);
        if (place) {
          const pt = (chars: number) => `${(chars * charPt).toFixed(2)}pt`;
          return `<p style="${body}padding-left:${pt(place.left)};text-indent:-${pt(place.hanging)};margin-top:${(place.blankBefore * 28.95).toFixed(2)}pt;text-align:justify;">${withBreaks(p.text)}</p>`;
        }
        return `<p style="${body}text-indent:2em;text-align:justify;">${withBreaks(p.text)}</p>`;
      }
      case 'body':
      case 'closing': {
        const lead = p.heading ? `<span style="${headingStyle[p.heading.level]}">${withBreaks(p.heading.text)}</span>` : '';
        return `<p style="${body}text-indent:2em;text-align:justify;">${lead}${withBreaks(p.text)}</p>`;
      }
    }
  });
  const { header, colophon } = doc.format ?? {};
  return `<div class="gbt-document">${header ? headerHtml(header) : ''}${parts.join('')}${colophon ? colophonHtml(doc, colophon) : ''}</div>`;
}

const pt = (points: number) => `${points.toFixed(2)}pt`;

/** The 版头 as frame.ts places it: the 标志, 发文字号 and 签发人 on one line, the red rule, two lines to the title. */
export function headerHtml(header: NonNullable<ReportFormat['header']>): string {
  const g = headerGeometry(header);
  const numberTop = g.markBefore + g.markSize + g.numberBefore;
  const signer = header.signer ? `<span>签发人：<span style="font-family:${family.kai};">${escapeHtml(header.signer)}</span></span>` : '';
  return (
    `<div style="position:relative;height:${pt(g.height + 2 * PITCH_PT)};">` +
    `<p style="position:absolute;left:0;right:0;top:${pt(g.markBefore)};margin:0;text-align:center;color:#f00;font-family:${family.title};font-size:${pt(g.markSize)};line-height:${pt(g.markSize)};white-space:nowrap;">${escapeHtml(header.issuer)}</p>` +
    `<p style="${body}position:absolute;left:${pt(BODY_CHAR_TWIPS / 20)};right:${pt(BODY_CHAR_TWIPS / 20)};top:${pt(numberTop)};display:flex;justify-content:space-between;"><span>${escapeHtml(header.number ?? '')}</span>${signer}</p>` +
    `<div style="position:absolute;left:0;right:0;top:${pt(numberTop + PITCH_PT + g.ruleGap)};border-top:${pt(g.ruleWidth)} solid #f00;"></div>` +
    `</div>`
  );
}

/** The 版记 after the blank lines that bring it to the foot of its page in the Word file. */
function colophonHtml(doc: ReportDocument, colophon: NonNullable<ReportFormat['colophon']>): string {
  const blank = layoutDocument(doc).slots.filter((s) => s.kind === 'blank' && s.paragraph === COLOPHON_PARAGRAPH).length;
  return colophonBlock(colophon, blank * PITCH_PT);
}

/**
 * The 版记's lines between its rules, `before` points below what precedes it. On a printed page
 * (`onGrid`) the rules come out of its lines' height, so the 版记 takes exactly its lines of the grid.
 */
export function colophonBlock(colophon: NonNullable<ReportFormat['colophon']>, before: number, onGrid = false): string {
  const lines = colophonLines(colophon);
  const count = lines.copyLines + (lines.printLine ? 1 : 0);
  const rules = 2 + (lines.copyTo && lines.printLine ? 0.75 : 0);
  const pitch = onGrid && count > 0 ? `line-height:${pt(PITCH_PT - rules / count)};margin:0;` : line;
  const four = `font-family:${family.body};font-size:${size.si}pt;${pitch}padding:0 ${size.si}pt;`;
  const copy = lines.copyTo
    ? `<p style="${four}padding-left:${pt(size.si * 4)};text-indent:-${pt(size.si * 3)};${lines.printLine ? 'border-bottom:0.75pt solid #000;' : ''}">${escapeHtml(lines.copyTo)}</p>`
    : '';
  const print = lines.printLine
    ? `<p style="${four}display:flex;justify-content:space-between;"><span>${escapeHtml(lines.printLine.printer)}</span><span>${escapeHtml(lines.printLine.date)}</span></p>`
    : '';
  return `<div style="margin-top:${pt(before)};border-top:1pt solid #000;border-bottom:1pt solid #000;">${copy}${print}</div>`;
}
