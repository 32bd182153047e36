import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup, listBackups, runScheduledBackups } from '../../electron/library/backup';
import { listVersions, loadDraft, saveDraft } from '../../electron/library/drafts';
import { LibraryError } from '../../electron/library/errors';
import { openLibrary } from '../../electron/library/open';
import { openLibraryWithRecovery } from '../../electron/library/recover';
import { analysePaste } from '../../electron/services/import/analyse';
import { storeReport } from '../../electron/services/import/store';
import { tempDir } from './helpers';

const count = (library: { db: { prepare: (sql: string) => { get: () => unknown } } }) =>
  (library.db.prepare('SELECT count(*) AS n FROM paragraphs').get() as { n: number }).n;

/** A library with one report in it and a good backup of it. */
async function backedUpLibrary(): Promise<string> {
  const path = join(tempDir(), 'library.sqlite');
  const library = openLibrary(path);
  storeReport(library, analysePaste('一、工作情况\n全年开展专题学习12次，覆盖全体党员。', '总结'));
  await createBackup(library, 'daily', new Date('2026-11-30T08:00:00Z'));
  library.close();
  return path;
}

describe('a library file that is empty or gone while backups exist', () => {
  it('restores the newest good backup when the file is 0 bytes, and keeps the empty file aside', async () => {
    const path = await backedUpLibrary();
    for (const side of ['-wal', '-shm']) rmSync(`${path}${side}`, { force: true });
    writeFileSync(path, '');
    const { library, recovery } = openLibraryWithRecovery(path);
    expect(count(library)).toBeGreaterThan(0);
    expect(recovery?.message).toContain('备份');
    expect(recovery?.damagedMovedTo && existsSync(recovery.damagedMovedTo)).toBe(true);
    library.close();
  });

  it('restores the newest good backup when the file is missing', async () => {
    const path = await backedUpLibrary();
    for (const side of ['', '-wal', '-shm']) rmSync(`${path}${side}`, { force: true });
    const { library, recovery } = openLibraryWithRecovery(path);
    expect(count(library)).toBeGreaterThan(0);
    expect(recovery?.restoredFrom).not.toBeNull();
    library.close();
  });

  it('never lets backups of an empty library replace the last ones with content', async () => {
    const path = join(tempDir(), 'library.sqlite');
    const full = openLibrary(path);
    storeReport(full, analysePaste('一、工作情况\n全年开展专题学习12次，覆盖全体党员。', '总结'));
    await runScheduledBackups(full, new Date('2026-11-01T08:00:00Z'));
    full.db.prepare('DELETE FROM paragraph_sources').run();
    full.db.prepare('DELETE FROM paragraphs').run();
    full.db.prepare('DELETE FROM sources').run();
    for (let day = 2; day <= 20; day++) await runScheduledBackups(full, new Date(`2026-11-${String(day).padStart(2, '0')}T08:00:00Z`));
    full.close();
    const backups = listBackups(path);
    expect(backups.length).toBeGreaterThan(0);
    const newest = openLibrary(backups[0]?.path ?? '');
    expect(count(newest)).toBeGreaterThan(0);
    newest.close();
  });
});

describe('a file that is not a library at all', () => {
  it('is refused untouched: a Word file passed as --db is neither renamed nor replaced', () => {
    const dir = tempDir();
    const path = join(dir, '2024年工作总结.docx');
    const bytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 7)]);
    writeFileSync(path, bytes);
    expect(() => openLibraryWithRecovery(path)).toThrow(LibraryError);
    expect(() => openLibraryWithRecovery(path)).toThrow(/不是文稿助手的素材库/u);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(dirname(path))).toEqual(['2024年工作总结.docx']);
  });
});

