import { describe, expect, it } from 'vitest';
import { draftDigest } from '../../shared/model/draftDigest';
import { countWords } from '../../shared/model/wordCount';

const draft = (children: object[]) => JSON.stringify({ root: { type: 'root', version: 1, children } });
const text = (t: string) => ({ type: 'text', text: t, version: 1 });

describe('what the 文稿 list shows of a draft', () => {
  const content = draft([
    { type: 'report-title', version: 1, children: [text('2026年县委宣传部工作总结')] },
    { type: 'report-heading', level: 1, version: 1, children: [text('工作开展情况')] },
    { type: 'paragraph', version: 1, children: [text('全年开展专题学习12次。')] },
  ]);

  it('takes the first line after the title and counts words as the status bar does (numbers are not typed)', () => {
    const digest = draftDigest(content);
    expect(digest.firstLine).toBe('一、工作开展情况');
    expect(digest.words).toBe(countWords('2026年县委宣传部工作总结工作开展情况全年开展专题学习12次。'));
    expect(digest.text.split('\n')).toEqual(['2026年县委宣传部工作总结', '一、工作开展情况', '全年开展专题学习12次。']);
  });

  it('digests a draft it cannot read to nothing rather than failing the whole list', () => {
    expect(draftDigest('not json')).toEqual({ firstLine: '', words: 0, text: '' });
  });
});
