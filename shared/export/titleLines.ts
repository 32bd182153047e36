/**
 * Breaks a long title into balanced lines (GB/T 9704 asks for a trapezoid or diamond, never a line of
 * one or two characters left over). Widths count CJK characters as 1 and Latin letters and digits
 * as ½, as they print.
 */

const halfWidth = /[\u0020-\u007e]/u;
/** A line never starts with closing punctuation nor ends with opening punctuation. */
const noLineStart = /^[，。、；：？！）》」』”’〉】%]/u;
const noLineEnd = /[（《「『“‘〈【]$/u;
/** Good places to break: after 的/关于/和/及/与, or before 的报告/情况/工作. */
const breakAfter = /(?:关于|的|和|及|与|年度?|工作)$/u;
const breakBefore = /^(?:关于|的报告|情况|工作)/u;

function widthOf(chars: readonly string[]): number {
  return chars.reduce((w, c) => w + (halfWidth.test(c) ? 0.5 : 1), 0);
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
      let score = Math.abs(done - target);
      if (breakAfter.test(chars.slice(0, at).join('')) || breakBefore.test(rest.join(''))) score -= 1.5;
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