describe('what a killed backup leaves', () => {
  it('is removed when the library opens and before the next backup; other files stay', async () => {
    const path = await backedUpLibrary();
    const dir = join(dirname(path), 'backups');
    const leftovers = ['library-20261130T080000000Z-daily.sqlite.partial', 'library-20261130T080000000Z-daily.sqlite.partial-wal', 'library-20261130T080000000Z-daily.sqlite.partial-shm'];
    for (const name of leftovers) writeFileSync(join(dir, name), 'half a backup');
    writeFileSync(join(dir, '说明.txt'), '别删');
    const { library } = openLibraryWithRecovery(path);
    const left = readdirSync(dir);
    for (const name of leftovers) expect(left).not.toContain(name);
    expect(left).toContain('说明.txt');
    for (const name of leftovers) writeFileSync(join(dir, name), 'half a backup');
    await createBackup(library, 'manual');
    expect(readdirSync(dir).filter((name) => name.includes('.partial'))).toEqual([]);
    library.close();
  });
});

describe('a damaged index', () => {
  it('is repaired in place (REINDEX) and keeps every change since the last backup; the damaged file is kept', async () => {
    const path = await backedUpLibrary();
    const library = openLibrary(path);
    for (let i = 0; i < 60; i++) storeReport(library, analysePaste(`一、工作情况\n第${i}段：备份之后写的内容${i}。`, `r${i}`));
    const before = count(library);
    const index = library.db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'sqlite_autoindex_paragraphs_1'").pluck().get() as number;
    library.db.pragma('wal_checkpoint(TRUNCATE)');
    library.close();
    const bytes = readFileSync(path);
    const at = (index - 1) * 4096 + 4096 - 30;
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    writeFileSync(path, bytes);

    const { library: repaired, recovery } = openLibraryWithRecovery(path);
    expect(count(repaired)).toBe(before);
    expect(repaired.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(recovery?.restoredFrom).toBeNull();
    expect(recovery?.message).toContain('已重建索引修复');
    expect(recovery?.damagedMovedTo && existsSync(recovery.damagedMovedTo)).toBe(true);
    repaired.close();
  });
});

describe('damaged pages that no REINDEX repairs', () => {
  it('restores the backup and keeps the drafts written since, read back from the damaged copy', async () => {
    const path = join(tempDir(), 'library.sqlite');
    const setup = openLibrary(path);
    storeReport(setup, analysePaste('一、工作情况\n全年开展专题学习12次，覆盖全体党员。', '总结'));
    const old = saveDraft(setup.db, { title: '去年的文稿', content: '{"root":{"children":[],"v":1}}' }, '2026-11-29T08:00:00.000Z');
    await createBackup(setup, 'daily', new Date('2026-11-30T08:00:00Z'));
    // After the backup: the old draft is edited, a new one is written, many reports are imported.
    saveDraft(setup.db, { id: old.id, title: '去年的文稿', content: '{"root":{"children":[],"v":2}}' }, '2026-12-01T09:00:00.000Z');
    const fresh = saveDraft(setup.db, { title: '今天的文稿', content: '{"root":{"children":[],"v":3}}' }, '2026-12-01T09:30:00.000Z');
    for (let i = 0; i < 60; i++) storeReport(setup, analysePaste(`一、工作情况\n第${i}段：备份之后导入的内容，足够长以占满几页。${'内容'.repeat(60)}`, `r${i}`));
    setup.db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = setup.db.prepare("SELECT pageno FROM dbstat WHERE name = 'paragraphs' AND pagetype = 'leaf'").pluck().all() as number[];
    setup.close();
    const bytes = readFileSync(path);
    for (const page of pages.slice(1)) bytes.fill(0x5a, (page - 1) * 4096 + 8, (page - 1) * 4096 + 2000);
    writeFileSync(path, bytes);

    const { library, recovery } = openLibraryWithRecovery(path);
    expect(recovery?.restoredFrom).toBeTruthy();
    expect(recovery?.message).toContain('已从损坏的文件中找回 2 份文稿的最新内容');
    expect(loadDraft(library.db, old.id)).toMatchObject({ content: '{"root":{"children":[],"v":2}}', updatedAt: '2026-12-01T09:00:00.000Z' });
    // The backup's older state of that draft is kept as a version.
    expect(listVersions(library.db, old.id).map((v) => v.kind)).toContain('before-restore');
    const titles = library.db.prepare('SELECT title FROM drafts ORDER BY id').pluck().all();
    expect(titles).toEqual(['去年的文稿', '今天的文稿']);
    expect(fresh.id).toBeGreaterThan(old.id);
    expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
    library.close();
  });
});
