import type { ReportDocument } from '../model/document';
import { BODY_CHAR_TWIPS, size } from './gbt9704';
import { autospaceAt } from './lineBreaks';
import { PITCH_PT } from './frame';
import { body, colophonBlock, escapeHtml, family, headerHtml, headingStyle } from './html';
import { COLOPHON_PARAGRAPH, HEADER_PARAGRAPH, layoutDocument, printedText, type LineSlot, type PageLayout } from './pages';
import type { PrintedParagraph } from './printed';
import { attachmentPlaces } from './attachments';
import { signOffPlaces } from './signOff';

/**
 * 打印 and 导出 PDF: the report as the Word file's pages (pages.ts), each page its own box and each
 * line its own line, so the browser never breaks a line or a page anywhere else than LibreOffice
 * breaks the .docx. A full line is justified to the type area's width. The clipboard keeps the
 * flowing HTML (html.ts).
 */

const charPt = BODY_CHAR_TWIPS / 20;
const pt = (points: number) => `${points.toFixed(2)}pt`;
/**
 * The quarter em where Chinese meets Latin is set by the layout's own rule (lineBreaks.ts), not the
 * browser's eighth. A line the Word file ends with a hanging comma keeps its 28 characters and the
 * comma, which Chromium sets at half width at the type area's edge instead of in the margin.
 */
const lineBox = `height:${pt(PITCH_PT)};line-height:${pt(PITCH_PT)};margin:0;white-space:nowrap;overflow:visible;text-autospace:no-autospace;`;
const AUTOSPACE = '<span style="margin-left:0.25em"></span>';

/** A line's text as HTML with the automatic spaces of the whole paragraph's text. */
function spaced(chars: readonly string[], from: number, to: number, gaps: ReadonlySet<number>): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const char = chars[i] ?? '';
    if (char === '\n') continue;
    out += (gaps.has(i) && i > from ? AUTOSPACE : '') + escapeHtml(char);
  }
  return out;
}

/** Where a line starts and whether it is the last of its paragraph or before a line break, in the paragraph's text. */
interface LinePlace {
  first: boolean;
  last: boolean;
}

/** A paragraph's text as its lines are cut from it: characters and where the automatic spaces stand. */
interface ParagraphText {
  chars: string[];
  gaps: ReadonlySet<number>;
}

/** Read once per paragraph, however many lines it has. */
const paragraphTexts = new WeakMap<PrintedParagraph, ParagraphText>();
function paragraphText(p: PrintedParagraph): ParagraphText {
  let known = paragraphTexts.get(p);
  if (!known) {
    const text = printedText(p);
    known = { chars: [...text], gaps: new Set(autospaceAt(text)) };
    paragraphTexts.set(p, known);
  }
  return known;
}

function placeOf(chars: readonly string[], slot: Extract<LineSlot, { kind: 'text' }>): LinePlace {
  return {
    first: slot.start === 0 || chars[slot.start - 1] === '\n',
    last: slot.end >= chars.length || chars[slot.end] === '\n',
  };
}

const justified = (place: LinePlace) => (place.last ? 'text-align:left;' : 'text-align:justify;text-align-last:justify;');

/** One printed line of a paragraph with the paragraph's fonts, indents and alignment. */
function lineHtml(p: PrintedParagraph, slot: Extract<LineSlot, { kind: 'text' }>, right: number, attachment: { left: number; hanging: number } | undefined): string {
  const { chars, gaps } = paragraphText(p);
  const place = placeOf(chars, slot);
  const piece = (from: number, to: number) => spaced(chars, from, to, gaps);
  const indent = (chars: number) => `padding-left:${pt(chars * charPt)};`;
  switch (p.role) {
    case 'title':
      return `<p style="${lineBox}font-family:${family.title};font-size:${size.er}pt;text-align:center;">${piece(slot.start, slot.end)}</p>`;
    case 'heading':
      return `<p style="${body}${lineBox}${headingStyle[p.level]}${place.first ? indent(2) : ''}${justified(place)}">${piece(slot.start, slot.end)}</p>`;
    case 'addressee':
      return `<p style="${body}${lineBox}${justified(place)}">${piece(slot.start, slot.end)}</p>`;
    case 'signature':
    case 'date':
      return `<p style="${body}${lineBox}text-align:right;padding-right:${pt(right * charPt)};">${piece(slot.start, slot.end)}</p>`;
    case 'attachment':
      if (attachment) {
        const left = place.first ? attachment.left - attachment.hanging : attachment.left;
        return `<p style="${body}${lineBox}${indent(left)}${justified(place)}">${piece(slot.start, slot.end)}</p>`;
      }
      return `<p style="${body}${lineBox}${place.first ? indent(2) : ''}${justified(place)}">${piece(slot.start, slot.end)}</p>`;
    case 'table':
      return '';
    default: {
      // A run-in heading's words keep their heading's face on the line they stand on.
      const lead = p.heading ? [...p.heading.text].length : 0;
      const split = Math.min(Math.max(lead, slot.start), slot.end);
      const head = split > slot.start && p.heading ? `<span style="${headingStyle[p.heading.level]}">${piece(slot.start, split)}</span>` : '';
      return `<p style="${body}${lineBox}${place.first ? indent(2) : ''}${justified(place)}">${head}${piece(split, slot.end)}</p>`;
    }
  }
}

