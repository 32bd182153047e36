import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  HeadingLevel as DocxHeading,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { blockText, inlineText, type ReportDocument } from '../model/document';
import type { HeadingLevel } from '../ipc/library';
import {
  BODY_CHAR_TWIPS,
  FOOTER_FROM_EDGE,
  LINE_PITCH_TWIPS,
  TITLE_CHARS_PER_LINE,
  fonts,
  page,
  size,
} from './gbt9704';
import { printedWithBlocks } from './printed';
import { alignedOffsets, documentMarks, markedRuns, marksIn, noMarks, type DocumentMarks, type DocxComment, type PieceMarks } from './docxMarks';
import { attachmentPlaces } from './attachments';
import { signOffPlaces } from './signOff';
import { exactLine, indent2, LANGUAGE, OffGridParagraph, paragraph, run, runFonts, runs } from './docxParts';
import { colophonParagraphs, headerParagraphs, titleBeforeWithHeader } from './docxFrame';
import { withFontTable } from './fontTable';
import { layoutDocument } from './pages';
import { titleLines } from './titleLines';

const headingFont: Record<HeadingLevel, string> = { 1: fonts.level1, 2: fonts.level2, 3: fonts.body, 4: fonts.body };
const headingBold: Record<HeadingLevel, boolean> = { 1: false, 2: false, 3: true, 4: false };

function headingRuns(level: HeadingLevel, text: string, marks: PieceMarks = noMarks): ParagraphChild[] {
  return marked(text, marks, headingFont[level], { bold: headingBold[level] });
}

/** 3号 text as `runs` makes it, with the comments and highlights anchored on it. */
function marked(text: string, marks: PieceMarks, font: string = fonts.body, extra: Partial<IRunOptions> = {}): ParagraphChild[] {
  if (marks.comments.length === 0 && marks.highlights.length === 0) return runs(text, font, extra);
  return markedRuns(text, marks, (t, more) => run(t, font, size.san, { ...extra, ...more }));
}

/** Word's named heading styles, so the navigation pane shows the outline and a colleague can restyle by style. */
const headingStyle: Record<HeadingLevel, (typeof DocxHeading)[keyof typeof DocxHeading]> = {
  1: DocxHeading.HEADING_1,
  2: DocxHeading.HEADING_2,
  3: DocxHeading.HEADING_3,
  4: DocxHeading.HEADING_4,
};

/**
 * The heading styles carry exactly what each heading paragraph sets directly (font, size, the grid's
 * exact line, the two-character indent, no space before or after), so naming a style changes no line.
 */
const headingStyles = Object.fromEntries(
  ([1, 2, 3, 4] as const).map((level) => [
    `heading${level}`,
    {
      run: { font: runFonts(headingFont[level]), language: LANGUAGE, size: size.san * 2, bold: headingBold[level], color: '000000' },
      paragraph: { spacing: exactLine, indent: indent2, outlineLevel: level - 1, keepNext: false, keepLines: false },
    },
  ]),
);

function titleParagraph(title: string, before = 0, marks: (length: number, at: (offset: number) => number) => PieceMarks = () => noMarks): Paragraph {
  const lines = titleLines(title, TITLE_CHARS_PER_LINE);
  const printed = lines.join('\n');
  const map = alignedOffsets(title, printed);
  const pieceMarks = marks(printed.length, (offset) => map[offset] ?? printed.length);
  const titleRun = (text: string, extra: Partial<IRunOptions>) => run(text, fonts.title, size.er, { characterSpacing: 0, ...extra });
  return new OffGridParagraph({
    style: titleStyle.id,
    alignment: AlignmentType.CENTER,
    // The title's lines keep the page's line pitch; one empty line follows it (GB/T 9704 7.3.3).
    spacing: { ...exactLine, before, after: LINE_PITCH_TWIPS },
    widowControl: false,
    keepNext: true,
    children:
      pieceMarks.comments.length + pieceMarks.highlights.length === 0
        ? lines.map((line, i) => titleRun(line, i > 0 ? { break: 1 } : {}))
        : markedRuns(printed, pieceMarks, titleRun),
  });
}

