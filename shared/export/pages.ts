import type { ReportDocument, ReportFormat } from '../model/document';
import { attachmentPlaces, type AttachmentPlace } from './attachments';
import { PITCH_PT, colophonHeight, colophonLines, colophonPlace, headerGeometry } from './frame';
import { signOffPlaces, type SignOffPlace } from './signOff';
import { BODY_CHAR_TWIPS, BODY_CHARACTER_SPACING_TWIPS, CHARS_PER_LINE, LINES_PER_PAGE, TITLE_CHARS_PER_LINE, TYPE_AREA_WIDTH_PT, size } from './gbt9704';
import { breakLines, type LineStyle } from './lineBreaks';
import { printedWithBlocks, type PrintedParagraph } from './printed';
import { titleLines } from './titleLines';

/**
 * The report's pages as the Word file lays them out (the export's own rules, docx.ts): every line,
 * blank or printed, takes one 28.95 pt slot of the grid, 22 to a page, with no widow or orphan
 * control. The page view, the status bar's page count and 字数统计 read this; the render test
 * checks it against LibreOffice page by page.
 */

/** One line slot: a printed line of a paragraph, or the blank line a paragraph keeps before or after it. */
export type LineSlot =
  | { kind: 'text'; paragraph: number; start: number; end: number; text: string; /** The last line of a table row, under its border. */ rowEnd?: true }
  | { kind: 'blank'; paragraph: number; /** Space that is not one line of the grid (the 版头), in points. */ height?: number };

/** Slots of the 版头 and the 版记 belong to no printed paragraph. */
export const HEADER_PARAGRAPH = -1;
export const COLOPHON_PARAGRAPH = -2;

export interface PageLayout {
  paragraphs: PrintedParagraph[];
  /** The document block each printed paragraph starts at. */
  blocks: number[];
  slots: LineSlot[];
  /** Slot index where each page starts. */
  pageStarts: number[];
}

const charPt = BODY_CHAR_TWIPS / 20;
const body: LineStyle = { size: size.san, spacing: BODY_CHARACTER_SPACING_TWIPS / 20, width: TYPE_AREA_WIDTH_PT, firstIndent: 2 * charPt };
const flush: LineStyle = { ...body, firstIndent: 0 };
/** A table cell: the column's share of the type area, less the cell's margins left and right (108 twips each). */
const cellStyle = (columns: number): LineStyle => ({ ...flush, width: TYPE_AREA_WIDTH_PT / columns - 2 * 5.4 });

/** The printed text of a paragraph, its heading (run in or not) first. */
export function printedText(p: PrintedParagraph): string {
  switch (p.role) {
    case 'table':
      return p.rows.map((row) => row.join('\t')).join('\n');
    case 'heading':
      return `${p.heading}${p.text}`;
    case 'title':
      return p.text;
    default:
      return `${p.heading?.text ?? ''}${p.text}`;
  }
}

function textLines(index: number, text: string, style: LineStyle): LineSlot[] {
  const chars = [...text];
  // A line break inside a block (Shift+Enter) starts a new line at the left edge.
  const slots: LineSlot[] = [];
  let offset = 0;
  text.split('\n').forEach((piece, i) => {
    const lineStyle = i === 0 ? style : { ...style, firstIndent: 0 };
    for (const [start, end] of breakLines(piece, lineStyle)) {
      slots.push({ kind: 'text', paragraph: index, start: offset + start, end: offset + end, text: chars.slice(offset + start, offset + end).join('') });
    }
    offset += [...piece].length + 1;
  });
  return slots;
}

function slotsOf(p: PrintedParagraph, index: number, place: SignOffPlace | undefined, attachment: AttachmentPlace | undefined): LineSlot[] {
  const blank: LineSlot = { kind: 'blank', paragraph: index };
  switch (p.role) {
    case 'title': {
      let offset = 0;
      const lines = titleLines(p.text, TITLE_CHARS_PER_LINE).map((line): LineSlot => {
        const start = offset;
        offset += [...line].length;
        return { kind: 'text', paragraph: index, start, end: offset, text: line };
      });
      return [...lines, blank];
    }
    case 'table':
      return p.rows.flatMap((row) => {
        const columns = Math.max(1, row.length);
        const height = Math.max(1, ...row.map((cell) => breakLines(cell, cellStyle(columns)).length));
        return Array.from({ length: height }, (_, line): LineSlot => ({
          kind: 'text',
          paragraph: index,
          start: 0,
          end: 0,
          text: line === 0 ? row.join(' ').slice(0, CHARS_PER_LINE) : '',
          ...(line === height - 1 ? { rowEnd: true as const } : {}),
        }));
      });
    case 'heading':
      return textLines(index, printedText(p), { ...body, ...(p.level === 3 ? { boldUntil: [...printedText(p)].length } : {}) });
    case 'addressee':
      return textLines(index, p.text, flush);
    case 'signature':
    case 'date': {
      const { right, blankBefore } = place ?? { right: 4, blankBefore: 1 };
      const blanks = Array.from({ length: blankBefore }, () => blank);
      return [...blanks, ...textLines(index, p.text, { ...flush, width: TYPE_AREA_WIDTH_PT - right * charPt })];
    }
    case 'attachment':
      if (attachment) {
        const { left, hanging, blankBefore } = attachment;
        const blanks = Array.from({ length: blankBefore }, () => blank);
        return [...blanks, ...textLines(index, p.text, { ...flush, firstIndent: (left - hanging) * charPt, restIndent: left * charPt })];
      }
      return textLines(index, printedText(p), body);
    default:
      return textLines(index, printedText(p), { ...body, ...(p.heading?.level === 3 ? { boldUntil: [...p.heading.text].length } : {}) });
  }
}

