import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Tab, TabStopType, TextRun, type IParagraphOptions } from 'docx';
import type { ReportFormat } from '../model/reportFormat';
import { exactLine, OffGridParagraph, run } from './docxParts';
import { COLOPHON_INDENT_PT, COPY_LABEL, colophonHeight, colophonLines, colophonPlace, headerGeometry } from './frame';
import { BODY_CHAR_TWIPS, LINE_PITCH_TWIPS, TYPE_AREA_WIDTH_PT, fonts, size } from './gbt9704';
import { textWidth } from './lineBreaks';

/** The 版头 and the 版记 as Word paragraphs (GB/T 9704-2012 §7.2, §7.4); their geometry is frame.ts's. */

const twips = (points: number) => Math.round(points * 20);
const RED = 'FF0000';
const tab = (points: number) => new TextRun({ children: [new Tab()], size: points * 2 });
const WIDTH = twips(TYPE_AREA_WIDTH_PT);

/** 发文机关标志, then 发文字号 (左空一字) and 签发人 (右空一字, the name in 楷体) on one line with the red rule 4 mm below. */
export function headerParagraphs(header: NonNullable<ReportFormat['header']>): Paragraph[] {
  const g = headerGeometry(header);
  const mark = new OffGridParagraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: twips(g.markBefore), after: 0, line: twips(g.markSize), lineRule: LineRuleType.EXACT },
    children: [run(header.issuer, fonts.title, g.markSize, { characterSpacing: 0, color: RED })],
  });
  const signer = header.signer
    ? [tab(size.san), run('签发人：', fonts.body, size.san), run(header.signer, fonts.level2, size.san)]
    : [];
  const number = new OffGridParagraph({
    spacing: { ...exactLine, before: twips(g.numberBefore) },
    indent: { left: BODY_CHAR_TWIPS, right: BODY_CHAR_TWIPS },
    // Tab stops count from the margin, not from the indent.
    tabStops: [{ type: TabStopType.RIGHT, position: WIDTH - BODY_CHAR_TWIPS }],
    border: { bottom: { style: BorderStyle.SINGLE, size: Math.round(g.ruleWidth * 8), color: RED, space: Math.round(g.ruleGap) } },
    children: [run(header.number ?? '', fonts.body, size.san), ...signer],
  });
  return [mark, number];
}

/** The title's space above it when a 版头 stands over it: two lines below the red rule. */
export const titleBeforeWithHeader = (header: NonNullable<ReportFormat['header']>): number => twips(headerGeometry(header).titleBefore);

const THICK = 8; // 0.35 mm, in eighths of a point
const THIN = 6; // 0.25 mm

/**
 * 抄送 and 印发机关 / 印发日期 in 4号仿宋 between the rules (thick first and last, thin between), placed so
 * the last line of the 版记 is the last line of its page (`usedOnLastPage`: the lines the report takes there).
 */
export function colophonParagraphs(colophon: NonNullable<ReportFormat['colophon']>, usedOnLastPage: number): Paragraph[] {
  const lines = colophonLines(colophon);
  const place = colophonPlace(usedOnLastPage, colophonHeight(lines));
  const indent = twips(COLOPHON_INDENT_PT);
  const rule = (width: number) => ({ style: BorderStyle.SINGLE, size: width, color: '000000', space: 0 });
  // The rules take a few points the grid does not count: the space above gives them back.
  const before = Math.max(0, place.blankBefore * LINE_PITCH_TWIPS - 80);
  const first = (options: IParagraphOptions): IParagraphOptions => ({
    ...options,
    spacing: { ...exactLine, before },
    ...(place.newPage ? { pageBreakBefore: true } : {}),
  });
  const out: Paragraph[] = [];
  if (lines.copyTo) {
    const label = twips(textWidth(COPY_LABEL, { size: size.si, spacing: 0 }));
    out.push(
      new Paragraph(
        first({
          alignment: AlignmentType.JUSTIFIED,
          indent: { left: indent + label, hanging: label, right: indent },
          border: { top: rule(THICK), bottom: rule(THIN) },
          children: [run(lines.copyTo, fonts.body, size.si, { characterSpacing: 0 })],
        }),
      ),
    );
  }
  if (lines.printLine) {
    const options = {
      indent: { left: indent, right: indent },
      tabStops: [{ type: TabStopType.RIGHT, position: WIDTH - indent }],
      border: { ...(lines.copyTo ? {} : { top: rule(THICK) }), bottom: rule(THICK) },
      children: [run(lines.printLine.printer, fonts.body, size.si, { characterSpacing: 0 }), tab(size.si), run(lines.printLine.date, fonts.body, size.si, { characterSpacing: 0 })],
    };
    out.push(new Paragraph(lines.copyTo ? { ...options, spacing: exactLine } : first(options)));
  }
  return out;
}
