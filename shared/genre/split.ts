import { GLUED_TITLE_ENDINGS } from './kinds';
import { attachmentLine } from './roles';
import { punctuationEnd } from './markers';
import { CN_NUMERAL, HAN } from './text';
import type { SourceLine } from './types';

/**
 * A whole report on one physical line (genre README §1: no title, half-width punctuation, sections
 * separated only by spaces) is split where a heading number starts: after whitespace for every level,
 * and after a sentence end for levels 1 and 2, which never occur inside a sentence.
 */
const afterSpace = new RegExp(
  // Tried once per run of spaces (from its start), so a long run costs its length, not its square.
  `(?<![\\s\\u3000])[\\s\\u3000]+(?=[${CN_NUMERAL}]{1,3}、|[（(][${CN_NUMERAL}]{1,3}[）)]|\\d{1,2}[.．、](?!\\d)|[（(]\\d{1,2}[）)]|特此报告)`,
  'gu',
);
// The sentence end (or colon) is matched and kept with the piece before it: a look-behind would be tried at every position.
const afterSentence = new RegExp(`[。！？；!?;](?=[${CN_NUMERAL}]{1,3}、[^${CN_NUMERAL}]|[（(][${CN_NUMERAL}]{1,3}[）)])`, 'gu');
const afterLeadIn = new RegExp(`[：:](?=[${CN_NUMERAL}]{1,3}、[^${CN_NUMERAL}])`, 'gu');
const hasSpace = /[\s\u3000]/u;
/** What the two patterns above need, found without trying every position. */
const sentenceThenMarker = new RegExp(`[。！？；!?;](?:[${CN_NUMERAL}]|[（(][${CN_NUMERAL}])`, 'u');
const colonThenMarker = new RegExp(`[：:][${CN_NUMERAL}]`, 'u');
const hasLevelMarker = new RegExp(`[${CN_NUMERAL}](?:、|[）)])`, 'u');
/** A title glued to the first sentence: `2023年XX局工作总结 为进一步…`. */
export const titleThenText = new RegExp(`^(\\S{4,60}?(?:${GLUED_TITLE_ENDINGS.join('|')}))[\\s\\u3000]+(\\S.*)$`, 'u');

export function splitRunTogether(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  // Headings whose end was found by a guess (how the body opens, not a mark in the text), as the
  // pieces they became: the import preview marks them so the user can check the boundary.
  const guessed = new Set<string>();
  // The sign-off closes the body; attachment lines may follow it.
  const last = lines.findLastIndex((l) => l.kind === 'line' && !attachmentLine.test(l.text.trim()));
  lines.forEach((line, index) => {
    if (line.kind !== 'line' || line.lead !== undefined) {
      out.push(line);
      return;
    }
    // Cheap looks first: most lines have no space and no section number to split at.
    let pieces = hasSpace.test(line.text) ? splitAt(line.text, afterSpace) : [line.text.trim()].filter(Boolean);
    if (hasLevelMarker.test(line.text)) {
      if (sentenceThenMarker.test(line.text)) pieces = pieces.flatMap((piece) => splitAt(piece, afterSentence, 'keep'));
      if (colonThenMarker.test(line.text)) pieces = pieces.flatMap((piece) => splitAt(piece, afterLeadIn, 'keep'));
    }
    if (pieces.some((piece) => headingStart.test(piece))) pieces = pieces.flatMap((piece) => splitWellFormed(piece, guessed));
    if (mayHoldSeries.test(line.text)) pieces = pieces.flatMap(splitNumberedSeries);
    if (index === last) pieces = [...pieces.slice(0, -1), ...splitSignOff(pieces.at(-1) ?? '')];
    if (index === 0 && pieces.length > 1) {
      const first = titleThenText.exec(pieces[0] ?? '');
      if (first?.[1] && first[2]) pieces = [first[1], first[2], ...pieces.slice(1)];
    }
    if (pieces.length === 1) out.push({ kind: 'line', text: line.text });
    else for (const text of pieces) out.push({ kind: 'line', text, spaced: true, ...(guessed.has(text) ? { guessed: true } : {}) });
  });
  return out;
}

