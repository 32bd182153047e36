import { CN_NUMERAL } from './text';
import type { SourceLine } from './types';

/**
 * A whole report on one physical line (GENRE.md §1: no title, half-width punctuation, sections
 * separated only by spaces) is split where a heading number starts: after whitespace for every level,
 * and after a sentence end for levels 1 and 2, which never occur inside a sentence.
 */
const afterSpace = new RegExp(
  `[\\s\\u3000]+(?=[${CN_NUMERAL}]{1,3}、|[（(][${CN_NUMERAL}]{1,3}[）)]|\\d{1,2}[.．、](?!\\d)|[（(]\\d{1,2}[）)]|特此报告)`,
  'gu',
);
const afterSentence = new RegExp(`(?<=[。！？；!?;])(?=[${CN_NUMERAL}]{1,3}、[^${CN_NUMERAL}]|[（(][${CN_NUMERAL}]{1,3}[）)])`, 'gu');
const afterLeadIn = new RegExp(`(?<=[：:])(?=[${CN_NUMERAL}]{1,3}、[^${CN_NUMERAL}])`, 'gu');
/** A title glued to the first sentence: `2023年XX局工作总结 为进一步…`. */
const titleThenText = /^(\S{4,60}?(?:报告|总结|汇报|情况|自查报告|述职报告|工作要点|方案|计划))[\s\u3000]+(\S.*)$/u;

export function splitRunTogether(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  lines.forEach((line, index) => {
    if (line.kind !== 'line' || line.lead !== undefined) {
      out.push(line);
      return;
    }
    let pieces = splitAt(line.text, afterSpace)
      .flatMap((piece) => splitAt(piece, afterSentence))
      .flatMap((piece) => splitAt(piece, afterLeadIn));
    if (index === 0 && pieces.length > 1) {
      const first = titleThenText.exec(pieces[0] ?? '');
      if (first?.[1] && first[2]) pieces = [first[1], first[2], ...pieces.slice(1)];
    }
    if (pieces.length === 1) out.push({ kind: 'line', text: line.text });
    else for (const text of pieces) out.push({ kind: 'line', text, spaced: true });
  });
  return out;
}

function splitAt(text: string, boundary: RegExp): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const piece = text.slice(start, match.index).trim();
    if (piece) parts.push(piece);
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) parts.push(rest);
  return parts;
}
