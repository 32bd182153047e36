import { LINE_PITCH_TWIPS } from '../../../../shared/export/gbt9704';
import { COLOPHON_PARAGRAPH, type LineSlot, type PageLayout } from '../../../../shared/export/pages';

/** The line pitch on screen in CSS pixels, as the editor sets it (28.95 pt). */
export const PITCH_PX = ((LINE_PITCH_TWIPS / 20) * 96) / 72;

/** A range's first box; null where the engine lays nothing out (the component tests' jsdom). */
export function firstRect(range: Range): DOMRect | null {
  if (typeof range.getClientRects !== 'function') return null;
  return range.getClientRects()[0] ?? range.getBoundingClientRect();
}

/** UTF-16 index of a code-point offset. */
function utf16Index(text: string, codePoints: number): number {
  let index = 0;
  let seen = 0;
  for (const char of text) {
    if (seen === codePoints) break;
    index += char.length;
    seen++;
  }
  return index;
}

/** The top of the line holding character `offset` (UTF-16) of `element`, in the page's unzoomed pixels. */
function lineTopAt(element: HTMLElement, offset: number, pageTop: number, scale: number): number {
  const top = (element.getBoundingClientRect().top - pageTop) / scale;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let rest = offset;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (rest < length || (rest === length && !walker.nextSibling())) {
      const range = document.createRange();
      range.setStart(node, Math.min(rest, length));
      range.setEnd(node, Math.min(rest + 1, length));
      const rect = firstRect(range);
      if (!rect) return top;
      // Line boxes stand one pitch apart from the paragraph's top: snap the glyph's box to its line.
      const within = (rect.top - pageTop) / scale - top;
      return top + Math.max(0, Math.floor((within + PITCH_PX / 3) / PITCH_PX)) * PITCH_PX;
    }
    rest -= length;
  }
  return top;
}

/** Where on screen the first character of a text slot sits: its element and offset there. */
function slotPlace(layout: PageLayout, slot: Extract<LineSlot, { kind: 'text' }>, elements: HTMLCollection): { element: HTMLElement; offset: number } | null {
  const printed = layout.paragraphs[slot.paragraph];
  const block = layout.blocks[slot.paragraph] ?? 0;
  const element = elements[block] as HTMLElement | undefined;
  if (!printed || !element) return null;
  const text = element.textContent ?? '';
  if (printed.role === 'heading') return { element, offset: utf16Index(text, Math.max(0, slot.start - [...printed.heading].length)) };
  if (printed.role === 'body' && printed.heading) {
    // A run-in heading is its own element before its body's; its number is drawn, not typed.
    const headLength = [...printed.heading.text].length;
    const addedStop = printed.heading.text.endsWith(text) ? 0 : 1;
    const numberLength = headLength - [...text].length - addedStop;
    if (slot.start < headLength) return { element, offset: utf16Index(text, Math.max(0, slot.start - numberLength)) };
    const body = elements[block + 1] as HTMLElement | undefined;
    return body ? { element: body, offset: utf16Index(body.textContent ?? '', slot.start - headLength) } : null;
  }
  return { element, offset: utf16Index(text, slot.start) };
}

/**
 * The screen position (unzoomed pixels from the page's top) of the top of each page after the first:
 * the line where the page's first slot falls, found from the characters themselves, so a boundary
 * stands where that text is on screen.
 */
export function pageTops(layout: PageLayout, root: HTMLElement, page: HTMLElement): number[] {
  const pageRect = page.getBoundingClientRect();
  const scale = page.offsetWidth > 0 ? pageRect.width / page.offsetWidth : 1;
  const elements = root.children;
  const tableLines = new Map<number, number>();
  return layout.pageStarts.slice(1).map((start) => {
    // A page that opens on a blank line (the space before a signature): one pitch above the next text.
    let at = start;
    while (layout.slots[at]?.kind === 'blank') at++;
    const slot = layout.slots[at];
    const above = (at - start) * PITCH_PX;
    if (!slot || slot.kind !== 'text') return Number.NaN;
    if (slot.paragraph === COLOPHON_PARAGRAPH) {
      // The 版记 is drawn after the text (ReportColophon), its blank lines as its top margin.
      const colophon = page.querySelector('.report-frame-colophon');
      return colophon ? (colophon.getBoundingClientRect().top - pageRect.top) / scale - above : Number.NaN;
    }
    const printed = layout.paragraphs[slot.paragraph];
    if (printed?.role === 'table') {
      const element = elements[layout.blocks[slot.paragraph] ?? 0] as HTMLElement | undefined;
      const first = layout.slots.findIndex((s) => s.kind === 'text' && s.paragraph === slot.paragraph);
      tableLines.set(slot.paragraph, at - first);
      return element ? (element.getBoundingClientRect().top - pageRect.top) / scale + (at - first) * PITCH_PX - above : Number.NaN;
    }
    const place = slotPlace(layout, slot, elements);
    return place ? lineTopAt(place.element, place.offset, pageRect.top, scale) - above : Number.NaN;
  });
}

/** The page (from 1) a point `y` (unzoomed pixels from the page's top) is on, given the tops of pages 2, 3, …. */
export function pageAt(tops: readonly number[], y: number): number {
  let page = 1;
  for (const top of tops) if (y >= top - 1) page++;
  return page;
}
