import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findItems } from '../../shared/genre/items';

/** `一是` items as the genre README defines them: one or two numerals and 是, at the start or after punctuation, never after a Han character. */
const byDefinition = (text: string) => [...text.matchAll(/(?<=^|[。，；：,;:！？!?\s）)])([一二三四五六七八九十]{1,2})是/gu)].map((m) => ({ number: m[0], offset: m.index }));

describe('findItems: 一是……二是…… items of a paragraph', () => {
  it('finds items after punctuation and at the start, never inside a word', () => {
    const items = findItems('一是加强学习。二是完善制度；统一是前提，十一是重点。');
    expect(items.map((i) => i.number)).toEqual(['一是', '二是', '十一是']);
    expect(items[0]?.lead).toBe('加强学习');
  });

  it('is the definition on any paragraph', () => {
    // 是 always followed by a word, so that every item has a lead.
    const char = fc.constantFrom('一', '二', '十', '是学', '。', '，', '统', '学', ' ', '）', '三');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }).map((chars) => chars.join('')), (text) => {
        expect(findItems(text).map(({ number, offset }) => ({ number, offset }))).toEqual(byDefinition(text));
      }),
      { numRuns: 5000 },
    );
  });
});
