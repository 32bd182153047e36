import type { PrintedParagraph } from './printed';
import { widthInChars } from './signOff';

/**
 * The 附件说明 (GB/T 9704-2012 §7.3.4): one line below the body, 左空二字, `附件：` and the name; with
 * several attachments `附件：1.……` and `2.……` under the `1.`, each name's continuation lines
 * aligned with its first character. In body characters from the type area's left edge.
 */
export interface AttachmentPlace {
  /** Where the lines after the first start. */
  left: number;
  /** How far the first line starts left of the others. */
  hanging: number;
  blankBefore: number;
}

const label = /^附件[：:]\s*/u;
const number = /^\d{1,2}[.．、]\s*/u;
const textOf = (p: PrintedParagraph | undefined) => (p && 'text' in p ? p.text : '');

export function attachmentPlaces(paragraphs: readonly PrintedParagraph[]): Map<number, AttachmentPlace> {
  const places = new Map<number, AttachmentPlace>();
  for (let i = 0; i < paragraphs.length; i++) {
    const lead = label.exec(textOf(paragraphs[i]));
    if (paragraphs[i]?.role !== 'attachment' || !lead) continue;
    const labelWidth = widthInChars(lead[0]);
    const previous = paragraphs[i - 1]?.role;
    const blankBefore = previous === 'body' || previous === 'closing' || previous === 'heading' ? 1 : 0;
    for (let k = i; k < paragraphs.length && paragraphs[k]?.role === 'attachment'; k++) {
      const text = textOf(paragraphs[k]);
      if (k > i && label.test(text)) break;
      // The first line starts two characters in; the later attachments start under the first one's number.
      const start = k === i ? 2 : 2 + labelWidth;
      const rest = k === i ? text.slice(lead[0].length) : text;
      const nameStart = 2 + labelWidth + widthInChars(number.exec(rest)?.[0] ?? '');
      places.set(k, { left: nameStart, hanging: nameStart - start, blankBefore: k === i ? blankBefore : 0 });
      i = k;
    }
  }
  return places;
}
