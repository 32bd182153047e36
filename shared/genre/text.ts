/** Character classes and normalisation shared by the genre modules. */

export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** Whitespace as reports use it: ASCII, ideographic space, no-break space, zero-width characters. */
export const SPACE = '\\s\\u3000\\u00a0\\u200b\\ufeff';
const spaceRun = new RegExp(`[${SPACE}]+`, 'g');
const space = new RegExp(`[${SPACE}]`, 'u');

/** Trims the spaces of `SPACE` from both ends. Every line of every import passes here: a loop, not a regex (an end-anchored regex is tried at every position). */
export function trimSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && space.test(text[start] as string)) start++;
  while (end > start && space.test(text[end - 1] as string)) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
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
