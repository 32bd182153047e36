import Database from 'better-sqlite3';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../electron/library/backup';
import { openLibrary } from '../../electron/library/open';
import { openLibraryWithRecovery } from '../../electron/library/recover';
import { runDoctor } from '../../electron/services/doctor';
import { analysePaste } from '../../electron/services/import/analyse';
import { storeReport } from '../../electron/services/import/store';
import { tempDir } from './helpers';

const count = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM paragraphs').pluck().get() as number;
  } finally {
    db.close();
  }
};

/** A library with paragraphs and a good backup beside it, closed. */
async function libraryWithBackup(): Promise<{ path: string; paragraphs: number }> {
  const path = join(tempDir(), 'library.sqlite');
  const library = openLibrary(path);
  for (let i = 0; i < 5; i++) storeReport(library, analysePaste(`一、工作情况\n全年召开专题会议${i + 3}次，研究部署意识形态工作。\n二、存在问题\n第${i}个问题还需解决。`, `r${i}`));
  await createBackup(library, 'daily');
  const paragraphs = library.db.prepare('SELECT count(*) FROM paragraphs').pluck().get() as number;
  library.db.pragma('wal_checkpoint(TRUNCATE)');
  library.close();
  return { path, paragraphs };
}

describe('every entry point opens the library through the one recovering path', () => {
  it('wengao doctor on a library that is gone restores the backup, says so, and leaves it restored', async () => {
    const { path, paragraphs } = await libraryWithBackup();
    rmSync(path);
    const report = runDoctor(path);
    expect(report.recovery).toContain('已自动从最近的完好备份恢复');
    expect(report.info?.counts.paragraphs).toBe(paragraphs);
    expect(count(path)).toBe(paragraphs);
  });

  it('wengao doctor on a 0-byte library with backups restores it too', async () => {
    const { path, paragraphs } = await libraryWithBackup();
    writeFileSync(path, '');
    expect(runDoctor(path).info?.counts.paragraphs).toBe(paragraphs);
  });

  it('a library whose first page is damaged is a damaged library when its backups are beside it, and the backup is restored', async () => {
    const { path, paragraphs } = await libraryWithBackup();
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 0, 100);
    writeFileSync(path, bytes);
    const { library, recovery } = openLibraryWithRecovery(path);
    try {
      expect(recovery?.message).toContain('已自动从备份恢复');
      expect(library.db.prepare('SELECT count(*) FROM paragraphs').pluck().get()).toBe(paragraphs);
      expect(readFileSync(recovery?.damagedMovedTo ?? '').subarray(0, 4).toString('latin1')).toBe('ZZZZ');
    } finally {
      library.close();
    }
  });

  it('someone else’s SQLite database passed as --db is refused and not touched', () => {
    const path = join(tempDir(), 'accounts.db');
    const own = new Database(path);
    own.exec("CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO ledger (amount) VALUES (12.5);");
    own.close();
    const before = readFileSync(path);
    for (const open of [() => openLibraryWithRecovery(path), () => openLibrary(path)]) {
      expect(open).toThrow(/不是文稿助手的素材库/);
    }
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(runDoctor(path).error?.message).toMatch(/不是文稿助手的素材库.*没有改动它/);
  });

  it('an empty SQLite file and a missing file become libraries', () => {
    const empty = join(tempDir(), 'empty.sqlite');
    new Database(empty).close();
    openLibrary(empty).close();
    const missing = join(tempDir(), 'new', 'library.sqlite');
    openLibraryWithRecovery(missing).library.close();
    expect(count(missing)).toBe(0);
  });
});
