/** Character classes and normalisation shared by the genre modules. */

export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** Whitespace as reports use it: ASCII, ideographic space, no-break space, zero-width characters. */
export const SPACE = '\\s\\u3000\\u00a0\\u200b\\ufeff';
const spaceRun = new RegExp(`[${SPACE}]+`, 'g');
// The look-behind makes a run of spaces be tried once, from its start: without it every position
// inside a long run re-scans the rest of it (quadratic on a line of 100,000 spaces).
const edgeSpace = new RegExp(`^[${SPACE}]+|(?<![${SPACE}])[${SPACE}]+$`, 'g');

export function trimSpace(text: string): string {
  return text.replace(edgeSpace, '');
}

export function stripSpace(text: string): string {
  return text.replace(spaceRun, '');
}

/** The form used to decide that two paragraphs are the same: NFKC, lower-case, no whitespace. */
export function normaliseForCompare(text: string): string {
  return stripSpace(text.normalize('NFKC').toLowerCase());
}

export const CN_NUMERAL = '一二三四五六七八九十';

let segmenter: Intl.Segmenter | undefined;
/** Chinese word boundaries, made the first time a caller needs them (most parses and exports never do). */
export const zhWords = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }));
