/**
 * Counts words the way Word's status bar does for Chinese documents: every CJK character and every
 * full-width or CJK punctuation mark counts one, and each run of Latin letters or digits counts one.
 */
const cjkOrFullWidth = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014\u00b7]/u;
const latinRun = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  let count = 0;
  let inLatinRun = false;
  for (const char of text) {
    if (cjkOrFullWidth.test(char)) {
      count += char === '\u3000' ? 0 : 1;
      inLatinRun = false;
    } else if (latinRun.test(char)) {
      if (!inLatinRun) count += 1;
      inLatinRun = true;
    } else {
      inLatinRun = false;
    }
  }
  return count;
}

export interface TextStatistics {
  words: number;
  charactersNoSpaces: number;
  charactersWithSpaces: number;
  paragraphs: number;
}

const space = /[\s\u3000]/u;

/** 字数统计 as Word's dialog shows it, for the text of each block (paragraph, heading, title…). */
export function textStatistics(blocks: readonly string[]): TextStatistics {
  let charactersWithSpaces = 0;
  let charactersNoSpaces = 0;
  let paragraphs = 0;
  for (const text of blocks) {
    if (text.trim() !== '') paragraphs++;
    for (const char of text) {
      if (char === '\n') continue;
      charactersWithSpaces++;
      if (!space.test(char)) charactersNoSpaces++;
    }
  }
  return { words: countWords(blocks.join('\n')), charactersNoSpaces, charactersWithSpaces, paragraphs };
}
