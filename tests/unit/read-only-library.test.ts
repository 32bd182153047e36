import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { openLibrary } from '../../electron/library/open';
import { saveParagraph } from '../../electron/library/paragraphs';
import { createHandlers } from '../../electron/services/handlers';
import { openLibrarySession } from '../../electron/services/openSession';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/**
 * A library on a disk that takes no writes: a small tmpfs remounted read-only (CI runs as root), or,
 * where mounting is not allowed, a read-only file in a read-only folder (which binds every user but root).
 */
function readOnlyLibrary(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wengao-ro-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'library.sqlite');
  let mounted = false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', dir], { stdio: 'ignore' });
    mounted = true;
    cleanups.push(() => execFileSync('umount', [dir], { stdio: 'ignore' }));
  } catch {
    if (process.getuid?.() === 0) throw new Error('as root this test needs to mount a tmpfs (mount -t tmpfs)');
  }
  const library = openLibrary(path);
  saveParagraph(library.db, { text: '全年召开意识形态工作专题会议4次。', part: 'work', tags: [] });
  library.close();
  if (mounted) execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' });
  else {
    chmodSync(path, 0o444);
    chmodSync(dir, 0o555);
    cleanups.push(() => chmodSync(dir, 0o755));
  }
  return path;
}

describe('a library that takes no writes', () => {
  it('opens for reading: search works, the status says why nothing can be saved, each write is refused, the file is untouched', async () => {
    const path = readOnlyLibrary();
    const before = readFileSync(path);
    const session = openLibrarySession(path, { integrity: 'fast' });
    cleanups.push(() => session.close());
    expect(session.library.readOnly).toBe(true);
    const handlers = createHandlers(session);

    expect(await dispatch(handlers, 'library:getStatus', {})).toMatchObject({ ok: true, value: { problem: expect.stringContaining('是只读的') } });
    expect(await dispatch(handlers, 'paragraphs:search', { query: '专题会议' })).toMatchObject({ ok: true, value: { total: 1 } });
    expect(await dispatch(handlers, 'drafts:save', { title: '文稿', content: '{"root":{"type":"root","children":[]}}' })).toMatchObject({
      ok: false,
      error: { code: 'LIBRARY_UNAVAILABLE', message: expect.stringContaining('只读') },
    });
    await session.maintenance.run();
    expect(session.status().problem).toContain('是只读的');
    session.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
