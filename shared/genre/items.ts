import { punctuationEnd } from './markers';
import { CN_NUMERAL } from './text';
import type { Item } from './types';

/**
 * `一是……二是……` items and their leads (genre README §2). An item number starts a paragraph or follows
 * punctuation, never a Han character (`统一是` is no item). A lead runs to the first 。 or ； or to
 * the next item. What may stand right before an item number: punctuation, a space, a closing bracket.
 */
const beforeItem = /[。，；：,;:！？!?\s）)]/u;
const isNumeral = (char: string | undefined) => char !== undefined && CN_NUMERAL.includes(char);
const ordinals = /(?<=^|[。；;！？!?\s])(首先|其次|再次|最后|第[一二三四五六七八九十]{1,2})[，,、]/gu;

interface Found {
  number: string;
  offset: number;
  leadStart: number;
}

export function findItems(text: string): Item[] {
  const found: Found[] = [];
  // Found from each 是 backwards (one or two numerals, then a boundary): a look-behind regex tries every position of the paragraph.
  for (let shi = text.indexOf('是'); shi !== -1; shi = text.indexOf('是', shi + 1)) {
    for (const length of [2, 1]) {
      const offset = shi - length;
      if (offset < 0 || !isNumeral(text[offset]) || !isNumeral(text[shi - 1])) continue;
      if (offset > 0 && !beforeItem.test(text[offset - 1] as string)) continue;
      found.push({ number: text.slice(offset, shi + 1), offset, leadStart: shi + 1 });
      break;
    }
  }
  const ordinal = /首先|第[一二三四五六七八九十]/u.test(text) ? [...text.matchAll(ordinals)] : [];
  const hasStart = ordinal.some((m) => m[1] === '首先' || m[1] === '第一');
  if (hasStart && ordinal.length >= 2) {
    for (const match of ordinal) {
      found.push({ number: match[1] ?? match[0], offset: match.index, leadStart: match.index + match[0].length });
    }
  }
  found.sort((a, b) => a.offset - b.offset);
  return found
    .map((item, i) => {
      const limit = found[i + 1]?.offset ?? text.length;
      const rest = text.slice(item.leadStart, limit);
      const end = punctuationEnd(rest, '。；;');
      const lead = (end === -1 ? rest : rest.slice(0, end)).replace(/^[，,：:\s]+|[，,：:\s]+$/g, '');
      return { number: item.number, lead, offset: item.offset };
    })
    .filter((item) => item.lead.length > 0);
}
