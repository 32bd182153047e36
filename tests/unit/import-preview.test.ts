import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { openLibrary, type Library } from '../../electron/library/open';
import { createHandlers } from '../../electron/services/handlers';
import { importPaths } from '../../electron/services/import/importReports';
import { summariseImport, type ImportOutcome } from '../../shared/ipc/import';
import type { ImportPreview } from '../../shared/ipc/import';
import { tempLibraryPath } from './helpers';

const report = [
  '2024年某局意识形态工作总结',
  '一、工作开展情况',
  '局党组高度重视意识形态工作，全年召开专题会议4次。',
  '我们组织干部职工开展理论学习XX次。',
  '二、存在的问题',
  '理论学习的深度还不够。',
].join('\n');

const opened: Library[] = [];
afterEach(() => {
  for (const library of opened.splice(0)) library.close();
});

/** A fresh library, closed after the test. */
function newLibrary(): Library {
  const library = openLibrary(tempLibraryPath());
  opened.push(library);
  return library;
}

describe('import: preview once, commit what was previewed', () => {
  it('stores the previewed report minus the unticked paragraphs, from its preview id alone', async () => {
    const library = newLibrary();
    const handlers = createHandlers(library);
    const previewed = (await dispatch(handlers, 'import:preview', { source: { text: report, name: '粘贴的文本' } })) as { ok: true; value: ImportPreview };
    const unticked = previewed.value.blocks.find((b) => b.text.startsWith('我们组织'))?.index ?? -1;
    const committed = await dispatch(handlers, 'import:commit', { previewId: previewed.value.previewId, exclude: [unticked] });
    expect(committed).toMatchObject({ ok: true, value: { status: 'added', paragraphs: 2 } });
    const stored = library.db.prepare('SELECT text FROM paragraphs ORDER BY id').pluck().all();
    expect(stored).toEqual(['局党组高度重视意识形态工作，全年召开专题会议4次。', '理论学习的深度还不够。']);
    // The page never sends the file again: the commit takes the id, nothing else.
    expect(await dispatch(handlers, 'import:commit', { previewId: previewed.value.previewId, exclude: [], source: { text: report, name: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('says what to do when a preview is no longer held (committed, discarded, or after a restart)', async () => {
    const library = newLibrary();
    const handlers = createHandlers(library);
    const first = (await dispatch(handlers, 'import:preview', { source: { text: report, name: 'a' } })) as { ok: true; value: ImportPreview };
    await dispatch(handlers, 'import:discard', { previewIds: [first.value.previewId] });
    const expired = { ok: false, error: { code: 'IMPORT_REJECTED', message: expect.stringContaining('请把它从列表中移除后重新添加') } };
    expect(await dispatch(handlers, 'import:commit', { previewId: first.value.previewId, exclude: [] })).toMatchObject(expired);
    expect(await dispatch(createHandlers(library), 'import:commit', { previewId: 'from-before-a-restart', exclude: [] })).toMatchObject(expired);
    expect(library.db.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(0);
    const second = (await dispatch(handlers, 'import:preview', { source: { text: report, name: 'b' } })) as { ok: true; value: ImportPreview };
    expect(await dispatch(handlers, 'import:commit', { previewId: second.value.previewId, exclude: [] })).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'import:commit', { previewId: second.value.previewId, exclude: [] })).toMatchObject(expired);
  });
});

describe('import: moving a guessed boundary in the preview', () => {
  const glued = ['2025年某县应急管理局工作总结', '一、主要工作', '（一）总体情况截至2025年底，全县未发生较大事故。', '二、存在的问题', '基层应急力量薄弱。'].join('\n');

  it('stores the report as the user corrected it, under the same preview id', async () => {
    const library = newLibrary();
    const handlers = createHandlers(library);
    const previewed = (await dispatch(handlers, 'import:preview', { source: { text: glued, name: '粘贴的文本' } })) as { ok: true; value: ImportPreview };
    const heading = previewed.value.blocks.find((b) => b.guessed);
    expect(heading?.text).toBe('总体情况');
    const moved = (await dispatch(handlers, 'import:moveBoundary', { previewId: previewed.value.previewId, block: heading?.index ?? -1, shift: 2 })) as {
      ok: true;
      value: ImportPreview;
    };
    expect(moved.value.previewId).toBe(previewed.value.previewId);
    expect(moved.value.blocks[heading?.index ?? -1]?.text).toBe('总体情况截至');
    const back = (await dispatch(handlers, 'import:moveBoundary', { previewId: previewed.value.previewId, block: heading?.index ?? -1, shift: -2 })) as {
      ok: true;
      value: ImportPreview;
    };
    expect(back.value.blocks[(heading?.index ?? -1) + 1]?.text).toBe('截至2025年底，全县未发生较大事故。');
    await dispatch(handlers, 'import:moveBoundary', { previewId: previewed.value.previewId, block: heading?.index ?? -1, shift: 1 });
    expect(await dispatch(handlers, 'import:commit', { previewId: previewed.value.previewId, exclude: [] })).toMatchObject({ ok: true });
    const stored = library.db.prepare('SELECT text FROM paragraphs ORDER BY id').pluck().all();
    expect(stored).toContain('至2025年底，全县未发生较大事故。');
  });

  it('refuses a block that is no guessed heading, and a preview no longer held, in Chinese', async () => {
    const handlers = createHandlers(newLibrary());
    const previewed = (await dispatch(handlers, 'import:preview', { source: { text: glued, name: 'a' } })) as { ok: true; value: ImportPreview };
    expect(await dispatch(handlers, 'import:moveBoundary', { previewId: previewed.value.previewId, block: 0, shift: 1 })).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_REJECTED', message: expect.stringContaining('分界为推测') },
    });
    expect(await dispatch(handlers, 'import:moveBoundary', { previewId: 'gone', block: 1, shift: 1 })).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_REJECTED', message: expect.stringContaining('重新添加') },
    });
    expect(await dispatch(handlers, 'import:moveBoundary', { previewId: previewed.value.previewId, block: 1, shift: 1.5 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});

describe('the import summary', () => {
  it('is computed by one function for the dialog and the CLI', () => {
    const added = { status: 'added' as const, sourceId: 7, paragraphs: 5, duplicates: 1, phrases: 2 };
    const outcomes: ImportOutcome[] = [
      { file: 'a.txt', kind: 'stored', result: added },
      { file: 'b.txt', kind: 'stored', result: { ...added, status: 'present', paragraphs: 0, duplicates: 0, phrases: 0 } },
      { file: 'c.txt', kind: 'present' },
      { file: 'd.doc', kind: 'skipped', reason: '这是旧版 Word 文件' },
    ];
    expect(summariseImport(outcomes, 3)).toEqual({
      reports: 1,
      paragraphs: 5,
      duplicates: 1,
      phrases: 5,
      present: ['b.txt', 'c.txt'],
      skipped: [{ file: 'd.doc', reason: '这是旧版 Word 文件' }],
    });
  });

  it('the CLI’s import of files gives that summary', async () => {
    const library = newLibrary();
    const fixture = resolve(import.meta.dirname, '../fixtures/reports/robust-headings.txt');
    const summary = await importPaths(library, [fixture, '/nonexistent/报告.txt']);
    expect(summary).toMatchObject({ reports: 1, present: [], skipped: [{ file: '/nonexistent/报告.txt', reason: '无法读取这个文件，请确认它存在并且有读取权限。' }] });
    expect(summary.paragraphs).toBe(library.db.prepare('SELECT count(*) FROM paragraphs').pluck().get());
    expect((await importPaths(library, [fixture])).present).toEqual([fixture]);
  });
});
