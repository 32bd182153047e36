import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { openLibrary, type Library } from '../../electron/library/open';
import { createHandlers } from '../../electron/services/handlers';
import { LibrarySession } from '../../electron/services/librarySession';
import { LockWaits, waitingOutLocks } from '../../electron/services/lockWait';
import type { HandlerTable } from '../../shared/ipc/contract';
import { LOCK_WAIT } from '../../shared/model/limits';
import { tempLibraryPath } from './helpers';

const draft = { title: '文稿', content: '{"root":{"type":"root","children":[]}}' };
const closing: { close(): void }[] = [];
afterEach(() => {
  for (const item of closing.splice(0)) item.close();
});

/** The library as the app and web mode open it, and a second program's connection to the same file. */
function appAndOtherProgram(): { library: Library; other: Database.Database } {
  const path = tempLibraryPath();
  const library = openLibrary(path, { integrity: 'fast', busyTimeoutMs: LOCK_WAIT.blockingMs });
  const other = new Database(path);
  closing.push(other, library);
  return { library, other };
}

describe('another program holding the library', () => {
  it('keeps the event loop free: searches and the status are answered while a save waits, and the save lands once the lock is released', async () => {
    const { library, other } = appAndOtherProgram();
    const session = new LibrarySession(library);
    const handlers = createHandlers(session);
    // The CLI importing: it holds the write lock for a long transaction.
    other.exec('BEGIN IMMEDIATE');
    other.prepare("INSERT INTO meta (key, value) VALUES ('cli-import', 'running')").run();

    let saveSettled = false;
    const save = dispatch(handlers, 'drafts:save', draft).finally(() => (saveSettled = true));
    // Let the save meet the lock, then ask for other things in the meantime.
    await new Promise((resolve) => setTimeout(resolve, LOCK_WAIT.blockingMs * 3));
    expect(await dispatch(handlers, 'paragraphs:search', { query: '工作' })).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'library:getStatus', {})).toMatchObject({ ok: true, value: { lockWaitSince: expect.any(String) } });
    expect(saveSettled).toBe(false);

    // The other program's commit runs on this process's event loop: it can only happen because nothing blocks it.
    setTimeout(() => other.exec('COMMIT'), 50);
    expect(await save).toMatchObject({ ok: true, value: { id: expect.any(Number) } });
    expect(library.db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(1);
    expect(await dispatch(handlers, 'library:getStatus', {})).toMatchObject({ ok: true, value: { lockWaitSince: null } });
  });

  it('gives up after the longest wait with a message that says who holds the library and what to do', async () => {
    let tries = 0;
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const table = { 'drafts:save': () => (tries++, Promise.reject(busy)) } as unknown as HandlerTable;
    const result = await dispatch(waitingOutLocks(table, new LockWaits(), 150), 'drafts:save', draft);
    expect(result).toMatchObject({ ok: false, error: { code: 'LIBRARY_UNAVAILABLE', message: expect.stringContaining('正被其他程序（例如正在导入的命令行）占用') } });
    expect(tries).toBeGreaterThan(1);
  });

  it('never runs again what is not a database call (restoring a backup swaps files)', async () => {
    let tries = 0;
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const table = { 'library:restoreBackup': () => (tries++, Promise.reject(busy)) } as unknown as HandlerTable;
    await dispatch(waitingOutLocks(table, new LockWaits(), 1000), 'library:restoreBackup', { path: '/x/library-backup.sqlite' });
    expect(tries).toBe(1);
  });
});
