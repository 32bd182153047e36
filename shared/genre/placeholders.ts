import type { Block, Placeholder } from './types';

/**
 * Blanked-out names and numbers (genre README §4): runs of X / xx, a capital letter repeated three or more
 * times, `*` `＊` `×`, 某某, ○○, underlines and blank dates. A run of letters counts only when it
 * touches no other Latin letter, so `LED`, `QQ`, `PPT` and `APP` stay text.
 */
const placeholderPattern = new RegExp(
  // The leading look-ahead lets the engine skip ordinary text without trying every alternative.
  '(?=[XxA-Z*＊×某○〇_年])(?:' +
  [
    '(?<![A-Za-z])X+(?![A-Za-z])',
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