/** A table row is its lines plus its border (0.5 pt, docx.ts tableOf), as LibreOffice draws it. */
const ROW_BORDER_PT = 0.5;
/** The type area's height, 225 mm: 22 lines of 28.95 pt and a little over. */
const TYPE_AREA_HEIGHT_PT = 225 * (72 / 25.4);

const heightOf = (slot: LineSlot) => (slot.kind === 'blank' && slot.height !== undefined ? slot.height : PITCH_PT + (slot.kind === 'text' && slot.rowEnd ? ROW_BORDER_PT : 0));

/** The 版头 above the title: its height, then the two blank lines before the title (frame.ts). */
function headerSlots(format: ReportFormat): LineSlot[] {
  if (!format.header) return [];
  const geometry = headerGeometry(format.header);
  return [
    { kind: 'blank', paragraph: HEADER_PARAGRAPH, height: geometry.height },
    { kind: 'blank', paragraph: HEADER_PARAGRAPH },
    { kind: 'blank', paragraph: HEADER_PARAGRAPH },
  ];
}

/** Starts of pages for slots laid one after another: a slot goes to the next page when it no longer fits. */
function pagesOf(slots: readonly LineSlot[]): number[] {
  const pageStarts: number[] = [0];
  let used = 0;
  slots.forEach((slot, i) => {
    const height = heightOf(slot);
    if (used + height > TYPE_AREA_HEIGHT_PT + 0.01 && i > 0) {
      pageStarts.push(i);
      used = 0;
    }
    used += height;
  });
  return pageStarts;
}

/** The 版记 at the foot of the last page (or of a page of its own when it does not fit). */
function colophonSlots(format: ReportFormat, body: readonly LineSlot[]): LineSlot[] {
  if (!format.colophon) return [];
  const lines = colophonLines(format.colophon);
  const starts = pagesOf(body);
  const used = body.length - (starts.at(-1) ?? 0);
  const place = colophonPlace(used, colophonHeight(lines));
  const blank: LineSlot = { kind: 'blank', paragraph: COLOPHON_PARAGRAPH };
  const fill = place.newPage ? Math.max(0, LINES_PER_PAGE - used) : 0;
  const text = (line: string): LineSlot => ({ kind: 'text', paragraph: COLOPHON_PARAGRAPH, start: 0, end: 0, text: line });
  return [
    ...Array.from({ length: fill + place.blankBefore }, () => blank),
    ...Array.from({ length: lines.copyLines }, (_, i) => text(i === 0 ? (lines.copyTo ?? '') : '')),
    ...(lines.printLine ? [text(`${lines.printLine.printer}\u3000${lines.printLine.date}`)] : []),
  ];
}

/**
 * A paragraph's lines depend only on itself and the role before it: the page view lays out again
 * only what changed since its last keystroke. Bounded, as a draft is.
 */
const remembered = new Map<string, LineSlot[]>();
const REMEMBERED_MAX = 20_000;

function slotsRemembered(p: PrintedParagraph, index: number, place: SignOffPlace | undefined, attachment: AttachmentPlace | undefined): LineSlot[] {
  const key = `${JSON.stringify(place ?? attachment ?? '')}\u0000${JSON.stringify(p)}`;
  let slots = remembered.get(key);
  if (!slots) {
    if (remembered.size >= REMEMBERED_MAX) remembered.clear();
    slots = slotsOf(p, 0, place, attachment);
    remembered.set(key, slots);
  }
  return index === 0 ? slots : slots.map((slot) => ({ ...slot, paragraph: index }));
}

/** Lays out printed paragraphs on the grid's pages: a line goes to the next page when it no longer fits. */
export function layoutParagraphs(paragraphs: PrintedParagraph[], blocks: number[] = paragraphs.map((_, i) => i), format: ReportFormat = {}): PageLayout {
  const signOff = signOffPlaces(paragraphs, format.seal === true);
  const attachments = attachmentPlaces(paragraphs);
  const body = [...headerSlots(format), ...paragraphs.flatMap((p, i) => slotsRemembered(p, i, signOff.get(i), attachments.get(i)))];
  const slots = [...body, ...colophonSlots(format, body)];
  return { paragraphs, blocks, slots, pageStarts: pagesOf(slots) };
}

export function layoutDocument(doc: ReportDocument): PageLayout {
  const printed = printedWithBlocks(doc);
  return layoutParagraphs(
    printed.map((p) => p.paragraph),
    printed.map((p) => p.block),
    doc.format,
  );
}

/** The page (from 1) a slot is on. */
export function pageOfSlot(layout: PageLayout, slot: number): number {
  let page = 0;
  while (page + 1 < layout.pageStarts.length && (layout.pageStarts[page + 1] ?? Infinity) <= slot) page++;
  return page + 1;
}
