import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticReport } from '../../electron/cli/bench/syntheticReports';
import { createBackup, isIntactLibrary, listBackups, pruneBackups, restoreBackup, runScheduledBackups } from '../../electron/library/backup';
import { openLibrary } from '../../electron/library/open';
import { exportPack, importPack, parsePack } from '../../electron/library/pack';
import { checkIntegrity, damagedMarker, openLibraryWithRecovery } from '../../electron/library/recover';
import { searchParagraphs } from '../../electron/library/search';
import { analysePaste } from '../../electron/services/import/analyse';
import { storeReport } from '../../electron/services/import/store';
import { tempDir } from './helpers';

const countParagraphs = (db: { prepare: (sql: string) => { get: () => unknown } }) =>
  (db.prepare('SELECT count(*) AS n FROM paragraphs').get() as { n: number }).n;

function libraryWith(texts: string[]) {
  const path = join(tempDir(), 'library.sqlite');
  const library = openLibrary(path);
  for (const text of texts) storeReport(library, analysePaste(`一、工作情况\n${text}`, text));
  return library;
}

/** Overwrites every other page from `from` (a fraction of the file) onwards with garbage. */
function damage(path: string, from = 0): void {
  const bytes = readFileSync(path);
  const first = Math.max(3, Math.floor((bytes.length * from) / 4096));
  for (let page = first; page * 4096 < bytes.length - 4096; page += 2) bytes.fill(0x5a, page * 4096 + 16, page * 4096 + 3000);
  writeFileSync(path, bytes);
}

describe('backups', () => {
  it('copies the live library with the online backup API and verifies the copy', async () => {
    const library = libraryWith(['第一段内容。']);
    const backup = await createBackup(library, 'manual');
    expect(isIntactLibrary(backup.path)).toBe(true);
    expect(listBackups(library.path).map((b) => b.kind)).toEqual(['manual']);
    library.close();
  });

  it('keeps each library’s backups apart when libraries share a folder', async () => {
    const dir = tempDir();
    const a = openLibrary(join(dir, 'a.sqlite'));
    const b = openLibrary(join(dir, 'b.sqlite'));
    await createBackup(a, 'manual');
    await createBackup(b, 'daily');
    expect(listBackups(a.path).map((x) => x.kind)).toEqual(['manual']);
    expect(listBackups(b.path).map((x) => x.kind)).toEqual(['daily']);
    a.close();
    b.close();
  });

  it('keeps 7 daily and 4 weekly backups on the automatic schedule', async () => {
    const library = libraryWith(['第一段内容。']);
    const day = 24 * 3600 * 1000;
    const start = Date.UTC(2026, 0, 1, 9);
    for (let d = 0; d < 40; d++) {
      const made = await runScheduledBackups(library, new Date(start + d * day));
      expect(made.some((b) => b.kind === 'daily')).toBe(true);
      expect(await runScheduledBackups(library, new Date(start + d * day + 3600_000))).toEqual([]);
    }
    pruneBackups(library.path);
    const kinds = listBackups(library.path).map((b) => b.kind);
    expect(kinds.filter((k) => k === 'daily')).toHaveLength(7);
    expect(kinds.filter((k) => k === 'weekly')).toHaveLength(4);
    library.close();
  });

  it('restores a backup and keeps the replaced library as a backup of its own', async () => {
    const library = libraryWith(['备份之前的段落。']);
    const backup = await createBackup(library, 'manual');
    storeReport(library, analysePaste('一、工作情况\n备份之后才加的段落。', 'later'));
    library.close();

    const { previous } = restoreBackup(library.path, backup.path);
    const restored = openLibrary(library.path);
    expect(searchParagraphs(restored.db, { query: '备份之后' }).total).toBe(0);
    expect(searchParagraphs(restored.db, { query: '备份之前' }).total).toBe(1);
    restored.close();
    expect(previous && isIntactLibrary(previous)).toBe(true);
  });

  it('refuses a damaged backup and leaves the library untouched', async () => {
    const library = libraryWith(['段落一。', '段落二。']);
    const backup = await createBackup(library, 'manual');
    library.close();
    damage(backup.path);
    expect(() => restoreBackup(library.path, backup.path)).toThrow(/备份文件已损坏/);
    expect(isIntactLibrary(library.path)).toBe(true);
  });
});

