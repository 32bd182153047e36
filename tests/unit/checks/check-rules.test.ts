import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { saveDraft } from '../../../electron/library/drafts';
import { openLibrary } from '../../../electron/library/open';
import { createHandlers } from '../../../electron/services/handlers';
import { tempDir, tempLibraryPath } from '../helpers';
import { wengao } from '../wengaoCli';

describe('check rules in the library', () => {
  it('lists the starter rules, adds, edits and deletes the user’s own, and refuses duplicates and half rules', async () => {
    const library = openLibrary(tempLibraryPath());
    try {
      const handlers = createHandlers(library);
      const listed = await dispatch(handlers, 'checks:listRules', {});
      expect(listed).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ wrong: '一岗双职', right: '一岗双责', builtin: true })]) });
      const added = await dispatch(handlers, 'checks:saveRule', { kind: 'wording', wrong: '网格化管理员', right: '网格员' });
      expect(added).toMatchObject({ ok: true });
      const id = (added as { value: { id: number } }).value.id;
      expect(await dispatch(handlers, 'checks:saveRule', { id, kind: 'wording', wrong: '网格化管理员', right: '网格管理员' })).toMatchObject({ ok: true });
      expect(await dispatch(handlers, 'checks:saveRule', { kind: 'wording', wrong: '一岗双职', right: 'x' })).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
      expect(await dispatch(handlers, 'checks:saveRule', { kind: 'wording', wrong: '只有错的' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('正确的写法') } });
      expect(await dispatch(handlers, 'checks:deleteRule', { id })).toMatchObject({ ok: true });
      expect(await dispatch(handlers, 'checks:deleteRule', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    } finally {
      library.close();
    }
  });

  it('keeps the findings a draft ignores', async () => {
    const library = openLibrary(tempLibraryPath());
    try {
      const handlers = createHandlers(library);
      const { id } = saveDraft(library.db, { title: 't', content: '{"root":{"type":"root","children":[]}}' });
      expect(await dispatch(handlers, 'checks:setIgnored', { draftId: id, keys: ['punctuation:a|,', 'punctuation:a|,'] })).toMatchObject({ ok: true });
      expect(await dispatch(handlers, 'checks:listIgnored', { draftId: id })).toEqual({ ok: true, value: ['punctuation:a|,'] });
      expect(await dispatch(handlers, 'checks:listIgnored', { draftId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    } finally {
      library.close();
    }
  });
});

describe('wengao check', () => {
  it('prints the findings of a report as JSON and exits 1 when errors remain', async () => {
    const dir = tempDir();
    const file = join(dir, '报告.txt');
    writeFileSync(file, ['2025年县档案馆工作总结', '一、工作情况', '班子成员落实“一岗双职”,全年发布信息XX条。', '二、存在的问题', '学习不深。', '三、下步打算', '压实责任。', '特此报告。'].join('\n'));
    const result = await wengao('--db', join(dir, 'l.sqlite'), 'check', file, '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { counts: Record<string, number>; findings: { check: string; context: string }[] };
    expect(report.findings.map((f) => f.check).sort()).toEqual(['placeholder', 'punctuation', 'wording']);
    expect(report.counts).toEqual({ error: 2, warning: 1, info: 0 });
    const clean = join(dir, 'clean.txt');
    writeFileSync(clean, ['2025年工作总结', '一、工作情况', '全年召开会议4次。', '二、存在的问题', '学习不深。', '三、下步打算', '压实责任。', '特此报告。'].join('\n'));
    const ok = await wengao('--db', join(dir, 'l.sqlite'), 'check', clean);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('错误 0 处');
  }, 60_000);
});
