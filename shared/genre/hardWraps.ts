import { TITLE_ENDINGS } from './kinds';
import { headingMarkerAt } from './markers';
import { attachmentLine, closingLine, dateLine, isAddresseeLine } from './roles';

/**
 * Lines a PDF, a web page's `<br>` or a hard-wrapped .txt broke in the middle of a sentence, joined
 * again. A line is cut when it stops without a sentence-ending mark and reads as running text (a
 * clause mark inside, or as long as a printed line), and the next line goes on with it (not a
 * heading, date, 主送, 结语 or 附件 line). A blank line always ends a paragraph. A title, a heading, a
 * signature or an addressee ends where it ends.
 */

const endsSentence = /[。！？；：:!?;.…”’」』）)】》]$/u;
const endsTitle = new RegExp(`(?:${TITLE_ENDINGS.join('|')}|情况)$`, 'u');
/** Running text, not a title or a signature: a clause mark inside, or a printed line's length. */
const runningText = (line: string) => /[，、,]/u.test(line) || line.length >= 24;
/** A bare heading (`二、存在的问题`, `（一）加强组织领导`) is a whole line. */
const bareHeading = (line: string) => headingMarkerAt(line) !== null && !/[。！？；]/u.test(line);

function isCut(line: string): boolean {
  return line.length >= 10 && !endsSentence.test(line) && runningText(line) && !bareHeading(line) && !endsTitle.test(line);
}

function goesOn(line: string): boolean {
  return (
    line.length > 0 &&
    headingMarkerAt(line) === null &&
    !dateLine.test(line) &&
    !isAddresseeLine(line) &&
    !closingLine.test(line) &&
    !attachmentLine.test(line) &&
    !/^[一二三四五六七八九十]+是/u.test(line)
  );
}

export interface Join {
  /** The joined line as it now reads (trimmed). */
  line: string;
  /** Code-unit offsets in `line` where a line break was taken out. */
  at: number[];
}

export interface JoinedText {
  text: string;
  joins: Join[];
}

/** `text` with its mid-sentence line breaks taken out, and where they were. */
export function joinHardWraps(text: string): JoinedText {
  const out: string[] = [];
  const joins: Join[] = [];
  let current: { line: string; at: number[] } | null = null;
  const flush = () => {
    if (!current) return;
    out.push(current.line);
    if (current.at.length > 0) joins.push(current);
    current = null;
  };
  for (const raw of text.replace(/\r\n?/gu, '\n').split('\n')) {
    const line = raw.trim();
    if (current && isCut(current.line) && goesOn(line)) {
      current.at.push(current.line.length);
      current.line += line;
      continue;
    }
    flush();
    if (line === '') out.push('');
    else current = { line, at: [] };
  }
  flush();
  return { text: out.join('\n'), joins };
}
