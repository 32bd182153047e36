import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsDir, createBackup } from '../../electron/library/backup';
import { libraryMessages } from '../../electron/library/messages';
import { openLibrary } from '../../electron/library/open';
import { writeFailure } from '../../electron/services/export/writeExport';
import { tempDir } from './helpers';
import { wengao } from './wengaoCli';

const failure = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

describe('failures say what happened and what to do, in Chinese, and never suggest deleting the user’s file', () => {
  it('an export to a full disk says the disk is full, not that the folder lacks permissions', () => {
    const full = writeFailure('/报告/2025年总结.docx', failure('ENOSPC')).message;
    expect(full).toContain('磁盘空间已满');
    expect(full).not.toContain('权限');
    expect(writeFailure('/报告/a.docx', failure('EROFS')).message).toContain('只能读取');
    expect(writeFailure('/报告/a.docx', failure('EACCES')).message).toContain('写入权限');
  });

  it('a backup that cannot be written says why and leaves the library as it was', async () => {
    const path = join(tempDir(), 'library.sqlite');
    const library = openLibrary(path);
    try {
      // A file where the backups folder should be: nothing can be written there.
      writeFileSync(backupsDir(path), 'not a folder');
      const error = await createBackup(library, 'manual').then(
        () => null,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toMatch(/^备份没有完成：.*同名的文件.*素材库本身没有改动/);
    } finally {
      library.close();
    }
  });

  it('wengao backup prints the reason, not a stack trace', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.sqlite');
    openLibrary(db).close();
    writeFileSync(join(dir, 'backups'), 'not a folder');
    const { code, stdout, stderr } = await wengao('--db', db, 'backup');
    expect(code).toBe(1);
    expect(stderr).toContain('备份没有完成');
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('no library message tells the user to delete the library', () => {
    const texts = Object.values(libraryMessages).flatMap((m) => (typeof m === 'function' ? [String((m as (...a: string[]) => string)('X', 'Y', 'Z'))] : typeof m === 'string' ? [m] : Object.values(m)));
    for (const text of texts) expect(text).not.toMatch(/删除它|删掉|可以删除/);
  });
});