describe('recovery from a damaged library', () => {
  it('moves the damaged file aside, restores the newest good backup and says so', async () => {
    const library = libraryWith(Array.from({ length: 60 }, (_, i) => `${syntheticReport(i).slice(200, 900)}第${i}段。`));
    await createBackup(library, 'daily');
    const before = countParagraphs(library.db);
    library.db.pragma('wal_checkpoint(TRUNCATE)');
    library.close();
    damage(library.path);

    const { library: reopened, recovery } = openLibraryWithRecovery(library.path);
    expect(recovery?.restoredFrom).toMatch(/daily\.sqlite$/);
    expect(recovery?.message).toContain('已自动从备份恢复');
    expect(existsSync(recovery?.damagedMovedTo ?? '')).toBe(true);
    expect(countParagraphs(reopened.db)).toBe(before);
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
  });

  it('starts an empty library when no backup is usable, keeping the damaged file', () => {
    const path = join(tempDir(), 'library.sqlite');
    // A library whose pages are garbage behind its SQLite header (a file without the header is not a
    // library at all and is refused untouched: library-missing.test.ts).
    writeFileSync(path, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.from('not a database '.repeat(400))]));
    const { library, recovery } = openLibraryWithRecovery(path);
    expect(recovery?.restoredFrom).toBeNull();
    expect(recovery?.message).toContain('没有可用的备份');
    expect(readFileSync(recovery?.damagedMovedTo ?? '', 'utf8')).toContain('not a database');
    library.close();
  });

  it('marks damage found by the background check so the next start recovers', async () => {
    const library = libraryWith(Array.from({ length: 60 }, (_, i) => `${syntheticReport(i).slice(100, 800)}第${i}段。`));
    await createBackup(library, 'daily');
    library.db.pragma('wal_checkpoint(TRUNCATE)');
    library.close();

    // The app opens with the fast check (schema and small tables) and checks everything afterwards;
    // here the disk goes bad in between.
    const fast = openLibrary(library.path, { integrity: 'fast' });
    expect(checkIntegrity(fast).ok).toBe(true);
    fast.db.pragma('cache_size = 1'); // read the damaged pages from disk, not from the page cache
    damage(library.path, 0.5);
    expect(checkIntegrity(fast).ok).toBe(false);
    fast.close();
    expect(existsSync(damagedMarker(library.path))).toBe(true);
    const { recovery, library: next } = openLibraryWithRecovery(library.path, { integrity: 'fast' });
    expect(recovery?.restoredFrom).not.toBeNull();
    expect(existsSync(damagedMarker(library.path))).toBe(false);
    next.close();
  });
});

