import type { ReportFormat } from '../model/reportFormat';
import { LINE_PITCH_TWIPS, LINES_PER_PAGE, TYPE_AREA_WIDTH_PT, size } from './gbt9704';
import { breakLines, textWidth } from './lineBreaks';

/**
 * The 版头 and the 版记 of a 公文 (GB/T 9704-2012 §7.2, §7.4), as the Word file and the page layout
 * both set them. Points unless said otherwise.
 */

const PT_PER_MM = 72 / 25.4;
export const PITCH_PT = LINE_PITCH_TWIPS / 20;

/** The 发文机关标志: red 小标宋, 小初 (36 pt) where it fits the type area's width, smaller where it does not. */
export function issuerMarkSize(issuer: string): number {
  const width = textWidth(issuer, { size: 1, spacing: 0 });
  return Math.max(size.er, Math.min(36, Math.floor(TYPE_AREA_WIDTH_PT / Math.max(width, 1))));
}

/** The 版头's parts, top to bottom, with the space above each. */
export interface HeaderGeometry {
  /** The 标志's top stands 35 mm below the type area's top. */
  markBefore: number;
  markSize: number;
  /** 发文字号 and 签发人: two blank lines below the 标志. */
  numberBefore: number;
  /** The red rule, 4 mm below the 发文字号 line. */
  ruleGap: number;
  ruleWidth: number;
  /** The title stands two lines below the red rule. */
  titleBefore: number;
  /** Everything above the title. */
  height: number;
}

export function headerGeometry(header: NonNullable<ReportFormat['header']>): HeaderGeometry {
  const markBefore = 35 * PT_PER_MM;
  const markSize = issuerMarkSize(header.issuer);
  const numberBefore = 2 * PITCH_PT;
  const ruleGap = 4 * PT_PER_MM;
  const ruleWidth = 1.5;
  const titleBefore = 2 * PITCH_PT;
  return { markBefore, markSize, numberBefore, ruleGap, ruleWidth, titleBefore, height: markBefore + markSize + numberBefore + PITCH_PT + ruleGap + ruleWidth };
}

/** The 版记's lines in 4号: 抄送 (its names after the colon, a full stop after the last), then 印发机关 and 印发日期. */
export interface ColophonLines {
  copyTo: string | null;
  /** Lines the 抄送 takes (its continuation lines start after `抄送：`). */
  copyLines: number;
  printLine: { printer: string; date: string } | null;
}

const fourChar = size.si;
/** 左右各空一字 of 4号. */
export const COLOPHON_INDENT_PT = fourChar;
export const COPY_LABEL = '抄送：';

export function colophonLines(colophon: NonNullable<ReportFormat['colophon']>): ColophonLines {
  const names = colophon.copyTo?.replace(/[。.；;，,、\s]+$/u, '');
  const copyTo = names ? `${COPY_LABEL}${names.replace(/^抄送[：:]\s*/u, '')}。` : null;
  const labelWidth = textWidth(COPY_LABEL, { size: fourChar, spacing: 0 });
  const width = TYPE_AREA_WIDTH_PT - 2 * COLOPHON_INDENT_PT;
  const copyLines = copyTo ? breakLines(copyTo, { size: fourChar, spacing: 0, width, firstIndent: 0, restIndent: labelWidth }).length : 0;
  const printLine = colophon.printer || colophon.printDate ? { printer: colophon.printer ?? '', date: colophon.printDate ? `${colophon.printDate}印发` : '' } : null;
  return { copyTo, copyLines, printLine };
}

/** How many lines the 版记 takes on the grid. */
export const colophonHeight = (lines: ColophonLines): number => lines.copyLines + (lines.printLine ? 1 : 0);

/**
 * Blank lines to put before the 版记 so its last line is the last line of the page, given how many
 * lines of the last page the report already takes; a 版记 that does not fit starts the next page.
 */
export function colophonPlace(usedOnLastPage: number, height: number): { newPage: boolean; blankBefore: number } {
  const free = LINES_PER_PAGE - usedOnLastPage - height;
  if (free >= 0) return { newPage: false, blankBefore: free };
  return { newPage: true, blankBefore: Math.max(0, LINES_PER_PAGE - height) };
}
