import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { openLibrary } from '../../electron/library/open';
import { createHandlers } from '../../electron/services/handlers';
import type { HandlerTable } from '../../shared/ipc/contract';

/** A 3 MB disk of its own (CI runs as root); where mounting is not allowed, the failure is injected. */
let disk: string | null = null;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'wengao-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', dir], { stdio: 'ignore' });
    disk = dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
  }
});
afterAll(() => {
  if (!disk) return;
  execFileSync('umount', [disk], { stdio: 'ignore' });
  rmSync(disk, { recursive: true, force: true });
});

const sqliteError = (code: string) => Object.assign(new Error(`${code}: raw`), { code, name: 'SqliteError' });

describe('the disk or the file refusing a write', () => {
  it('says in Chinese that the disk is full and nothing is lost, never INTERNAL', async () => {
    let last;
    if (disk) {
      const library = openLibrary(join(disk, 'library.sqlite'));
      const handlers = createHandlers(library);
      for (let i = 0; i < 200; i++) {
        last = await dispatch(handlers, 'paragraphs:save', { text: `${'全年开展专题学习，覆盖全体党员。'.repeat(5000)}${i}`, part: 'work', tags: [] });
        if (!last.ok) break;
      }
      library.close();
    } else {
      const table = { 'paragraphs:save': () => { throw sqliteError('SQLITE_FULL'); } } as unknown as HandlerTable;
      last = await dispatch(table, 'paragraphs:save', { text: '一段', part: 'work', tags: [] });
    }
    expect(last?.ok).toBe(false);
    if (last && !last.ok) {
      expect(last.error.code).toBe('LIBRARY_UNAVAILABLE');
      expect(last.error.message).toContain('磁盘空间已满');
    }
  });

  it('names a read-only file and a library held by another program', async () => {
    for (const [code, words] of [['SQLITE_READONLY', '只读'], ['SQLITE_BUSY', '占用'], ['SQLITE_IOERR_WRITE', '磁盘出错']] as const) {
      const table = { 'phrases:addCategory': () => { throw sqliteError(code); } } as unknown as HandlerTable;
      const result = await dispatch(table, 'phrases:addCategory', { name: '新分类' });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code, code).toBe('LIBRARY_UNAVAILABLE');
        expect(result.error.message, code).toContain(words);
      }
    }
  });
});
