import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import type { createHandlers } from '../../electron/services/handlers';
import { importPaths } from '../../electron/services/import/importReports';
import type { ImportPreview, LearnedLine } from '../../shared/ipc/import';
import { tempDir } from './helpers';
import { withHandlers } from './withHandlers';

/** A report as a copy-shop's download gives it: its own line under the date, which the grammar cannot tell from a signature. */
const page = (issue: number, unit: string) => `城南文印社 www.chengnan-wenyin.com 收藏本页
2025年${unit}意识形态工作责任制落实情况报告
县委宣传部：
2025年，我局认真落实意识形态工作责任制，现将有关情况报告如下。
一、主要工作
坚持把意识形态工作摆在重要位置，全年召开专题会议${issue}次，研究部署有关工作。
二、存在问题
理论学习的深度还不够，学用结合还有差距。
三、下一步打算
进一步压实工作责任，推动各项工作落到实处。
特此报告。
${unit}
2025年12月${issue}日
城南文印社第${issue}期汇编`;

const stamp = (issue: number) => `城南文印社第${issue}期汇编`;

async function call<T>(handlers: ReturnType<typeof createHandlers>, channel: string, input: unknown): Promise<T> {
  const answer = (await dispatch(handlers, channel as never, input as never)) as { ok: boolean; value?: T; error?: { message: string } };
  if (!answer.ok) throw new Error(answer.error?.message);
  return answer.value as T;
}

const lineOf = (preview: ImportPreview, text: string) => preview.lines.find((l) => l.text === text);
const inBlocks = (preview: ImportPreview, text: string) => preview.blocks.some((b) => b.text.includes(text));

describe('the importer learns what the user corrected', () => {
  it('marks a corrected shape as the site’s in the next import, says so, and forgets it on request', async () => {
    await withHandlers(async (handlers) => {
      const first = await call<ImportPreview>(handlers, 'import:preview', { source: { text: page(8, '某县文化局'), name: 'a.txt' } });
      // The grammar keeps it (a short line under the date may be the report's own).
      expect(lineOf(first, stamp(8))?.label).toBe('body');
      const shape = lineOf(first, stamp(8))?.shape ?? '';

      const corrected = await call<ImportPreview>(handlers, 'import:preview', { source: { text: page(8, '某县文化局'), name: 'a.txt' }, corrections: [{ shape, label: 'chrome' }] });
      expect(lineOf(corrected, stamp(8))).toMatchObject({ label: 'chrome', corrected: true });
      expect(lineOf(corrected, stamp(8))?.learned).toBeUndefined();
      // Looking is not teaching: nothing is learned before the report is imported.
      expect(await call<LearnedLine[]>(handlers, 'import:listLearned', {})).toEqual([]);
      await call(handlers, 'import:commit', { previewId: corrected.previewId, exclude: [] });

      expect(await call<LearnedLine[]>(handlers, 'import:listLearned', {})).toEqual([
        { shape, label: 'chrome', example: stamp(8), site: 'www.chengnan-wenyin.com', learnedAt: expect.any(String) },
      ]);
      // Another page of the same site, another issue number: the same shape, known without a word from the user.
      const next = await call<ImportPreview>(handlers, 'import:preview', { source: { text: page(9, '某镇政府'), name: 'b.txt' } });
      expect(lineOf(next, stamp(9))).toMatchObject({ label: 'chrome', corrected: true, learned: true });
      expect(inBlocks(next, '城南文印社')).toBe(false);

      expect(await call(handlers, 'import:deleteLearned', { shape })).toEqual({ forgotten: 1 });
      const after = await call<ImportPreview>(handlers, 'import:preview', { source: { text: page(9, '某镇政府'), name: 'b.txt' } });
      expect(lineOf(after, stamp(9))?.label).toBe('body');
    });
  });

  it('the command line import uses what was learned; 全部忘记 empties the list', async () => {
    await withHandlers(async (handlers, library) => {
      const preview = await call<ImportPreview>(handlers, 'import:preview', { source: { text: page(3, '某县文化局'), name: 'a.txt' } });
      const shape = lineOf(preview, stamp(3))?.shape ?? '';
      expect(lineOf(preview, stamp(3))?.label).toBe('body');
      const kept = await call<ImportPreview>(handlers, 'import:preview', { source: { text: page(3, '某县文化局'), name: 'a.txt' }, corrections: [{ shape, label: 'chrome' }] });
      await call(handlers, 'import:commit', { previewId: kept.previewId, exclude: [] });

      const dir = tempDir();
      mkdirSync(join(dir, 'in'));
      writeFileSync(join(dir, 'in', 'c.txt'), page(11, '某街道办事处'));
      await importPaths(library, [join(dir, 'in')]);
      const texts = library.db.prepare('SELECT text FROM paragraphs').pluck().all() as string[];
      expect(texts.some((t) => t.includes('城南文印社'))).toBe(false);
      expect(texts.some((t) => t.includes('召开专题会议11次'))).toBe(true);

      expect(await call(handlers, 'import:deleteLearned', {})).toEqual({ forgotten: 1 });
      expect(await call<LearnedLine[]>(handlers, 'import:listLearned', {})).toEqual([]);
    });
  });
});
