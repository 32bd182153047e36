import { closeSync, existsSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { copyAside, isIntactLibrary, listBackups, removeBackupLeftovers, removeLibraryFile, restoreBackup } from './backup';
import { openConnection } from './connection';
import { mergeSalvagedDraft } from './drafts';
import { readableDrafts } from './salvage';
import { LibraryError } from './errors';
import { libraryMessages } from './messages';
import { integrityProblems, openLibrary, paragraphTableProblems, type Library, type OpenLibraryOptions } from './open';

export interface Recovery {
  message: string;
  damagedMovedTo: string;
  restoredFrom: string | null;
}

/** Left beside a library whose background check failed, so the next start recovers it. */
export const damagedMarker = (path: string) => `${path}.damaged`;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** What is at the library's path before it is opened. */
function fileState(path: string): 'missing' | 'empty' | 'foreign' | 'sqlite' | 'unreadable' {
  if (!existsSync(path)) return 'missing';
  const stat = statSync(path);
  // A folder or a device in the way: opening says what is wrong, in Chinese, without touching it.
  if (!stat.isFile()) return 'unreadable';
  if (stat.size === 0) return 'empty';
  const head = Buffer.alloc(SQLITE_HEADER.length);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return 'unreadable';
  }
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head.equals(SQLITE_HEADER) ? 'sqlite' : 'foreign';
}

/**
 * Opens the library; if it is damaged (now, or as found by an earlier background check), copies the
 * damaged file aside, repairs it in place when it can, and otherwise restores the newest backup that passes the integrity check (or starts an empty
 * library when there is none) and says what happened. A library file that is empty or gone while
 * good backups exist is damage too. A file that is not an SQLite database at all (a report passed as
 * `--db`) is no library: it is refused and left exactly as it is.
 */
export function openLibraryWithRecovery(
  path: string,
  options: OpenLibraryOptions = {},
): { library: Library; recovery: Recovery | null } {
  const state = fileState(path);
  // Not an SQLite file: a report passed as --db is refused untouched; the library's own file with its
  // backups beside it is a library whose first page is damaged.
  if (state === 'foreign' && listBackups(path).length === 0) throw new LibraryError('LIBRARY_UNAVAILABLE', libraryMessages.notALibrary(path));
  removeBackupLeftovers(path);
  const lost = (state === 'missing' || state === 'empty') && listBackups(path).length > 0;
  const markedDamaged = lost || state === 'foreign' || existsSync(damagedMarker(path));
  if (!markedDamaged) {
    try {
      return { library: openLibrary(path, options), recovery: null };
    } catch (error) {
      if (!(error instanceof LibraryError) || error.code !== 'LIBRARY_CORRUPT') throw error;
    }
  }
  // Whatever happens next, the file as it was is kept beside the library for the user.
  const damagedMovedTo = existsSync(path) ? copyAside(path, state === 'empty' ? 'empty' : 'damaged') : path;
  if (!lost && state !== 'foreign' && repairedInPlace(path, options)) {
    rmSync(damagedMarker(path), { force: true });
    const library = openLibrary(path, options);
    return { library, recovery: { damagedMovedTo, restoredFrom: null, message: libraryMessages.repaired(damagedMovedTo) } };
  }
  removeLibraryFile(path);
  rmSync(damagedMarker(path), { force: true });
  const good = listBackups(path).find((backup) => isIntactLibrary(backup.path, options.nativeBinding));
  if (good) restoreBackup(path, good.path, { nativeBinding: options.nativeBinding });
  const library = openLibrary(path, options);
  // The drafts typed since that backup are read back from the damaged copy wherever its pages allow.
  const drafts = lost ? 0 : salvageDrafts(damagedMovedTo, library);
  const message = !good
    ? libraryMessages.recreated(damagedMovedTo, drafts)
    : lost
      ? libraryMessages.lostRecovered(path, good.path)
      : libraryMessages.recovered(damagedMovedTo, good.path, drafts);
  return { library, recovery: { damagedMovedTo, restoredFrom: good?.path ?? null, message } };
}

function salvageDrafts(damagedCopy: string, library: Library): number {
  let merged = 0;
  for (const draft of readableDrafts(damagedCopy, library.nativeBinding)) if (mergeSalvagedDraft(library.db, draft)) merged++;
  return merged;
}

/**
 * Repair before restore: a damaged index holds nothing of the user's, so SQLite rebuilds it
 * (REINDEX) and every change since the last backup stays. Whether the file then passes the full
 * integrity check; when it does not, the caller restores a backup.
 */
function repairedInPlace(path: string, options: OpenLibraryOptions): boolean {
  if (!existsSync(path)) return false;
  let db;
  try {
    db = openConnection(path, { nativeBinding: options.nativeBinding });
    db.exec('REINDEX');
    const intact = integrityProblems(db).length === 0;
    db.pragma('wal_checkpoint(TRUNCATE)');
    return intact;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/**
 * The full integrity check the app runs after start-up. A failure leaves a marker so the next start
 * recovers from the newest good backup; the caller tells the user now.
 */
export function checkIntegrity(library: Library, scope: 'full' | 'paragraphs' = 'full'): { ok: boolean; problems: string[] } {
  let problems: string[];
  try {
    problems = scope === 'full' ? integrityProblems(library.db) : paragraphTableProblems(library.db);
  } catch (error) {
    // Damage bad enough stops the check itself (SQLITE_CORRUPT): that is its answer.
    problems = [error instanceof Error ? error.message : String(error)];
  }
  if (problems.length > 0) writeFileSync(damagedMarker(library.path), problems.slice(0, 20).join('\n'));
  return { ok: problems.length === 0, problems };
}
