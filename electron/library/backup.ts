import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { errorCode, LibraryError } from './errors';
import { libraryMessages } from './messages';
import { openConnection } from './connection';
import type { Library } from './open';

export type BackupKind = 'daily' | 'weekly' | 'manual' | 'before-restore';

export interface BackupInfo {
  path: string;
  kind: BackupKind;
  createdAt: string;
  bytes: number;
}

export const KEEP = { daily: 7, weekly: 4, manual: 20, 'before-restore': 5 } as const;

export function backupsDir(libraryPath: string): string {
  return join(dirname(libraryPath), 'backups');
}

/** Backups are named after their library file, so libraries sharing a folder never mix backups. */
function backupName(libraryPath: string, at: Date, kind: BackupKind): string {
  return `${basename(libraryPath, '.sqlite')}-${stamp(at)}-${kind}.sqlite`;
}

function namePattern(libraryPath: string): RegExp {
  const base = basename(libraryPath, '.sqlite').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${base}-(\\d{8}T\\d{6}\\d{3}Z)-(daily|weekly|manual|before-restore)\\.sqlite$`);
}

/**
 * What a backup killed half-way leaves: the `.partial` copy (as big as the library) and SQLite's
 * `-wal`/`-shm`/`-journal` beside it. Removed before each backup and when the library opens.
 */
export function removeBackupLeftovers(libraryPath: string): string[] {
  const dir = backupsDir(libraryPath);
  if (!isFolder(dir)) return [];
  const base = basename(libraryPath, '.sqlite').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const leftover = new RegExp(`^${base}-\\d{8}T\\d{9}Z-[a-z-]+\\.sqlite\\.partial(?:-wal|-shm|-journal)?$`);
  const removed = readdirSync(dir).filter((name) => leftover.test(name));
  for (const name of removed) rmSync(join(dir, name), { force: true });
  return removed;
}

/** The backups folder, when it is one (a file of that name in its place holds no backups). */
function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(text: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(text);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : '';
}

/** Newest first. */
export function listBackups(libraryPath: string): BackupInfo[] {
  const dir = backupsDir(libraryPath);
  if (!isFolder(dir)) return [];
  const pattern = namePattern(libraryPath);
  return readdirSync(dir)
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter((e): e is { name: string; match: RegExpExecArray } => e.match !== null)
    .map(({ name, match }) => ({
      path: join(dir, name),
      kind: match[2] as BackupKind,
      createdAt: parseStamp(match[1] ?? ''),
      bytes: statSync(join(dir, name)).size,
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Whether a file is a readable library that passes SQLite's full integrity check. A build of
 * better-sqlite3 that cannot be loaded is thrown, never mistaken for a damaged file.
 */
export function isIntactLibrary(path: string, nativeBinding?: string): boolean {
  let db;
  try {
    db = openConnection(path, { readonly: true, fileMustExist: true, nativeBinding });
  } catch (error) {
    if (error instanceof LibraryError) throw error;
    return false;
  }
  try {
    return db.pragma('integrity_check', { simple: true }) === 'ok';
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/**
 * How a backup is copied and checked. By default on the library's own connection; the app's scheduled
 * backups do both in the maintenance worker (electron/services/maintenance), so no request waits.
 */
export interface BackupTasks {
  /** Copies the library to `to` with SQLite's online backup API. */
  copy(to: string): Promise<void>;
  /** Whether the file is a readable library that passes the full integrity check. */
  verify(path: string): Promise<boolean>;
}

function ownTasks(library: Library): BackupTasks {
  return {
    copy: async (to) => {
      await library.db.backup(to);
    },
    verify: (path) => Promise.resolve(isIntactLibrary(path, library.nativeBinding)),
  };
}

/**
 * Copies the open library with SQLite's online backup API (consistent even while it is being used),
 * verifies the copy, and only then gives it its final name, so a backup file is always whole.
 */
export async function createBackup(library: Library, kind: BackupKind, now = new Date(), tasks: BackupTasks = ownTasks(library)): Promise<BackupInfo> {
  const dir = backupsDir(library.path);
  const final = join(dir, backupName(library.path, now, kind));
  const partial = `${final}.partial`;
  try {
    mkdirSync(dir, { recursive: true });
    removeBackupLeftovers(library.path);
    await tasks.copy(partial);
  } catch (error) {
    if (isFolder(dir)) rmSync(partial, { force: true });
    throw backupNotWritten(dir, error);
  }
  if (!(await tasks.verify(partial))) {
    rmSync(partial, { force: true });
    throw new LibraryError('LIBRARY_CORRUPT', libraryMessages.backupDamaged(library.path));
  }
  renameSync(partial, final);
  for (const side of ['-wal', '-shm', '-journal']) rmSync(`${partial}${side}`, { force: true });
  pruneBackups(library.path);
  return { path: final, kind, createdAt: now.toISOString(), bytes: statSync(final).size };
}

/** A backup that could not be written, said by its cause (a read-only disk, a full one, a folder in the way). */
function backupNotWritten(dir: string, error: unknown): LibraryError {
  const code = errorCode(error);
  const reason =
    code === 'ENOSPC' || code === 'SQLITE_FULL'
      ? libraryMessages.backupReasons.full
      : code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')
        ? libraryMessages.backupReasons.readOnly
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? libraryMessages.backupReasons.inTheWay
          : code || String(error);
  return new LibraryError('LIBRARY_UNAVAILABLE', libraryMessages.backupNotWritten(dir, reason), { cause: error });
}

/** Keeps the newest 7 daily and 4 weekly backups (and a bounded number of the others). */
export function pruneBackups(libraryPath: string): void {
  const byKind = new Map<BackupKind, BackupInfo[]>();
  for (const backup of listBackups(libraryPath)) byKind.set(backup.kind, [...(byKind.get(backup.kind) ?? []), backup]);
  for (const [kind, backups] of byKind) for (const old of backups.slice(KEEP[kind])) rmSync(old.path, { force: true });
}

/**
 * The automatic schedule: one daily backup per calendar day and one weekly backup per seven days.
 * Returns what it made (nothing when today's backups exist).
 */
export async function runScheduledBackups(library: Library, now = new Date(), tasks: BackupTasks = ownTasks(library)): Promise<BackupInfo[]> {
  const backups = listBackups(library.path);
  const made: BackupInfo[] = [];
  // A library that holds nothing of the user's is never backed up over backups that may hold it.
  if (backups.length > 0 && !holdsUserContent(library)) return made;
  const today = now.toISOString().slice(0, 10);
  if (!backups.some((b) => b.kind === 'daily' && b.createdAt.slice(0, 10) === today)) {
    made.push(await createBackup(library, 'daily', now, tasks));
  }
  const lastWeekly = backups.find((b) => b.kind === 'weekly');
  const dayNumber = (ms: number) => Math.floor(ms / (24 * 3600 * 1000));
  if (!lastWeekly || dayNumber(now.getTime()) - dayNumber(Date.parse(lastWeekly.createdAt)) >= 7) {
    made.push(await createBackup(library, 'weekly', new Date(now.getTime() + 1), tasks));
  }
  return made;
}

/** Whether the library holds anything the user made or imported (the built-in seed aside). */
function holdsUserContent(library: Library): boolean {
  const any = (sql: string) => library.db.prepare(sql).get() !== undefined;
  return any('SELECT 1 FROM paragraphs LIMIT 1') || any('SELECT 1 FROM sources LIMIT 1') || any('SELECT 1 FROM drafts LIMIT 1');
}

/** Removes a library file with its WAL files (recovery keeps a copy aside first). */
export function removeLibraryFile(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

/** Copies a library file (and its WAL files) aside, leaving it in place; returns where the copy is. */
export function copyAside(path: string, label: string, now = new Date()): string {
  const aside = join(dirname(path), `${basename(path, '.sqlite')}-${label}-${stamp(now)}.sqlite`);
  copyFileSync(path, aside);
  for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) copyFileSync(path + suffix, aside + suffix);
  return aside;
}

/**
 * Replaces the (closed) library file with a verified backup. The current file is kept as a
 * `before-restore` backup first, so a restore can itself be undone.
 */
export function restoreBackup(
  libraryPath: string,
  backupPath: string,
  { now = new Date(), nativeBinding }: { now?: Date; nativeBinding?: string | undefined } = {},
): { previous: string | null } {
  if (!isIntactLibrary(backupPath, nativeBinding)) throw new LibraryError('LIBRARY_CORRUPT', libraryMessages.backupDamaged(backupPath));
  let previous: string | null = null;
  if (existsSync(libraryPath)) {
    mkdirSync(backupsDir(libraryPath), { recursive: true });
    previous = join(backupsDir(libraryPath), backupName(libraryPath, now, 'before-restore'));
    try {
      const db = openConnection(libraryPath, { fileMustExist: true, nativeBinding });
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        db.close();
      }
    } catch (error) {
      // A damaged file may refuse a checkpoint; it is copied as it is. A missing addon is no damage.
      if (error instanceof LibraryError) throw error;
    }
    copyFileSync(libraryPath, previous);
    removeLibraryFile(libraryPath);
  }
  copyFileSync(backupPath, `${libraryPath}.restoring`);
  renameSync(`${libraryPath}.restoring`, libraryPath);
  pruneBackups(libraryPath);
  return { previous };
}
