import JSZip from 'jszip';
import mammoth from 'mammoth';
import { FIELD_AUTHOR, FIELD_HIGHLIGHT, FIELD_TO_FILL } from '../../../shared/export/fieldMarks';
import type { MarkedField, SourceLine, WordReview } from '../../../shared/genre/types';

/** The parts of mammoth's document tree that matter for reports. */
interface DocElement {
  type: string;
  children?: DocElement[];
  value?: string;
  isBold?: boolean;
  font?: string | null;
  breakType?: string;
  commentId?: string;
  highlight?: string | null;
}

/** A 批注 as mammoth reads it from comments.xml. */
interface DocComment {
  commentId: string;
  body: DocElement[];
  authorName?: string | null;
}

interface Run {
  text: string;
  emphasised: boolean;
}

/** 楷体 (KaiTi) marks level-2 run-in headings in GB/T 9704 reports, bold marks the others. */
const kaiti = /楷|kai/i;

function runsOf(element: DocElement, inherited = false): Run[] {
  if (element.type === 'text') return [{ text: element.value ?? '', emphasised: inherited }];
  if (element.type === 'tab') return [{ text: '\t', emphasised: inherited }];
  if (element.type === 'break') return [{ text: '\n', emphasised: inherited }];
  const emphasised = element.type === 'run' ? Boolean(element.isBold) || kaiti.test(element.font ?? '') : inherited;
  return (element.children ?? []).flatMap((child) => runsOf(child, emphasised));
}

/**
 * A paragraph whose leading runs are emphasised and whose later runs are not has a run-in heading:
 * the emphasised text is its lead. A paragraph that is emphasised throughout is a plain heading line.
 */
function paragraphLines(paragraph: DocElement): SourceLine[] {
  const runs = runsOf(paragraph);
  const text = runs.map((r) => r.text).join('');
  let lead = '';
  let i = 0;
  for (; i < runs.length && runs[i]?.emphasised; i++) lead += runs[i]?.text ?? '';
  const restHasText = runs.slice(i).some((r) => r.text.trim() !== '');
  const lines = text.split('\n');
  return lines.map((line, index) => {
    const first = index === 0 && lead.trim() !== '' && restHasText && !lead.includes('\n');
    return first ? { kind: 'line', text: line, lead: lead.trimStart() } : { kind: 'line', text: line };
  });
}

function cellText(cell: DocElement): string {
  return (cell.children ?? [])
    .filter((c) => c.type === 'paragraph')
    .map((p) => runsOf(p).map((r) => r.text).join('').trim())
    .filter(Boolean)
    .join(' ');
}

function linesOf(elements: DocElement[]): SourceLine[] {
  return elements.flatMap((element): SourceLine[] => {
    if (element.type === 'paragraph') return paragraphLines(element);
    if (element.type === 'table') {
      const rows = (element.children ?? [])
        .filter((r) => r.type === 'tableRow')
        .map((row) => (row.children ?? []).filter((c) => c.type === 'tableCell').map(cellText));
      return rows.length > 0 ? [{ kind: 'table', rows }] : [];
    }
    return linesOf(element.children ?? []);
  });
}

/**
 * A title that Word wraps with manual line breaks (as Wengao's own export does) is one title: the
 * first paragraph with text is read as one line, whatever breaks it holds.
 */
function joinTitleBreaks(elements: DocElement[]): DocElement[] {
  const first = elements.findIndex((e) => e.type === 'paragraph' && runsOf(e).some((r) => r.text.trim() !== ''));
  if (first < 0) return elements;
  const strip = (e: DocElement): DocElement =>
    e.type === 'break' ? { type: 'text', value: '' } : { ...e, ...(e.children ? { children: e.children.map(strip) } : {}) };
  return elements.map((e, i) => (i === first ? strip(e) : e));
}

const plainText = (elements: readonly DocElement[]): string =>
  elements.map((e) => (e.type === 'text' ? (e.value ?? '') : plainText(e.children ?? []))).join('');

/** The text of the paragraph each comment is anchored in (where its reference stands). */
function anchors(elements: readonly DocElement[], out = new Map<string, string>(), paragraph = ''): Map<string, string> {
  for (const element of elements) {
    const text = element.type === 'paragraph' ? plainText(element.children ?? []) : paragraph;
    if (element.type === 'commentReference' && element.commentId !== undefined) out.set(element.commentId, paragraph);
    anchors(element.children ?? [], out, text);
  }
  return out;
}

/** How much text either side of a field is kept to find it again in the parsed report. */
const FIELD_CONTEXT = 8;

