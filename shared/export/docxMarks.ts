import { CommentRangeEnd, CommentRangeStart, CommentReference, type TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { ReportDocument } from '../model/document';

/**
 * Word comments (批注) and highlights anchored on the report's text, given in the document's terms:
 * a block and a range of its text (blockText), whatever the printed paragraph makes of it (a heading's
 * number before it, a run-in heading merged with its paragraph, a title broken into lines, a date
 * without leading zeros, a table's cells).
 */
export interface DocxComment {
  /** Index of the block in the document. */
  block: number;
  /** Offset and length in the block's text; length 0 anchors the comment at a point. */
  offset: number;
  length: number;
  author: string;
  text: string;
}

import { FIELD_AUTHOR, FIELD_HIGHLIGHT, FIELD_TO_FILL } from './fieldMarks';

export { FIELD_AUTHOR, FIELD_HIGHLIGHT, FIELD_TO_FILL };

/** A range in one printed piece of text, in that text's own offsets. */
export interface PieceMarks {
  comments: { id: number; start: number; end: number }[];
  highlights: { start: number; end: number }[];
}

/** Every block's marks: the comments (numbered as they are written) and the fields to highlight. */
export interface DocumentMarks {
  comments: (DocxComment & { id: number })[];
  byBlock: Map<number, { comments: { id: number; offset: number; length: number }[]; highlights: { offset: number; length: number }[] }>;
}

/** A field's comment: its hint (`上年：36次`), or 待填写. */
export function fieldComments(doc: ReportDocument): { comments: DocxComment[]; highlights: { block: number; offset: number; length: number }[] } {
  const comments: DocxComment[] = [];
  const highlights: { block: number; offset: number; length: number }[] = [];
  doc.blocks.forEach((block, index) => {
    if (block.kind === 'table') return;
    let at = 0;
    for (const inline of block.inlines) {
      if (inline.field && inline.text.length > 0) {
        highlights.push({ block: index, offset: at, length: inline.text.length });
        comments.push({ block: index, offset: at, length: inline.text.length, author: FIELD_AUTHOR, text: inline.hint?.trim() || FIELD_TO_FILL });
      }
      at += inline.text.length;
    }
  });
  return { comments, highlights };
}

export function documentMarks(doc: ReportDocument, extra: readonly DocxComment[] = []): DocumentMarks {
  const fields = fieldComments(doc);
  const all = [...fields.comments, ...extra].filter((c) => c.block >= 0 && c.block < doc.blocks.length);
  const comments = all.map((c, id) => ({ ...c, id }));
  const byBlock: DocumentMarks['byBlock'] = new Map();
  const of = (block: number) => {
    let entry = byBlock.get(block);
    if (!entry) byBlock.set(block, (entry = { comments: [], highlights: [] }));
    return entry;
  };
  for (const c of comments) of(c.block).comments.push({ id: c.id, offset: c.offset, length: c.length });
  for (const h of fields.highlights) of(h.block).highlights.push({ offset: h.offset, length: h.length });
  return { comments, byBlock };
}

/**
 * Where each offset of a block's text went in the printed text, when printing only deleted characters
 * (leading zeros of a date, spaces around a title's line breaks) and inserted line breaks (a title's lines).
 */
export function alignedOffsets(original: string, printed: string): number[] {
  const map: number[] = [];
  let j = 0;
  for (let i = 0; i < original.length; i++) {
    while (j < printed.length && printed[j] !== original[i] && printed[j] === '\n') j++;
    map.push(j);
    if (j < printed.length && printed[j] === original[i]) j++;
  }
  map.push(printed.length);
  return map;
}

/** A block's marks in a printed piece of text: `at` maps a block offset to the piece's offset. */
export function marksIn(
  marks: DocumentMarks | undefined,
  block: number,
  at: (offset: number) => number,
  length: number,
): PieceMarks {
  const entry = marks?.byBlock.get(block);
  if (!entry) return { comments: [], highlights: [] };
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  return {
    comments: entry.comments.map((c) => ({ id: c.id, start: clamp(at(c.offset)), end: clamp(at(c.offset + c.length)) })),
    highlights: entry.highlights.map((h) => ({ start: clamp(at(h.offset)), end: clamp(at(h.offset + h.length)) })),
  };
}

const latin = /[0-9A-Za-z]/u;

/**
 * A comment's edge at or inside a word of Latin letters or digits moves outward (left for a start,
 * right for an end) past it and the character beyond: LibreOffice's comment anchor there takes away the space it
 * sets between Chinese and Latin text, and a line would take one more character than in the page view.
 * The highlight stays exactly on the field; the comment covers it and at most a neighbour or two.
 */
export function besideLatin(text: string, at: number, direction: -1 | 1): number {
  let edge = at;
  const unsafe = (b: number) => {
    const before = text[b - 1];
    const after = text[b];
    if (before === undefined || after === undefined || before === '\n' || after === '\n') return false;
    // Inside a word of Latin letters or digits the edge moves on to the word's end: a comment never splits one.
    return latin.test(before) || latin.test(after);
  };
  while (unsafe(edge)) edge += direction;
  return edge;
}

export const noMarks: PieceMarks = { comments: [], highlights: [] };

/**
 * The runs of a piece of text with its comments and highlights: a `\n` is a line break (as `runs`
 * makes it), a comment is CommentRangeStart … CommentRangeEnd and a run holding its reference (in the
 * text's own font, as every run is), which takes no width, so no line moves.
 */
export function markedRuns(
  text: string,
  marks: PieceMarks,
  make: (text: string, extra: Partial<IRunOptions>) => TextRun,
): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const comments = marks.comments.map((c) => {
    const start = besideLatin(text, c.start, -1);
    return { id: c.id, start, end: Math.max(start, besideLatin(text, c.end, 1)) };
  });
  marks = { comments, highlights: marks.highlights };
  const eventsAt = (at: number) => {
    // Ranges that end here close before those that start here; a point comment opens and closes here.
    for (const c of marks.comments) if (c.end === at && c.start < at) out.push(new CommentRangeEnd(c.id), make('', { children: [new CommentReference(c.id)] }));
    for (const c of marks.comments) if (c.start === at && c.end === at) out.push(new CommentRangeStart(c.id), new CommentRangeEnd(c.id), make('', { children: [new CommentReference(c.id)] }));
    for (const c of marks.comments) if (c.start === at && c.end > at) out.push(new CommentRangeStart(c.id));
  };
  const cuts = new Set<number>();
  for (const c of marks.comments) cuts.add(c.start).add(c.end);
  for (const h of marks.highlights) cuts.add(h.start).add(h.end);
  let start = 0;
  text.split('\n').forEach((line, index) => {
    const end = start + line.length;
    const lineBreak = index > 0 ? { break: 1 } : {};
    const points = [...new Set([start, end, ...[...cuts].filter((c) => c > start && c < end)])].sort((a, b) => a - b);
    eventsAt(start);
    if (line.length === 0) out.push(make('', lineBreak));
    for (let p = 0; p + 1 < points.length; p++) {
      const from = points[p] as number;
      const to = points[p + 1] as number;
      if (p > 0) eventsAt(from);
      const highlighted = marks.highlights.some((h) => h.start <= from && to <= h.end && h.start < h.end);
      out.push(make(text.slice(from, to), { ...(p === 0 ? lineBreak : {}), ...(highlighted ? { highlight: FIELD_HIGHLIGHT } : {}) }));
    }
    if (end > start) eventsAt(end);
    start = end + 1;
  });
  return out;
}
