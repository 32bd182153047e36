import type { HeadingLevel } from '../ipc/library';
import { CN_NUMERAL } from './text';

/**
 * Heading numbers as written in the wild (genre README §2): full- and half-width brackets, `1.` `1、`
 * `1．`. Each pattern matches at the start of a line.
 */
const headingMarkers: { level: HeadingLevel; pattern: RegExp }[] = [
  { level: 1, pattern: new RegExp(`^[${CN_NUMERAL}]{1,3}、`) },
  { level: 2, pattern: new RegExp(`^[（(][${CN_NUMERAL}]{1,3}[）)]`) },
  { level: 3, pattern: /^\d{1,2}[.．、](?!\d)/ },
  { level: 4, pattern: /^[（(]\d{1,2}[）)]/ },
];

export interface HeadingMarker {
  level: HeadingLevel;
  number: string;
}

/** The heading marker a line starts with, if any; a bare number with nothing after it is no heading. */
export function headingMarkerAt(text: string): HeadingMarker | null {
  for (const { level, pattern } of headingMarkers) {
    const match = pattern.exec(text);
    if (!match) continue;
    const number = match[0];
    if (text.length === number.length) return null;
    return { level, number };
  }
  return null;
}

/**
 * Where a heading's own words end: the first 。 or ： (or their half-width forms, or ！？); in text
 * that separates sections only by spaces (a report on one line), the first space followed by a sentence.
 */
export function headingEnd(text: string, spaceSeparated = false): number {
  const punctuation = punctuationEnd(text);
  const space = spaceSeparated ? /\S[\s\u3000]+(?=\S)/u.exec(text) : null;
  if (space && (punctuation === -1 || space.index < punctuation)) {
    const spaceAt = space.index + 1;
    if (/[。.！!？?；;，,：:]/u.test(text.slice(spaceAt))) return spaceAt;
  }
  return punctuation;
}

/** The first sentence-ending mark, where a half-width full stop is not a decimal point. */
export function punctuationEnd(text: string, marks = '。：:！？!?'): number {
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (marks.includes(char)) return i;
    // A half-width full stop ends a heading only where it is not a decimal point.
    if (char === '.' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) return i;
  }
  return -1;
}
