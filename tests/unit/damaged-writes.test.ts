import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticReport } from '../../electron/cli/bench/syntheticReports';
import { dispatch } from '../../electron/ipc/dispatch';
import { openLibrary } from '../../electron/library/open';
import { createHandlers } from '../../electron/services/handlers';
import { analysePaste } from '../../electron/services/import/analyse';
import { storeReport } from '../../electron/services/import/store';
import { LibrarySession } from '../../electron/services/librarySession';
import { tempDir } from './helpers';

/** Overwrites every other page from half-way onwards with garbage, as a failing disk might. */
function damageSecondHalf(path: string): void {
  const bytes = readFileSync(path);
  const first = Math.max(3, Math.floor(bytes.length / 2 / 4096));
  for (let page = first; page * 4096 < bytes.length - 4096; page += 2) bytes.fill(0x5a, page * 4096 + 16, page * 4096 + 3000);
  writeFileSync(path, bytes);
}

/** A library of 60 imported reports, checkpointed; `inspect` reads it before it is closed. */
function libraryOfReports<T>(inspect: (db: ReturnType<typeof openLibrary>['db']) => T = () => undefined as T): { path: string; seen: T } {
  const path = join(tempDir(), 'library.sqlite');
  const setup = openLibrary(path);
  for (let i = 0; i < 60; i++) storeReport(setup, analysePaste(`一、工作情况\n${syntheticReport(i).slice(100, 800)}第${i}段。`, `r${i}`));
  setup.db.pragma('wal_checkpoint(TRUNCATE)');
  const seen = inspect(setup.db);
  setup.close();
  return { path, seen };
}

describe('a library found damaged while it is open', () => {
  it('refuses every write with a message that says what to do, and leaves the file as it was', async () => {
    const { path } = libraryOfReports();
    const session = new LibrarySession(openLibrary(path, { integrity: 'fast' }));
    session.library.db.pragma('cache_size = 1');
    damageSecondHalf(path);
    await session.maintenance.run();
    expect(session.maintenance.status().integrity).toBe('damaged');

    const handlers = createHandlers(session);
    const categories = () => session.library.db.prepare('SELECT count(*) FROM phrase_categories').pluck().get();
    const before = categories();
    const refused = await dispatch(handlers, 'phrases:addCategory', { name: '新分类' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('LIBRARY_CORRUPT');
      expect(refused.error.message).toContain('重启文稿助手');
    }
    expect(categories()).toBe(before);
    const draft = await dispatch(handlers, 'drafts:save', { title: '文稿', content: '{"root":{"type":"root","children":[]}}' });
    expect(draft.ok).toBe(false);
    // Reading goes on, so the user can still copy out what is there.
    expect((await dispatch(handlers, 'phrases:list', {})).ok).toBe(true);
    session.close();
  });
});

describe('damage in the paragraph tables, which the open leaves to a later check', () => {
  it('is found by the quick check the app runs the moment it has started, before the full check', async () => {
    // The pages of the paragraphs table itself (not the search index), found through SQLite's page map.
    const { path, seen: pages } = libraryOfReports((db) => db.prepare("SELECT pageno FROM dbstat WHERE name = 'paragraphs' AND pagetype = 'leaf'").pluck().all() as number[]);
    expect(pages.length).toBeGreaterThan(2);

    const session = new LibrarySession(openLibrary(path, { integrity: 'fast' }));
    session.library.db.pragma('cache_size = 1');
    const bytes = readFileSync(path);
    for (const page of pages.slice(1)) bytes.fill(0x5a, (page - 1) * 4096 + 8, (page - 1) * 4096 + 2000);
    writeFileSync(path, bytes);
    await session.maintenance.checkParagraphs();
    expect(session.maintenance.status().integrity).toBe('damaged');
    const refused = await dispatch(createHandlers(session), 'phrases:addCategory', { name: '新分类' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'LIBRARY_CORRUPT' } });
    session.close();
  });
});
