import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineShape } from '../../shared/genre/grammar/labelLines';

/** The shape as the preview explains it: spaces collapsed and trimmed, every run of digits one 0, 120 characters. */
const byDefinition = (text: string) => text.replace(/[\s\u3000]+/gu, ' ').trim().replace(/\d+/gu, '0').slice(0, 120);

describe('lineShape: lines that differ in page numbers, dates and spacing are corrected together', () => {
  it('gives page numbers and running headers one shape', () => {
    expect(lineShape('第 3 页')).toBe(lineShape('第12页'.replace('12', ' 12 ')));
    expect(lineShape('  某局文件\u3000第2页 ')).toBe('某局文件 第0页');
    expect(lineShape('2026-01-05 10:30 浏览 123')).toBe('0-0-0 0:0 浏览 0');
  });

  it('is the definition on any line, however long and however spaced', () => {
    const char = fc.constantFrom(' ', '\u3000', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '0', '7', '9', 'a', '中', '第', '页', '。');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 400 }).map((chars) => chars.join('')), (text) => {
        expect(lineShape(text)).toBe(byDefinition(text));
      }),
      { numRuns: 3000 },
    );
  });
});
