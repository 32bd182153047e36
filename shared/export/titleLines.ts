import { REPORT_KINDS } from '../genre/kinds';
import { zhWords } from '../genre/text';
import { size } from './gbt9704';
import { textWidth } from './lineBreaks';
/**
 * Breaks a long title into balanced lines (GB/T 9704 asks for a trapezoid or diamond, never a line of
 * one or two characters left over). Widths are measured as the page layout measures them
 * (lineBreaks.ts: Latin letters and digits at their own width, the space where they meet Chinese),
 * in 2号 characters, so a line the title routine makes is a line on paper.
 */

/** A line never starts with closing punctuation nor ends with opening punctuation. */
const noLineStart = /^[，。、；：？！）》」』”’〉】%]/u;
const noLineEnd = /[（《「『“‘〈【]$/u;
/** The best places to break: after 的/和/及/与/暨/党组/年度, or before 关于. */
const breakAfter = /(?:的|和|及|与|暨|党组|党委|年度)$/u;
const breakBefore = /^关于/u;
/**
 * Set terms of report titles that the word segmenter splits but a line must not: each kind's own
 * (kinds.ts) and those of the subjects reports are about.
 */
const setTerms = [...new Set([...REPORT_KINDS.flatMap((k) => k.titleTerms), '普通话', '宣传周', '党风廉政', '全面从严治党', '新时代'])];

/** Character offsets where a word ends, so a line never splits a word. */
function wordEnds(text: string): Set<number> {
  const ends = new Set<number>();
  for (const { segment, index } of zhWords().segment(text)) ends.add([...text.slice(0, index + segment.length)].length);
  for (const term of setTerms) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      const start = [...text.slice(0, at)].length;
      for (let inside = start + 1; inside < start + term.length; inside++) ends.delete(inside);
    }
  }
  return ends;
}

function widthOf(chars: readonly string[]): number {
  return textWidth(chars.join(''), { size: size.er, spacing: 0 }) / size.er;
}

function isInsideWord(chars: readonly string[], at: number): boolean {
  const before = chars[at - 1] ?? '';
  const after = chars[at] ?? '';
  return /[0-9A-Za-z]/u.test(before) && /[0-9A-Za-z]/u.test(after);
}

/** The title as printed lines, each at most `perLine` wide. A title that fits stays one line. */
export function titleLines(title: string, perLine: number): string[] {
  const text = title.replace(/\s*\n\s*/gu, '');
  const chars = [...text];
  const total = widthOf(chars);
  if (total <= perLine || chars.length < 4) return [text];
  const count = Math.ceil(total / perLine);
  const ends = wordEnds(text);
  const lines: string[] = [];
  let start = 0;
  for (let line = 1; line < count; line++) {
    const target = (total * line) / count;
    let best = -1;
    let bestScore = Infinity;
    for (let at = start + 3; at <= chars.length - 3; at++) {
      const head = chars.slice(start, at);
      if (widthOf(head) > perLine) break;
      const rest = chars.slice(at);
      if (widthOf(rest) > perLine * (count - line)) continue;
      if (noLineStart.test(rest.join('')) || noLineEnd.test(head.join('')) || isInsideWord(chars, at)) continue;
      const done = widthOf(chars.slice(0, at));
      let score = Math.abs(done - target) + (ends.has(at) ? 0 : 4);
      if (breakAfter.test(chars.slice(0, at).join('')) || breakBefore.test(rest.join(''))) score -= 2.5;
      if (score < bestScore) {
        bestScore = score;
        best = at;
      }
    }
    if (best < 0) break;
    lines.push(chars.slice(start, best).join(''));
    start = best;
  }
  lines.push(chars.slice(start).join(''));
  return lines;
}
