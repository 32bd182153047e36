import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryError } from '../../electron/library/errors';
import { libraryInfo } from '../../electron/library/info';
import { LATEST_SCHEMA_VERSION } from '../../electron/library/migrations';
import { openLibrary } from '../../electron/library/open';
import { tempDir, tempLibraryPath } from './helpers';

describe('openLibrary', () => {
  it('creates the folder and file, in WAL mode with foreign keys on', () => {
    const path = join(tempDir(), 'nested', 'folder', 'library.sqlite');
    const library = openLibrary(path);
    expect(library.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(library.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(libraryInfo(library).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    library.close();
  });

  it('reports a file that is not a database as corrupt, with a message that says what to do', () => {
    const path = tempLibraryPath();
    writeFileSync(path, 'this is not a sqlite file at all, just some text that is long enough'.repeat(100));
    const error = catchError(() => openLibrary(path));
    expect(error).toBeInstanceOf(LibraryError);
    expect(error.code).toBe('LIBRARY_CORRUPT');
    expect(error.message).toContain(path);
    expect(error.message).toContain('备份');
  });

  it('reports a damaged database page through the integrity check', () => {
    const path = tempLibraryPath();
    const library = openLibrary(path);
    library.db.pragma('journal_mode = DELETE');
    library.db.exec(`CREATE TABLE filler (x TEXT);
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
      INSERT INTO filler SELECT hex(randomblob(500)) FROM n;`);
    library.close();
    const bytes = readFileSync(path);
    // Scribble over a b-tree page in the middle of the file, keeping the header intact.
    bytes.fill(0x5a, 4096 * 3 + 8, 4096 * 3 + 2000);
    writeFileSync(path, bytes);
    const error = catchError(() => openLibrary(path));
    expect(error.code).toBe('LIBRARY_CORRUPT');
  });

  it('reports a folder it cannot write as unavailable', () => {
    if (process.getuid?.() === 0) {
      // root ignores file permissions, so use a path whose parent is a file instead.
      const file = join(tempDir(), 'plain-file');
      writeFileSync(file, '');
      const error = catchError(() => openLibrary(join(file, 'library.sqlite')));
      expect(error.code).toBe('LIBRARY_UNAVAILABLE');
      return;
    }
    const dir = join(tempDir(), 'locked');
    mkdirSync(dir);
    chmodSync(dir, 0o500);
    const error = catchError(() => openLibrary(join(dir, 'library.sqlite')));
    expect(error.code).toBe('LIBRARY_UNAVAILABLE');
  });
});

function catchError(fn: () => unknown): LibraryError {
  try {
    fn();
  } catch (error) {
    return error as LibraryError;
  }
  throw new Error('expected an error');
}
