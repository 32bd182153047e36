import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { openLibrary } from '../../electron/library/open';
import { createHandlers } from '../../electron/services/handlers';
import { tempLibraryPath } from './helpers';

describe('error codes say what happened', () => {
  it('a duplicate is DUPLICATE and a bad pack INVALID_INPUT, never LIBRARY_UNAVAILABLE', async () => {
    const library = openLibrary(tempLibraryPath());
    try {
      const handlers = createHandlers(library);
      const categories = await dispatch(handlers, 'phrases:list', {});
      const first = (categories as { value: { id: number; phrases: { text: string }[] }[] }).value[0];
      if (!first?.phrases[0]) throw new Error('the seed has phrases');
      expect(await dispatch(handlers, 'phrases:add', { categoryId: first.id, text: first.phrases[0].text })).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
      expect(await dispatch(handlers, 'phrases:addCategory', { name: '我的分类' })).toMatchObject({ ok: true });
      expect(await dispatch(handlers, 'phrases:addCategory', { name: '我的分类' })).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
      expect(await dispatch(handlers, 'library:importPack', { json: 'not json' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('素材包') } });
      expect(await dispatch(handlers, 'library:importPack', { json: '{"version":99}' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    } finally {
      library.close();
    }
  });
});

describe('report parts are defined once', () => {
  it('the CLI offers and accepts every part, other included', async () => {
    const { wengao } = await import('./wengaoCli');
    const db = tempLibraryPath();
    const help = await wengao('search', '--help');
    expect(help.stdout).toContain('other（其他）');
    expect((await wengao('--db', db, 'search', '段落', '--part', 'other', '--json')).code).toBe(0);
    expect((await wengao('--db', db, 'search', '段落', '--section', 'other', '--json')).code).toBe(0);
    const bad = await wengao('--db', db, 'search', '段落', '--part', 'misc');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('work（工作）、problems（问题）、plans（打算）、other（其他）');
  }, 60_000);
});

describe('one way to tell the user', () => {
  it('restoring a file that is not one of the library’s backups is NOT_FOUND in Chinese, not INTERNAL', async () => {
    const library = openLibrary(tempLibraryPath());
    try {
      expect(await dispatch(createHandlers(library), 'library:restoreBackup', { path: '/tmp/somewhere-else.sqlite' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', message: expect.stringContaining('不是这个素材库的备份') },
      });
    } finally {
      library.close();
    }
  });
});
