import type { Block, Placeholder } from './types';

/**
 * Blanked-out names and numbers (genre README §4): runs of X / xx, a capital letter repeated three or more
 * times, `*` `＊` `×`, 某某, ○○, underlines and blank dates. A run of letters counts only when it
 * touches no other Latin letter, so `LED`, `QQ`, `PPT` and `APP` stay text; a lone letter of a real
 * term (`X光`, `X射线`, `“1+X”`, `B超`, `A级`, `3A`, `5G`, `PM2.5`) is text too.
 */
const placeholderPattern = new RegExp(
  // The leading look-ahead lets the engine skip ordinary text without trying every alternative.
  '(?=[XxA-Z*＊×某○〇_年])(?:' +
  [
    // Not the X of a term: X光, X射线, a formula such as “1+X”, or an X the text defines (“X”指……).
    '(?<![A-Za-z+＋])X+(?![A-Za-z+＋]|光|射线|线|染色体|”(?:指|是|即|代表|表示))',
    '(?<![A-Za-z])x{2,}(?![A-Za-z])',
    '(?<=[\\u4e00-\\u9fff])x(?=[\\u4e00-\\u9fff])',
    '(?<![A-Za-z])([A-Z])\\1{2,}(?![A-Za-z])',
    '[*＊]+',
    '(?<![\\d０-９])×+(?![\\d０-９])',
    '某某+',
    '○{2,}',
    '(?<![〇零一二三四五六七八九十])〇{2,}(?![〇零一二三四五六七八九十年])',
    '_{3,}',
    '(?<![\\d〇零一二三四五六七八九十])年[\\s\\u3000_]+月[\\s\\u3000_]+日',
  ].join('|') +
    ')',
  'gu',
);

/** What every placeholder contains; most paragraphs have none of it and skip the full pattern. */
const mayHoldPlaceholder = /[XxA-Z*＊×某○〇_]|年[\s\u3000_]/u;

export function placeholdersIn(text: string): { text: string; offset: number }[] {
  if (!mayHoldPlaceholder.test(text)) return [];
  return [...text.matchAll(placeholderPattern)].map((m) => ({ text: m[0], offset: m.index }));
}

export function findPlaceholders(blocks: readonly Block[]): Placeholder[] {
  return blocks.flatMap((block, index) => placeholdersIn(block.text).map((p) => ({ ...p, block: index })));
}
