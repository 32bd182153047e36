import { describe, expect, it } from 'vitest';
import { countWords } from '../../shared/model/wordCount';

describe('countWords (as Word counts Chinese documents)', () => {
  it('counts each Chinese character and full-width punctuation mark', () => {
    expect(countWords('特此报告。')).toBe(5);
    expect(countWords('“一岗双责”')).toBe(6);
  });

  it('counts a run of Latin letters or digits as one word', () => {
    expect(countWords('2023年')).toBe(2);
    expect(countWords('PPT and LED')).toBe(3);
  });

  it('ignores spaces, ideographic spaces and line breaks', () => {
    expect(countWords('  \n\u3000\u3000')).toBe(0);
    expect(countWords('一、工作\n二、问题')).toBe(8);
  });

  it('counts nothing in an empty draft', () => {
    expect(countWords('')).toBe(0);
  });
});