function tableOf(rows: readonly string[][], marks: (cellStart: number, cellLength: number) => PieceMarks = () => noMarks): Table {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map((row, r) => {
      // Where the row's cells start in the block's text (cells joined by tabs, rows by line breaks).
      const rowStart = rows.slice(0, r).reduce((sum, earlier) => sum + earlier.join('\t').length + 1, 0);
      return new TableRow({
        children: Array.from({ length: columns }, (_, i) => {
          const cell = row[i] ?? '';
          const cellStart = rowStart + row.slice(0, i).reduce((sum, earlier) => sum + earlier.length + 1, 0);
          return new TableCell({ children: [paragraph(marked(cell, i < row.length ? marks(cellStart, cell.length) : noMarks), { alignment: AlignmentType.CENTER })] });
        }),
      });
    }),
  });
}

function bodyOf(doc: ReportDocument, marks?: DocumentMarks): (Paragraph | Table)[] {
  const printed = printedWithBlocks(doc);
  const paragraphs = printed.map((p) => p.paragraph);
  const signOff = signOffPlaces(paragraphs, doc.format?.seal === true);
  const attachments = attachmentPlaces(paragraphs);
  return printed.map(({ paragraph: p, block }, index) => {
    // The block's comments and highlights in a printed piece of text that starts `shift` characters in.
    const shifted = (text: string, at = block, shift = 0) => marksIn(marks, at, (offset) => offset + shift, text.length);
    const original = doc.blocks[block];
    const originalText = original && original.kind !== 'table' ? inlineText(original.inlines) : '';
    switch (p.role) {
      case 'title':
        return titleParagraph(p.text, doc.format?.header ? titleBeforeWithHeader(doc.format.header) : 0, (length, at) => marksIn(marks, block, at, length));
      case 'table':
        return tableOf(p.rows, (cellStart, cellLength) => {
          // A comment belongs to the cell it starts in and ends with it at the latest.
          const inCell = marksIn(marks, block, (offset) => offset - cellStart, Number.MAX_SAFE_INTEGER);
          const starts = (start: number) => start >= 0 && start <= cellLength;
          const clip = (n: number) => Math.max(0, Math.min(cellLength, n));
          return {
            comments: inCell.comments.filter((c) => starts(c.start)).map((c) => ({ ...c, end: clip(c.end) })),
            highlights: inCell.highlights.filter((h) => starts(h.start)).map((h) => ({ ...h, end: clip(h.end) })),
          };
        });
      case 'heading':
        return paragraph(headingRuns(p.level, `${p.heading}${p.text}`, shifted(`${p.heading}${p.text}`, block, p.heading.length)), {
          indent: indent2,
          heading: headingStyle[p.level],
          outlineLevel: p.level - 1,
        });
      case 'addressee':
        return paragraph(marked(p.text, shifted(p.text)));
      case 'signature':
      case 'date': {
        const place = signOff.get(index) ?? { right: 4, blankBefore: 1 };
        const map = alignedOffsets(originalText, p.text);
        return paragraph(marked(p.text, marksIn(marks, block, (offset) => map[offset] ?? p.text.length, p.text.length)), {
          alignment: AlignmentType.RIGHT,
          indent: { right: Math.round(place.right * BODY_CHAR_TWIPS) },
          spacing: { ...exactLine, before: place.blankBefore * LINE_PITCH_TWIPS },
        });
      }
      case 'attachment': {
        const place = attachments.get(index);
        if (!place) return paragraph(marked(p.text, shifted(p.text)), { indent: indent2 });
        return paragraph(marked(p.text, shifted(p.text)), {
          indent: { left: Math.round(place.left * BODY_CHAR_TWIPS), hanging: Math.round(place.hanging * BODY_CHAR_TWIPS) },
          spacing: { ...exactLine, before: place.blankBefore * LINE_PITCH_TWIPS },
        });
      }
      case 'body':
      case 'closing': {
        if (!p.heading) return paragraph(marked(p.text, shifted(p.text)), { indent: indent2 });
        // A run-in heading: the heading block's text after its number, then the next block's paragraph.
        const heading = doc.blocks[block];
        const number = heading?.kind === 'heading' ? heading.number.length : 0;
        return paragraph([...headingRuns(p.heading.level, p.heading.text, shifted(p.heading.text, block, number)), ...marked(p.text, shifted(p.text, block + 1))], {
          indent: indent2,
        });
      }
    }
  });
}

