import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../electron/library/open';
import { exportPack, importPack, parsePack } from '../../electron/library/pack';
import { listSkeletons } from '../../electron/library/skeletons';
import { analysePaste } from '../../electron/services/import/analyse';
import { storeReport } from '../../electron/services/import/store';
import { tempDir } from './helpers';

const texts = (library: Library) =>
  (library.db.prepare('SELECT text FROM paragraphs ORDER BY text').pluck().all() as string[]);

const outlines = (library: Library) =>
  [...new Set(listSkeletons(library.db).map((s) => JSON.stringify([s.name, s.headings.map((h) => [h.level, h.text])])))].sort();

/** A line of report text: ordinary sentences, now and then one far longer than any sane paragraph. */
const sentence = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('全年开展专题学习12次。', '严格落实“三审三校”制度。', '处置网络舆情XX起，无重大舆情。', '宣传方式比较传统。') },
  { weight: 1, arbitrary: fc.integer({ min: 100_001, max: 130_000 }).map((n) => `${'加强阵地管理，'.repeat(Math.ceil(n / 7)).slice(0, n - 1)}。`) },
);
/** A heading line; `一、。` leaves a heading with no words, which imported reports do have. */
const heading = fc.constantFrom('工作开展情况', '存在的问题', '', '下一步打算');
const numerals = ['一', '二', '三', '四', '五'];

const report = fc
  .array(fc.record({ heading, body: fc.array(sentence, { minLength: 1, maxLength: 2 }) }), { minLength: 1, maxLength: 3 })
  .map((sections) =>
    ['2026年县委宣传部工作总结', ...sections.flatMap((s, i) => [`${numerals[i]}、${s.heading}。`, ...s.body])].join('\n'),
  );

describe('library packs', () => {
  it('every library the program can hold exports to a pack that imports back whole', () => {
    fc.assert(
      fc.property(fc.array(report, { minLength: 1, maxLength: 3 }), (reports) => {
        const dir = tempDir();
        const from = openLibrary(join(dir, 'from.sqlite'));
        reports.forEach((text, i) => storeReport(from, analysePaste(text, `报告${i}.txt`)));
        const json = JSON.stringify(exportPack(from.db));
        const to = openLibrary(join(dir, 'to.sqlite'));
        importPack(to.db, parsePack(json));
        expect(texts(to)).toEqual(texts(from));
        // Identical outlines merge on import, as identical paragraphs do.
        expect(outlines(to)).toEqual(outlines(from));
        from.close();
        to.close();
      }),
      {
        numRuns: 12,
        // Always among the runs: a paragraph past 100,000 characters and a heading with no words.
        examples: [[[`2026年县委宣传部工作总结\n一、。\n${'加强阵地管理，'.repeat(15_000)}。`]]],
      },
    );
    // Twelve libraries, one with a 100,000-character paragraph: seconds on a shared machine, not a time limit.
  }, 60_000);
});