describe('library packs', () => {
  it('round-trips paragraphs with tags, favourites and sources, phrases and skeletons', () => {
    const from = libraryWith(['落实“一岗双责”，压紧压实责任。', '加强阵地管理。']);
    from.db.prepare("UPDATE paragraphs SET favorite = 1, tags = '[\"重点\"]' WHERE text LIKE '加强%'").run();
    const pack = parsePack(JSON.stringify(exportPack(from.db)));
    expect(pack.paragraphs.find((p) => p.text === '加强阵地管理。')).toMatchObject({ favorite: true, tags: ['重点'], source: { fileName: '加强阵地管理。' } });

    const to = openLibrary(join(tempDir(), 'library.sqlite'));
    expect(importPack(to.db, pack)).toMatchObject({ paragraphs: 2, duplicates: 0 });
    expect(importPack(to.db, pack)).toEqual({ paragraphs: 0, duplicates: 2, phrases: 0, skeletons: 0 });
    const hit = searchParagraphs(to.db, { query: '阵地' }).hits[0];
    expect(hit).toMatchObject({ favorite: true, tags: ['重点'], source: '加强阵地管理。' });
    const again = exportPack(to.db);
    expect(again.paragraphs.map((p) => p.text).sort()).toEqual(pack.paragraphs.map((p) => p.text).sort());
    expect(again.phrases.length).toBe(pack.phrases.length);
    expect(again.skeletons.length).toBe(pack.skeletons.length);
  });

  it('keeps a pack paragraph’s note, and merges one already here: tags united, a favourite stays one', () => {
    const from = libraryWith(['加强阵地管理。', '压实工作责任。']);
    from.db.prepare("UPDATE paragraphs SET tags = '[\"阵地\"]', note = '2024年用过', favorite = 1").run();
    const to = libraryWith(['加强阵地管理。']);
    to.db.prepare("UPDATE paragraphs SET tags = '[\"重点\"]'").run();
    expect(importPack(to.db, parsePack(JSON.stringify(exportPack(from.db))))).toMatchObject({ paragraphs: 1, duplicates: 1 });
    const rows = to.db.prepare('SELECT text, tags, note, favorite FROM paragraphs ORDER BY text').all();
    expect(rows).toEqual([
      { text: '加强阵地管理。', tags: '["重点","阵地"]', note: '', favorite: 1 },
      { text: '压实工作责任。', tags: '["阵地"]', note: '2024年用过', favorite: 1 },
    ]);
  });

  it('still imports a version-1 pack, which named a paragraph’s part `section`', () => {
    const pack = exportPack(libraryWith(['理论学习的深度还不够。']).db);
    const v1 = { ...pack, version: 1, paragraphs: pack.paragraphs.map(({ part, ...rest }) => ({ ...rest, section: part === 'other' ? 'problems' : part })) };
    const to = libraryWith([]);
    expect(importPack(to.db, parsePack(JSON.stringify(v1)))).toMatchObject({ paragraphs: 1 });
    expect(to.db.prepare('SELECT part FROM paragraphs').pluck().all()).toEqual([v1.paragraphs[0]?.section]);
    expect(exportPack(to.db)).toMatchObject({ version: 2 });
  });

  it('gives a paragraph imported from a pack its fill-in fields, as an imported report does', () => {
    const from = libraryWith(['全年发布信息XX条，处置舆情＊起。']);
    const to = libraryWith([]);
    importPack(to.db, parsePack(JSON.stringify(exportPack(from.db))));
    expect(to.db.prepare('SELECT placeholder_count FROM paragraphs').pluck().all()).toEqual([2]);
  });

  it('rejects a file that is not a pack without changing anything', () => {
    expect(() => parsePack('{oops')).toThrow(/不是有效的素材包/);
    expect(() => parsePack(JSON.stringify({ format: 'wengao-pack', version: 9 }))).toThrow(/不符合格式/);
  });
});

describe('a process killed in the middle of an import', () => {
  it('leaves a library that opens, passes its integrity check and holds only whole reports', async () => {
    const dir = tempDir();
    const reports = join(dir, 'reports');
    mkdirSync(reports);
    for (let i = 0; i < 400; i++) writeFileSync(join(reports, `r${String(i).padStart(3, '0')}.txt`), syntheticReport(i));
    const db = join(dir, 'library.sqlite');
    const bin = resolve(import.meta.dirname, '../../out/cli/wengao.mjs');
    const child = spawn(process.execPath, [bin, '--db', db, 'import', reports, '--json'], { stdio: 'ignore' });
    const exited = new Promise((done) => child.once('exit', done));
    await new Promise<void>((done, fail) => {
      void exited.then(() => fail(new Error('the import finished or failed before it could be killed')));
      const poll = setInterval(() => {
        // Kill once the import is under way. The probe only reads, so it never competes for the lock.
        if (!existsSync(db)) return;
        try {
          const probe = new Database(db, { readonly: true, fileMustExist: true });
          const n = (probe.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n;
          probe.close();
          if (n < 20) return;
        } catch {
          return;
        }
        clearInterval(poll);
        child.kill('SIGKILL');
        done();
      }, 20);
    });
    await exited;

    const library = openLibrary(db);
    expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const sources = (library.db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n;
    expect(sources).toBeGreaterThan(0);
    expect(sources).toBeLessThan(400);
    const orphanSources = library.db
      .prepare('SELECT count(*) AS n FROM sources s WHERE NOT EXISTS (SELECT 1 FROM paragraph_sources ps WHERE ps.source_id = s.id)')
      .get() as { n: number };
    expect(orphanSources.n).toBe(0);
    library.close();
  }, 60_000);
});
