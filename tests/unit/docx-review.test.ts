import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { openLibrary } from '../../electron/library/open';
import { createHandlers } from '../../electron/services/handlers';
import { analyseFile } from '../../electron/services/import/analyse';
import type { ImportPreview } from '../../shared/ipc/import';
import { buildReviewedDocx } from '../fixtures/docx';
import { tempLibraryPath } from './helpers';

describe('a Word file a colleague reviewed (修订 and 批注)', () => {
  it('is read with every change accepted, its comments listed beside the text and never in it', async () => {
    const { report } = await analyseFile('审阅稿.docx', new Uint8Array(await buildReviewedDocx()));
    const text = report.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('全年开展专题学习12次，覆盖全体干部职工。');
    expect(text).not.toContain('10次');
    expect(text).not.toContain('请补充具体表现');
    expect(report.review).toEqual({
      comments: [{ author: '李科长', text: '请补充具体表现和原因。', at: '宣传方式还比较传统。' }],
      insertions: 1,
      deletions: 1,
    });
  });

  it('says so in the import preview and when the file is opened', async () => {
    const library = openLibrary(tempLibraryPath());
    try {
      const handlers = createHandlers(library);
      const source = { name: '审阅稿.docx', dataBase64: (await buildReviewedDocx()).toString('base64') };
      const preview = (await dispatch(handlers, 'import:preview', { source })) as { ok: true; value: ImportPreview };
      expect(preview.value.review?.comments.map((c) => c.text)).toEqual(['请补充具体表现和原因。']);
      expect(preview.value.blocks.some((b) => b.text.includes('请补充'))).toBe(false);
      const opened = (await dispatch(handlers, 'drafts:readFile', { source })) as { ok: true; value: { review?: unknown } };
      expect(opened.value.review).toMatchObject({ insertions: 1, deletions: 1 });
    } finally {
      library.close();
    }
  });

  it('a file without review says nothing of it', async () => {
    const { buildRunInDocx } = await import('../fixtures/docx');
    const { report } = await analyseFile('plain.docx', new Uint8Array(await buildRunInDocx()));
    expect(report.review).toBeUndefined();
  });
});
