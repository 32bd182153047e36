import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPendingPhrases } from '../../electron/library/phrases';
import { openLibrary } from '../../electron/library/open';
import { importPaths } from '../../electron/services/import/importReports';
import { isNearCopy, minePhrases, PROPOSALS_PER_REPORT, proposePhrases } from '../../shared/genre/phrases';
import { parseReportText } from '../../shared/genre/report';
import { tempDir, tempLibraryPath } from './helpers';

const blocks = (text: string) => parseReportText(text).blocks;

describe('what an import proposes for review (待审)', () => {
  it('a handful per report, the numbered formulations first', () => {
    const report = blocks(
      '2025年某局工作总结\n一、主要工作\n落实“三会一课”“主题党日”“一岗双责”“两个维护”“四个意识”“规定动作”“自选动作”“回头看”“直通车”“第一议题”等制度。',
    );
    const proposed = proposePhrases(minePhrases([report]), [], PROPOSALS_PER_REPORT).map((c) => c.text);
    expect(proposed).toHaveLength(PROPOSALS_PER_REPORT);
    expect(proposed.slice(0, 5).sort()).toEqual(['“三会一课”', '“一岗双责”', '“两个维护”', '“四个意识”', '“第一议题”'].sort());
  });

  it('proposes no local names, programmes, single words, item leads, lone recurring clauses or near-copies of what the user has', () => {
    const text = (unit: string) =>
      [
        `2025年${unit}工作总结`,
        '一、主要工作',
        `开展“星火耀城区•宣讲二十大”“党建+医保”“城关镇”“导师”活动，落实“三审三校”制度。一是加强组织领导，结合工作实际，弘扬主旋律，传播正能量。`,
      ].join('\n');
    const mined = minePhrases([blocks(text('某局')), blocks(text('某县'))]);
    const proposed = proposePhrases(mined, ['三审三校'], 10).map((c) => c.text);
    expect(proposed).toContain('弘扬主旋律，传播正能量');
    for (const junk of ['“星火耀城区•宣讲二十大”', '“党建+医保”', '“城关镇”', '“导师”', '一是加强组织领导', '结合工作实际', '“三审三校”']) expect(proposed, junk).not.toContain(junk);
  });

  it('tells a phrase with a word changed or added from a different one', () => {
    expect(isNearCopy('现将有关情况汇报如下', '现将有关情况报告如下：')).toBe(true);
    expect(isNearCopy('“一岗双责”', '一岗双责')).toBe(true);
    expect(isNearCopy('严格落实意识形态工作责任制', '落实意识形态工作责任制')).toBe(true);
    expect(isNearCopy('“三会一课”', '“三重一大”')).toBe(false);
    expect(isNearCopy('弘扬主旋律，传播正能量', '守土有责、守土负责、守土尽责')).toBe(false);
  });
});

const corpus = resolve(import.meta.dirname, '../../../shared/corpus');
describe.runIf(existsSync(corpus))('harvest on the real downloaded reports', () => {
  it('proposes at most a handful per report, set terms and no activity titles or generic clauses', async () => {
    const dir = join(tempDir(), 'corpus');
    mkdirSync(dir);
    const files = readdirSync(corpus).filter((f) => f.endsWith('.txt'));
    for (const file of files) copyFileSync(join(corpus, file), join(dir, file));
    const library = openLibrary(tempLibraryPath());
    try {
      await importPaths(library, [dir]);
      const pending = listPendingPhrases(library.db).map((p) => p.text);
      expect(pending.length).toBeGreaterThan(0);
      expect(pending.length).toBeLessThanOrEqual(PROPOSALS_PER_REPORT * files.length);
      expect(pending).toContain('“三纳入一列入”');
      for (const junk of ['“导师”', '“扫街”', '“星火耀城区•宣讲二十大”', '“跟随总书记的足迹感悟党的初心使命”', '结合工作实际', '工作专项督查的通知']) expect(pending, junk).not.toContain(junk);
    } finally {
      library.close();
    }
  });
});