/** Splits where `boundary` matches: what it matched goes, or with `keep` ends the piece before. */
function splitAt(text: string, boundary: RegExp, keep?: 'keep'): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const piece = text.slice(start, keep ? match.index + match[0].length : match.index).trim();
    if (piece) parts.push(piece);
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) parts.push(rest);
  return parts;
}

const hanBefore = new RegExp(`[${HAN}\\d]$`, 'u');
const headingStart = new RegExp(`^(?:[${CN_NUMERAL}]{1,3}、|[（(][${CN_NUMERAL}]{1,3}[）)])`, 'u');
const levelOneStart = new RegExp(`^[${CN_NUMERAL}]{1,3}、`, 'u');
const levelTwoStart = new RegExp(`^[（(][${CN_NUMERAL}]{1,3}[）)]`, 'u');
const firstLevelTwo = /[（(]一[）)]/u;
const hasMarkerInside = /[（(]一[）)]|一是/u;
const firstItem = /一是/u;

/**
 * A heading that runs straight into what follows it, with no punctuation between (one-line reports
 * copied from web pages): `一、2024年工作情况（一）深化改革…` or `（二）加强防御一是强化监督…；二是…`.
 * Split only where the sequence is well formed — the first （一） under a level-1 heading, or 一是
 * starting a series that goes on with 二是 — so `统一是`, `权责统一、` stay whole.
 */
function splitWellFormed(text: string, guessed: Set<string>): string[] {
  const levelOne = levelOneStart.test(text);
  if (!levelOne && !levelTwoStart.test(text)) return [text];
  const glued = splitGluedBody(text);
  if (glued.length > 1) {
    guessed.add(glued[0] ?? '');
    return [glued[0] ?? '', ...splitWellFormed(glued[1] ?? '', guessed)].filter(Boolean);
  }
  if (!hasMarkerInside.test(text.slice(1))) return [text];
  const headingEnd = punctuationEnd(text, '。：:！？!?；;，,');
  // The marker must follow the heading's own words directly: after punctuation the usual rules apply.
  const beforeEnd = (at: number) => at > 0 && (headingEnd === -1 || at < headingEnd) && hanBefore.test(text.slice(0, at));
  if (levelOne) {
    const at = text.search(firstLevelTwo);
    if (beforeEnd(at)) return [text.slice(0, at).trim(), ...splitWellFormed(text.slice(at), guessed)];
    return [text];
  }
  const at = text.search(firstItem);
  // A heading of parallel phrases (`强化担当，协同推进，筑牢“防火墙”`) may hold commas; its 一是 still follows
  // its words directly, before any sentence end.
  const parallel = at > 0 && /[\u4e00-\u9fff”]$/u.test(text.slice(0, at)) && punctuationEnd(text.slice(0, at), '。：:！？!?；;') === -1;
  if ((beforeEnd(at) || parallel) && text.indexOf('二是', at) > at) {
    if (!beforeEnd(at)) guessed.add(text.slice(0, at).trim());
    return [text.slice(0, at).trim(), text.slice(at)];
  }
  return [text];
}

/** Words that open a report's sentence and never end a heading: `截至2025年底，`, `今年以来，`. */
const sentenceOpener = new RegExp(`(?<=[${HAN}”）)])(?:截至|截止|今年以来|近年来|自(?:19|20)\\d{2}年)(?=[^。]{0,20}[，,])`, 'u');
const mayOpenSentence = /截至|截止|以来|近年/u;
const twoYears = /(?:19|20)\d{2}年[^。]*?(?:19|20)\d{2}年/u;
/** A heading that names its year, then the body opening with the same year: `2026年工作打算2026年是…`. */
const repeatedYear = new RegExp(
  `^(?:[${CN_NUMERAL}]{1,3}、|[（(][${CN_NUMERAL}]{1,3}[）)])[^。]*?((?:19|20)\\d{2})年[^。，]*?(?:情况|打算|计划|安排|思路|目标|要点|成效|做法|总结|工作)(?=\\1年)`,
  'u',
);

