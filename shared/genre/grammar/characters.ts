/**
 * What kinds of characters a line holds, read in one loop. Every line of an import is read for a
 * site's shapes (links, clock times, counters, file types); each of those needs a character most
 * report sentences lack (a colon, a Latin letter, a dot), and a regex scanning a long Chinese line
 * costs several times this loop. The shapes are tested only where their characters are.
 */
export const Has = {
  colon: 1,
  angle: 2,
  dot: 4,
  digit: 8,
  latin: 16,
  dash: 32,
  bar: 64,
  /** 是: `一是……` items. */
  shi: 256,
  /** 下: `如下：`, `以下`, `下面`. */
  xia: 512,
  /** 页: page counts. */
  page: 1024,
} as const;

export interface LineCharacters {
  has: number;
  /** 。！？；!?; — each ends a sentence or a clause. */
  sentenceEnds: number;
  /** 。！？ only: a title holds none. */
  fullStops: number;
  /** The last character, for what a line ends in. */
  last: string;
}

const kind = new Uint16Array(0x10000);
const SENTENCE = 0x8000;
const FULL_STOP = 0x8001;
for (const c of ':：') kind[c.charCodeAt(0)] = Has.colon;
for (const c of '<>＜＞»›') kind[c.charCodeAt(0)] = Has.angle;
kind['.'.charCodeAt(0)] = Has.dot;
for (let c = 48; c <= 57; c++) kind[c] = Has.digit;
for (let c = 65; c <= 90; c++) kind[c] = kind[c + 32] = Has.latin;
kind['-'.charCodeAt(0)] = Has.dash;
for (const c of '|｜') kind[c.charCodeAt(0)] = Has.bar;
kind['是'.charCodeAt(0)] = Has.shi;
kind['下'.charCodeAt(0)] = Has.xia;
kind['页'.charCodeAt(0)] = Has.page;
for (const c of '；!?;') kind[c.charCodeAt(0)] = SENTENCE;
for (const c of '。！？') kind[c.charCodeAt(0)] = FULL_STOP;

export function lineCharacters(text: string): LineCharacters {
  let has = 0;
  let sentenceEnds = 0;
  let fullStops = 0;
  for (let i = 0; i < text.length; i++) {
    const k = kind[text.charCodeAt(i)] as number;
    if (k === 0) continue;
    if (k === FULL_STOP) {
      sentenceEnds++;
      fullStops++;
    } else if (k === SENTENCE) sentenceEnds++;
    else has |= k;
  }
  return { has, sentenceEnds, fullStops, last: text.at(-1) ?? '' };
}
