import { AlignmentType, LineRuleType, Paragraph, TextRun, type IParagraphOptions, type IRunOptions, type ParagraphChild } from 'docx';
import { BODY_CHAR_TWIPS, BODY_CHARACTER_SPACING_TWIPS, LINE_PITCH_TWIPS, fonts, size } from './gbt9704';

/** The pieces every paragraph of the Word file is made of (docx.ts, docxFrame.ts). */

/**
 * The fonts of a run: the East Asian font for Chinese, Times New Roman for Latin letters and digits.
 * `hint="eastAsia"` is what Word writes for Chinese text: the characters Chinese and Western text share
 * (“ ” ‘ ’ — … ·) are then set in the Chinese font, where Word and WPS would otherwise take Times New Roman.
 */
export function runFonts(eastAsia: string) {
  return { ascii: fonts.latin, hAnsi: fonts.latin, eastAsia, cs: fonts.latin, hint: 'eastAsia' };
}

/** The text's languages, as Word marks Chinese text: its spelling and line breaking follow them. */
export const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' } as const;

/** A run in a named East Asian font with Times New Roman for Latin letters and digits. */
export function run(text: string, eastAsia: string, points: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({
    text,
    font: runFonts(eastAsia),
    language: LANGUAGE,
    size: points * 2,
    characterSpacing: BODY_CHARACTER_SPACING_TWIPS,
    ...extra,
  });
}

/** 3号 text with its line breaks (a `\n` inside a block) kept as breaks. */
export function runs(text: string, font: string = fonts.body, extra: Partial<IRunOptions> = {}): TextRun[] {
  return text.split('\n').map((line, i) => run(line, font, size.san, { ...extra, ...(i > 0 ? { break: 1 } : {}) }));
}

export const exactLine = { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
export const indent2 = { firstLine: 2 * BODY_CHAR_TWIPS };

export function paragraph(children: ParagraphChild[], options: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: exactLine, widowControl: false, ...options, children });
}

/**
 * A paragraph that does not snap to the document's line grid (`w:snapToGrid w:val="0"`, which the
 * docx library offers only on runs): a 22 pt title line would otherwise take two grid lines.
 */
export class OffGridParagraph extends Paragraph {
  override prepForXml(context: Parameters<Paragraph['prepForXml']>[0]): ReturnType<Paragraph['prepForXml']> {
    const xml = super.prepForXml(context);
    const parts = (xml?.['w:p'] ?? []) as Record<string, unknown>[];
    const properties = parts.find((part) => 'w:pPr' in part)?.['w:pPr'] as Record<string, unknown>[] | undefined;
    if (properties) {
      // CT_PPrBase order: snapToGrid comes right before spacing.
      const at = properties.findIndex((p) => 'w:spacing' in p);
      properties.splice(at < 0 ? properties.length : at, 0, { 'w:snapToGrid': { _attr: { 'w:val': '0' } } });
    }
    return xml;
  }
}