/** `— N —` in 4号宋体: odd pages on the right, even pages on the left, one character in from the edge. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const font = runFonts(fonts.pageNumber);
  const dash = (text: string) => new TextRun({ text, font: { ...font, ascii: fonts.pageNumber, hAnsi: fonts.pageNumber }, size: size.si * 2 });
  const oneChar = size.si * 20;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        spacing: { before: 0, after: 0 },
        children: [dash('— '), new TextRun({ children: [PageNumber.CURRENT], font, size: size.si * 2 }), dash(' —')],
      }),
    ],
  });
}

/** The 版记 at the foot of the last page the report takes without it. */
function colophonOf(doc: ReportDocument): Paragraph[] {
  const colophon = doc.format?.colophon;
  if (!colophon) return [];
  const withoutColophon = { ...doc.format };
  delete withoutColophon.colophon;
  const layout = layoutDocument({ ...doc, format: withoutColophon });
  return colophonParagraphs(colophon, layout.slots.length - (layout.pageStarts.at(-1) ?? 0));
}

/**
 * What Word and WPS show under 文件 › 属性: the title, the unit as the author (the first signature, where
 * there is one), the report's year as the subject.
 */
function properties(doc: ReportDocument): { title: string; creator: string; lastModifiedBy: string; subject: string } {
  const text = (kind: string) => {
    const block = doc.blocks.find((b) => b.kind === kind);
    return block ? blockText(block).replace(/\n/g, '') : '';
  };
  const title = text('title');
  const unit = text('signature').trim() || '文稿助手';
  const year = /((?:19|20)\d{2})\s*年/u.exec(title)?.[1] ?? /((?:19|20)\d{2})\s*年/u.exec(text('date'))?.[1];
  return { title, creator: unit, lastModifiedBy: unit, subject: year ? `${year}年` : '' };
}

/** Word's own 标题 style, carrying what the title paragraph sets, so naming it changes no line. */
const titleStyle = {
  id: 'Title',
  name: 'Title',
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font: runFonts(fonts.title), language: LANGUAGE, size: size.er * 2, characterSpacing: 0 },
  paragraph: { alignment: AlignmentType.CENTER, spacing: { ...exactLine, after: LINE_PITCH_TWIPS }, keepNext: true },
};

function documentToDocx(doc: ReportDocument, marks: DocumentMarks): Document {
  return new Document({
    ...properties(doc),
    ...(marks.comments.length > 0
      ? {
          comments: {
            children: marks.comments.map((c) => ({
              id: c.id,
              author: c.author,
              initials: c.author.slice(0, 2),
              children: c.text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, font: runFonts(fonts.body), language: LANGUAGE })] })),
            })),
          },
        }
      : {}),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: runFonts(fonts.body), language: LANGUAGE, size: size.san * 2 },
          paragraph: { spacing: exactLine },
        },
        ...headingStyles,
      },
      paragraphStyles: [titleStyle],
    },
    sections: [
      {
        properties: {
          page: { size: { width: page.width, height: page.height }, margin: { ...page.margin, header: 851, footer: FOOTER_FROM_EDGE } },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH_TWIPS },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [...(doc.format?.header ? headerParagraphs(doc.format.header) : []), ...bodyOf(doc, marks), ...colophonOf(doc)],
      },
    ],
  });
}

export interface DocxOptions {
  /** Comments (批注) anchored on the text, besides those that mark the fields still to fill. */
  comments?: readonly DocxComment[];
}

/**
 * The .docx file's bytes. Pure: runs in the renderer, the main process and the CLI alike. Every field
 * still to fill is highlighted, with a comment saying what it stood for (`上年：36次`) or 待填写.
 */
export async function exportDocx(doc: ReportDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  return withFontTable(new Uint8Array(await Packer.toArrayBuffer(documentToDocx(doc, documentMarks(doc, options.comments)))));
}
export type { DocxComment } from './docxMarks';
