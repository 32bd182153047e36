import { describe, expect, it } from 'vitest';
import { chineseNumeral, headingNumber, numberHeadings } from '../../shared/model/numbering';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
  ])('%i → %s', (n, expected) => expect(chineseNumeral(n)).toBe(expected));

  it('rejects numbers no report uses', () => {
    expect(() => chineseNumeral(0)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });
});

describe('numberHeadings', () => {
  it('prints each level in its own style', () => {
    expect([1, 2, 3, 4].map((l) => headingNumber(l as 1 | 2 | 3 | 4, 2))).toEqual(['二、', '（二）', '2.', '（2）']);
  });

  it('restarts deeper levels under each new parent', () => {
    expect(numberHeadings([1, 2, 2, 3, 3, 4, 2, 1, 2, 3])).toEqual([
      '一、',
      '（一）',
      '（二）',
      '1.',
      '2.',
      '（1）',
      '（三）',
      '二、',
      '（一）',
      '1.',
    ]);
  });

  it('keeps a skipped level and counts it under the level above', () => {
    expect(numberHeadings([1, 3, 3, 1, 3])).toEqual(['一、', '1.', '2.', '二、', '1.']);
  });

  it('numbers past ten the way reports do', () => {
    const numbers = numberHeadings(Array.from({ length: 12 }, () => 1));
    expect(numbers.slice(9)).toEqual(['十、', '十一、', '十二、']);
  });
});
