import { describe, expect, it } from 'vitest';
import { COPY_MIN_CHARS, copyNormal, copySentences, fingerprints } from '../../shared/genre/copyText';

const sample =
  '近年来，我局坚持以习近平新时代中国特色社会主义思想为指导，把意识形态工作摆在突出位置。建立健全“一岗双责”责任体系，班子成员带头落实，定期研判、及时处置。全年开展专题学习24次。';

describe('what the copy check compares', () => {
  it('compares text with punctuation, spaces and letter case aside', () => {
    expect(copyNormal('建立健全“一岗双责” 责任体系，ＡＢ。')).toBe('建立健全一岗双责责任体系ab');
  });

  it('finds every sentence of 15 characters or more, with where it stands', () => {
    const sentences = copySentences(sample);
    expect(sentences.map((s) => sample.slice(s.offset, s.offset + s.length))).toEqual([
      '近年来，我局坚持以习近平新时代中国特色社会主义思想为指导，把意识形态工作摆在突出位置。',
      '建立健全“一岗双责”责任体系，班子成员带头落实，定期研判、及时处置。',
    ]);
    expect(copySentences('全年开展专题学习24次。')).toEqual([]);
  });

  it('offers each sentence without its first clause and without its last, where still long enough', () => {
    const text = '我们认真学习借鉴外地做法，建立健全“一岗双责”责任体系，班子成员带头落实。';
    const [sentence] = copySentences(text);
    expect(sentence?.parts.map((p) => text.slice(p.offset, p.offset + p.length))).toEqual([
      '建立健全“一岗双责”责任体系，班子成员带头落实。',
      '我们认真学习借鉴外地做法，建立健全“一岗双责”责任体系，',
    ]);
    expect(copySentences('短句一，短句二，短句三，短句四，短句五。')[0]?.parts).toEqual([]);
  });

  it('gives a copied sentence only fingerprints that the paragraph holding it has too', () => {
    const all = new Set(fingerprints(copyNormal(sample)));
    for (const sentence of copySentences(sample)) {
      const own = fingerprints(sentence.normal);
      expect(own.length).toBeGreaterThan(0);
      expect(own.filter((f) => !all.has(f))).toEqual([]);
    }
    // Inside other text too: what is shared, not where it stands, makes the fingerprints.
    const inside = new Set(fingerprints(copyNormal(`我县今年以来认真谋划，${sample}此外还有其他内容若干。`)));
    for (const sentence of copySentences(sample)) expect(fingerprints(sentence.normal).every((f) => inside.has(f))).toBe(true);
  });

  it('keeps about one character in six, and nothing of text too short to be a copy', () => {
    const normal = copyNormal(sample.repeat(1));
    const kept = fingerprints(normal).length / [...normal].length;
    expect(kept).toBeGreaterThan(0.08);
    expect(kept).toBeLessThan(0.3);
    expect(fingerprints('短'.repeat(COPY_MIN_CHARS - 1))).toEqual([]);
  });

  it('gives different text different fingerprints', () => {
    const a = new Set(fingerprints(copyNormal('坚持以人民为中心的发展思想，扎实推进共同富裕取得实质性进展')));
    const b = fingerprints(copyNormal('深入开展调查研究，切实解决群众急难愁盼问题，不断增强获得感'));
    expect(b.filter((f) => a.has(f))).toEqual([]);
  });
});
