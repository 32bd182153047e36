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
} from 'docx';
import { blockText, type ReportDocument } from '../model/document';
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
import { printedParagraphs } from './printed';
import { attachmentPlaces } from './attachments';
import { signOffPlaces } from './signOff';
import { exactLine, indent2, LANGUAGE, OffGridParagraph, paragraph, run, runFonts, runs } from './docxParts';
import { colophonParagraphs, headerParagraphs, titleBeforeWithHeader } from './docxFrame';
import { withFontTable } from './fontTable';
import { layoutDocument } from './pages';
import { titleLines } from './titleLines';

const headingFont: Record<HeadingLevel, string> = { 1: fonts.level1, 2: fonts.level2, 3: fonts.body, 4: fonts.body };
const headingBold: Record<HeadingLevel, boolean> = { 1: false, 2: false, 3: true, 4: false };

function headingRuns(level: HeadingLevel, text: string): TextRun[] {
  return runs(text, headingFont[level], { bold: headingBold[level] });
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

function titleParagraph(title: string, before = 0): Paragraph {
  return new OffGridParagraph({
    style: titleStyle.id,
    alignment: AlignmentType.CENTER,
    // The title's lines keep the page's line pitch; one empty line follows it (GB/T 9704 7.3.3).
    spacing: { ...exactLine, before, after: LINE_PITCH_TWIPS },
    widowControl: false,
    keepNext: true,
    children: titleLines(title, TITLE_CHARS_PER_LINE).map((line, i) =>
      run(line, fonts.title, size.er, { characterSpacing: 0, ...(i > 0 ? { break: 1 } : {}) }),
    ),
  });
}

function tableOf(rows: readonly string[][]): Table {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map(
      (row) =>
        new TableRow({
          children: Array.from({ length: columns }, (_, i) =>
            new TableCell({ children: [paragraph(runs(row[i] ?? ''), { alignment: AlignmentType.CENTER })] }),
          ),
        }),
    ),
  });
}

function bodyOf(doc: ReportDocument): (Paragraph | Table)[] {
  const printed = printedParagraphs(doc);
  const signOff = signOffPlaces(printed, doc.format?.seal === true);
  const attachments = attachmentPlaces(printed);
  return printed.map((p, index) => {
    switch (p.role) {
      case 'title':
        return titleParagraph(p.text, doc.format?.header ? titleBeforeWithHeader(doc.format.header) : 0);
      case 'table':
        return tableOf(p.rows);
      case 'heading':
        return paragraph(headingRuns(p.level, `${p.heading}${p.text}`), { indent: indent2, heading: headingStyle[p.level], outlineLevel: p.level - 1 });
      case 'addressee':
        return paragraph(runs(p.text));
      case 'signature':
      case 'date': {
        const place = signOff.get(index) ?? { right: 4, blankBefore: 1 };
        return paragraph(runs(p.text), {
          alignment: AlignmentType.RIGHT,
          indent: { right: Math.round(place.right * BODY_CHAR_TWIPS) },
          spacing: { ...exactLine, before: place.blankBefore * LINE_PITCH_TWIPS },
        });
      }
      case 'attachment': {
        const place = attachments.get(index);
        if (!place) return paragraph(runs(p.text), { indent: indent2 });
        return paragraph(runs(p.text), {
          indent: { left: Math.round(place.left * BODY_CHAR_TWIPS), hanging: Math.round(place.hanging * BODY_CHAR_TWIPS) },
          spacing: { ...exactLine, before: place.blankBefore * LINE_PITCH_TWIPS },
        });
      }
      case 'body':
      case 'closing':
        return paragraph([...(p.heading ? headingRuns(p.heading.level, p.heading.text) : []), ...runs(p.text)], { indent: indent2 });
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

function documentToDocx(doc: ReportDocument): Document {
  return new Document({
    ...properties(doc),
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
        children: [...(doc.format?.header ? headerParagraphs(doc.format.header) : []), ...bodyOf(doc), ...colophonOf(doc)],
      },
    ],
  });
}

/** The .docx file's bytes. Pure: runs in the renderer, the main process and the CLI alike. */
export async function exportDocx(doc: ReportDocument): Promise<Uint8Array> {
  return withFontTable(new Uint8Array(await Packer.toArrayBuffer(documentToDocx(doc))));
}