/**
 * The fields Wengao's export marked (issue 31): a highlighted run followed in its paragraph by the
 * reference of a comment by 文稿助手, whose text is the field's hint (or 待填写: none).
 */
function markedFields(elements: readonly DocElement[], ours: ReadonlyMap<string, string>, out: MarkedField[] = []): MarkedField[] {
  for (const element of elements) {
    if (element.type !== 'paragraph') {
      markedFields(element.children ?? [], ours, out);
      continue;
    }
    // The paragraph as a list of text pieces (highlighted or not) and our comments' references.
    const pieces: ({ text: string; highlighted: boolean } | { reference: string })[] = [];
    const walk = (e: DocElement, highlighted: boolean) => {
      if (e.type === 'text') pieces.push({ text: e.value ?? '', highlighted });
      else if (e.type === 'tab') pieces.push({ text: '\t', highlighted });
      else if (e.type === 'break') pieces.push({ text: '\n', highlighted });
      else if (e.type === 'commentReference' && e.commentId !== undefined && ours.has(e.commentId)) pieces.push({ reference: e.commentId });
      else for (const child of e.children ?? []) walk(child, e.type === 'run' ? e.highlight === FIELD_HIGHLIGHT : highlighted);
    };
    walk(element, false);
    const text = pieces.map((p) => ('text' in p ? p.text : '')).join('');
    let at = 0;
    let open: { start: number; end: number } | null = null;
    const spans: { start: number; end: number }[] = [];
    const marked = new Set<{ start: number; end: number }>();
    for (const piece of pieces) {
      if ('reference' in piece) {
        const span = open ?? spans.at(-1);
        if (span && !marked.has(span)) {
          marked.add(span);
          const hint = ours.get(piece.reference) ?? '';
          out.push({
            text: text.slice(span.start, span.end),
            ...(hint && hint !== FIELD_TO_FILL ? { hint } : {}),
            before: text.slice(Math.max(0, span.start - FIELD_CONTEXT), span.start),
            after: text.slice(span.end, span.end + FIELD_CONTEXT),
          });
        }
        continue;
      }
      if (piece.highlighted && piece.text !== '') {
        if (open && open.end === at) open.end += piece.text.length;
        else spans.push((open = { start: at, end: at + piece.text.length }));
      } else if (piece.text !== '') open = null;
      at += piece.text.length;
    }
  }
  return out;
}

/**
 * Tracked changes, counted in the document's XML: mammoth reads the text as if every change were
 * accepted (insertions kept, deletions and moved-from text dropped) but does not say there were any.
 */
async function countRevisions(bytes: Uint8Array): Promise<{ insertions: number; deletions: number }> {
  const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
  return { insertions: (xml.match(/<w:(?:ins|moveTo)\b/g) ?? []).length, deletions: (xml.match(/<w:(?:del|moveFrom)\b/g) ?? []).length };
}

/**
 * Reads a .docx into source lines (paragraphs with their emphasised leads, and tables) and what a
 * reviewer left in it: comments as a list (never text), tracked changes read as accepted.
 */
export async function readDocx(bytes: Uint8Array): Promise<{ lines: SourceLine[]; review?: WordReview; fields?: MarkedField[] }> {
  let lines: SourceLine[] = [];
  let comments: WordReview['comments'] = [];
  let fields: MarkedField[] = [];
  await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      externalFileAccess: false,
      transformDocument: (document: DocElement & { comments?: DocComment[] }) => {
        const children = document.children ?? [];
        lines = linesOf(joinTitleBreaks(children));
        const at = anchors(children);
        const text = (c: DocComment) => c.body.map((p) => plainText(p.children ?? [])).join('\n').trim();
        // The comments that mark fields are Wengao's own, not a reviewer's: they come back as fields.
        const ours = new Map((document.comments ?? []).filter((c) => c.authorName?.trim() === FIELD_AUTHOR).map((c) => [c.commentId, text(c)]));
        fields = markedFields(children, ours);
        comments = (document.comments ?? []).filter((c) => !ours.has(c.commentId)).map((c) => ({
          author: c.authorName?.trim() || '',
          text: text(c),
          at: (at.get(c.commentId) ?? '').trim().slice(0, 40),
        }));
        return document;
      },
    },
  );
  const { insertions, deletions } = await countRevisions(bytes);
  return {
    lines,
    ...(comments.length + insertions + deletions > 0 ? { review: { comments, insertions, deletions } } : {}),
    ...(fields.length > 0 ? { fields } : {}),
  };
}