/** A table row where its first line stands: cells side by side, as tall as the row's lines. */
function rowHtml(row: string[], lines: number): string {
  const cells = row.map((cell) => `<td style="border:0.5pt solid #000;padding:0 5.4pt;text-align:center;vertical-align:top;">${escapeHtml(cell).replace(/\n/g, '<br>')}</td>`);
  return `<table style="border-collapse:collapse;width:100%;table-layout:fixed;${body}height:${pt(lines * PITCH_PT)};"><tr>${cells.join('')}</tr></table>`;
}

/** The slots of one page as HTML. */
interface Places {
  rows: Map<number, { row: string[]; lines: number }>;
  signOff: ReturnType<typeof signOffPlaces>;
  attachments: ReturnType<typeof attachmentPlaces>;
}

function pageHtml(doc: ReportDocument, layout: PageLayout, from: number, to: number, { rows, signOff, attachments }: Places): string {
  const out: string[] = [];
  for (let at = from; at < to; at++) {
    const slot = layout.slots[at];
    if (!slot) continue;
    if (slot.paragraph === HEADER_PARAGRAPH) {
      // The 版头's own box holds its height and the two lines before the title.
      if (slot.kind === 'blank' && slot.height !== undefined && doc.format?.header) out.push(headerHtml(doc.format.header));
      continue;
    }
    if (slot.paragraph === COLOPHON_PARAGRAPH) {
      if (slot.kind === 'blank') out.push(`<div style="height:${pt(PITCH_PT)};"></div>`);
      else if (doc.format?.colophon && (layout.slots[at - 1]?.paragraph !== COLOPHON_PARAGRAPH || layout.slots[at - 1]?.kind === 'blank')) out.push(colophonBlock(doc.format.colophon, 0, true));
      continue;
    }
    if (slot.kind === 'blank') {
      out.push(`<div style="height:${pt(slot.height ?? PITCH_PT)};"></div>`);
      continue;
    }
    const p = layout.paragraphs[slot.paragraph];
    if (!p) continue;
    if (p.role === 'table') {
      const row = rows.get(at);
      if (row) out.push(rowHtml(row.row, row.lines));
      continue;
    }
    out.push(lineHtml(p, slot, signOff.get(slot.paragraph)?.right ?? 4, attachments.get(slot.paragraph)));
  }
  return out.join('');
}

/** Each table row keyed by the slot of its first line, with the number of its lines. */
function tableRows(layout: PageLayout): Map<number, { row: string[]; lines: number }> {
  const rows = new Map<number, { row: string[]; lines: number }>();
  let start = -1;
  let rowIndex = 0;
  let paragraph = -1;
  layout.slots.forEach((slot, at) => {
    if (slot.kind !== 'text') return;
    const p = layout.paragraphs[slot.paragraph];
    if (p?.role !== 'table') return;
    if (slot.paragraph !== paragraph) {
      paragraph = slot.paragraph;
      rowIndex = 0;
    }
    if (start < 0) start = at;
    if (slot.rowEnd) {
      rows.set(start, { row: p.rows[rowIndex] ?? [], lines: at - start + 1 });
      rowIndex++;
      start = -1;
    }
  });
  return rows;
}

export function exportPagedHtml(doc: ReportDocument): string {
  const layout = layoutDocument(doc);
  const places: Places = {
    rows: tableRows(layout),
    signOff: signOffPlaces(layout.paragraphs, doc.format?.seal === true),
    attachments: attachmentPlaces(layout.paragraphs),
  };
  const pages = layout.pageStarts.map((start, i) => {
    const end = layout.pageStarts[i + 1] ?? layout.slots.length;
    const last = i === layout.pageStarts.length - 1;
    return `<div class="gbt-page" style="${last ? '' : 'break-after:page;'}">${pageHtml(doc, layout, start, end, places)}</div>`;
  });
  // Latin letters and digits in Times New Roman (the app's 'Wengao Latin' face), as the Word file sets them.
  return `<div class="gbt-document">${pages.join('')}</div>`.replaceAll('font-family:', `font-family:'Wengao Latin',`);
}
