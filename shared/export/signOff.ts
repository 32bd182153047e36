import { BODY_CHAR_TWIPS, BODY_CHARACTER_SPACING_TWIPS, size } from './gbt9704';
import { textWidth } from './lineBreaks';
import type { PrintedParagraph } from './printed';

/**
 * Where the signature block stands (GB/T 9704-2012 §7.3.5), in body characters from the right edge of
 * the type area, and how many blank lines come before each of its lines.
 * - Without a seal: the 署名 右空二字; the date on the next line, its first character two characters
 *   right of the signature's first; when the date is the longer, the date 右空二字 and the signature
 *   moves left to keep that offset. Several issuers stand one under another, their first characters
 *   aligned.
 * - With a seal: the date 右空四字, each 署名 centred over it, and two blank lines before the first
 *   署名 so the seal (about four lines high, pressed over both, their text a little below its centre)
 *   has its top within one line of the body.
 */
export interface SignOffPlace {
  /** Right indent in body characters. */
  right: number;
  /** Blank lines before this line. */
  blankBefore: number;
}

const charPt = BODY_CHAR_TWIPS / 20;
/** A line's width in body characters, as the layout measures it. */
export const widthInChars = (text: string): number => textWidth(text, { size: size.san, spacing: BODY_CHARACTER_SPACING_TWIPS / 20 }) / charPt;

/** The sign-off places of the printed paragraphs, by index; other paragraphs have none. */
export function signOffPlaces(paragraphs: readonly PrintedParagraph[], seal: boolean): Map<number, SignOffPlace> {
  const places = new Map<number, SignOffPlace>();
  for (let i = 0; i < paragraphs.length; i++) {
    if (paragraphs[i]?.role !== 'signature' && paragraphs[i]?.role !== 'date') continue;
    // A run of signatures and the date after them form one block.
    const signatures: number[] = [];
    while (paragraphs[i]?.role === 'signature') signatures.push(i++);
    const date = paragraphs[i]?.role === 'date' ? i : -1;
    if (date === -1) i--;
    placeBlock(paragraphs, signatures, date, seal, places);
  }
  return places;
}

function placeBlock(paragraphs: readonly PrintedParagraph[], signatures: number[], date: number, seal: boolean, places: Map<number, SignOffPlace>): void {
  const widthOf = (index: number) => {
    const p = paragraphs[index];
    return p && 'text' in p ? widthInChars(p.text) : 0;
  };
  const dateWidth = date === -1 ? 0 : widthOf(date);
  const longest = Math.max(0, ...signatures.map(widthOf));
  const first = signatures[0] ?? date;
  const blankBefore = (index: number) => (index === first ? (seal && signatures.length > 0 ? 2 : 1) : 0);
  if (seal) {
    const dateRight = 4;
    for (const index of signatures) {
      const right = date === -1 ? 4 : dateRight + (dateWidth - widthOf(index)) / 2;
      places.set(index, { right: Math.max(0, right), blankBefore: blankBefore(index) });
    }
    if (date !== -1) places.set(date, { right: dateRight, blankBefore: blankBefore(date) });
    return;
  }
  // Without a seal: signatures start together; the date starts two characters to their right.
  const signatureRight = date === -1 ? 2 : Math.max(2, 4 + dateWidth - longest);
  const signatureStart = signatureRight + longest;
  for (const index of signatures) places.set(index, { right: signatureStart - widthOf(index), blankBefore: blankBefore(index) });
  if (date !== -1) {
    const dateRight = signatures.length === 0 ? 2 : Math.max(2, signatureStart - 2 - dateWidth);
    places.set(date, { right: dateRight, blankBefore: blankBefore(date) });
  }
}
