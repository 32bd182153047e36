import { HAN } from '../genre/text';
import { cappedFindings, findingAt } from './finding';
import { checkMessages } from './messages';
import type { Finding } from './types';

const fullWidth: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！', '.': '。' };
/**
 * A half-width mark touching a Han character or Chinese quote (so `9:30`, `47.9`, `(a)` and quoted
 * English stay); a
 * full stop only after a Han character and not before a digit or letter (`第1.2条` stays).
 */
const halfWidth = new RegExp(`(?<=[${HAN}”’）》」』])[,:;?!()]|[,:;?!()](?=[${HAN}“‘（《「『])|(?<=[${HAN}])\\.(?![0-9A-Za-z.])`, 'gu');
// The look-ahead for a Han character never backtracks once it has found one, so an unclosed quote
// before a long paragraph costs one pass, not one pass per character.
const straightQuotes = new RegExp(`"(?=[^"\\n]*[${HAN}])[^"\\n]*"`, 'gu');
const doubled = /([，。、；：！？])\1+|[，、；：][。！？]|[。！？][，、；：]/gu;
const spaceBetweenHan = new RegExp(`(?<=[${HAN}])[ \\u3000]+(?=[${HAN}])`, 'gu');
/** An input method in full-width mode types ６ and Ａ: numbers and letters are half-width in a report. */
const fullWidthAlnum = /[０-９Ａ-Ｚａ-ｚ]+/gu;
const halfOf = (text: string) => text.replace(/[０-９Ａ-Ｚａ-ｚ]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
/** Spaces after a full-width mark (or before one): the mark carries its own space. */
const spaceByMark = /(?<=[，。、；：！？）》」』”’])[ \u3000]+|[ \u3000]+(?=[，。、；：！？）》」』])/gu;

/** Half-width punctuation in Chinese text, straight quotes, doubled marks, spaces between characters or by a mark, full-width digits. */
export function punctuationFindings(text: string): Omit<Finding, 'block'>[] {
  const more = (count: number, at: number) => findingAt('punctuation', 'info', text, at, 0, checkMessages.morePunctuation(count));
  return [
    ...cappedFindings(text.matchAll(halfWidth), (m) => {
      const full = fullWidth[m[0]] ?? m[0];
      return findingAt('punctuation', 'warning', text, m.index, 1, checkMessages.halfWidth(m[0], full), full);
    }, more),
    ...cappedFindings(
      text.matchAll(straightQuotes),
      (m) => findingAt('punctuation', 'warning', text, m.index, m[0].length, checkMessages.straightQuotes, `“${m[0].slice(1, -1)}”`),
      more,
    ),
    ...cappedFindings(
      text.matchAll(doubled),
      (m) => findingAt('punctuation', 'warning', text, m.index, m[0].length, checkMessages.doubled(m[0]), m[0].at(-1) === '。' ? '。' : (m[0][0] ?? '')),
      more,
    ),
    ...cappedFindings(text.matchAll(spaceBetweenHan), (m) => findingAt('punctuation', 'info', text, m.index, m[0].length, checkMessages.spaceInText, ''), more),
    ...cappedFindings(
      text.matchAll(fullWidthAlnum),
      (m) => findingAt('punctuation', 'warning', text, m.index, m[0].length, checkMessages.fullWidthAlnum(m[0], halfOf(m[0])), halfOf(m[0])),
      more,
    ),
    ...cappedFindings(text.matchAll(spaceByMark), (m) => findingAt('punctuation', 'warning', text, m.index, m[0].length, checkMessages.spaceByMark, ''), more),
  ];
}