/**
 * A heading glued to its body with nothing between them (one-line texts copied from web pages): the
 * body is known by how it opens — a sentence opener, or the heading's own year again. Only inside what
 * would otherwise be the heading (before its first sentence end).
 */
function splitGluedBody(text: string): string[] {
  // Most headings hold neither an opener nor two years: nothing more to look at.
  const yearTwice = twoYears.test(text);
  const opens = mayOpenSentence.test(text);
  if (!yearTwice && !opens) return [text];
  const end = punctuationEnd(text);
  const limit = end === -1 ? text.length : end;
  const year = yearTwice ? repeatedYear.exec(text) : null;
  if (year && year[0].length < limit) return [text.slice(0, year[0].length), text.slice(year[0].length)];
  const opener = opens ? sentenceOpener.exec(text) : null;
  if (opener && opener.index > 3 && opener.index < limit) return [text.slice(0, opener.index), text.slice(opener.index)];
  return [text];
}

/** Level-3 and level-4 numbers inside a line: `1.` `1．` `1、` `（1）` before a Han character or a quote. */
const seriesStyles = [
  new RegExp(`(?<![\\d.．A-Za-z])(\\d{1,2})[.．](?=[${HAN}“‘（(])`, 'gu'),
  new RegExp(`(?<![\\d])(\\d{1,2})、(?=[${HAN}“‘（(])`, 'gu'),
  new RegExp(`[（(](\\d{1,2})[）)](?=[${HAN}“‘])`, 'gu'),
];
const mayHoldSeries = /\d[.．、）)]/u;
const seriesBreak = /[。；;！？!?：:]$/u;

/**
 * A series of numbered points run into one line (`主要渠道1.政务网站……。2.政务新媒体……。`,
 * `1、……。2、……`, `（1）……。（2）……`) is split before each number: numbers that count 1, 2, 3 … in
 * order, each after a sentence end (the first may follow the words that announce it). `1.5万`,
 * `1、2月份` and `第1.2条` are no series.
 */
function splitNumberedSeries(text: string): string[] {
  for (const style of seriesStyles) {
    const cuts: number[] = [];
    let next = 1;
    for (const match of text.matchAll(style)) {
      const number = Number(match[1]);
      const before = text.slice(0, match.index);
      if (number === 1 && next <= 2) {
        cuts.length = 0;
        cuts.push(match.index);
        next = 2;
      } else if (number === next && cuts.length > 0 && seriesBreak.test(before.trimEnd())) {
        cuts.push(match.index);
        next++;
      }
    }
    if (cuts.length < 2) continue;
    const pieces = [text.slice(0, cuts[0]), ...cuts.map((at, i) => text.slice(at, cuts[i + 1] ?? text.length))];
    return pieces.map((piece) => piece.trim()).filter(Boolean);
  }
  return [text];
}

// The date in Arabic numerals or in Chinese ones (二〇二六年一月五日), as dateLine (roles.ts) reads it.
const runInDate = /^(.*[。！？!?])?[\s\u3000]*(?:([^\s\u3000。，；：,;:！？!?]{2,30})[\s\u3000]+)?(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/u;
const runInClosing = /^(.*[。！？!?])?[\s\u3000]*((?:特此|专此)(?:报告|汇报)[。.！!]?)$/u;

/**
 * A signature and date run in at the end of the last line (`…专此报告。 某某局 2024年12月18日`) become
 * lines of their own, as does a closing before them.
 */
function splitSignOff(text: string): string[] {
  const match = text.endsWith('日') ? runInDate.exec(text) : null;
  if (!match || (match[1] === undefined && match[2] === undefined)) return text ? [text] : [];
  const [, before = '', signature, date = ''] = match;
  const closing = runInClosing.exec(before.trim());
  const body = closing ? [closing[1] ?? '', closing[2] ?? ''] : [before];
  return [...body, signature ?? '', date].map((piece) => piece.trim()).filter(Boolean);
}
