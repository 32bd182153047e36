import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { isIntactLibrary, listBackups, moveAside, restoreBackup } from './backup';
import { LibraryError } from './errors';
import { libraryMessages } from './messages';
import { integrityProblems, openLibrary, type Library, type OpenLibraryOptions } from './open';

export interface Recovery {
  message: string;
  damagedMovedTo: string;
  restoredFrom: string | null;
}

/** Left beside a library whose background check failed, so the next start recovers it. */
export const damagedMarker = (path: string) => `${path}.damaged`;

/**
 * Opens the library; if it is damaged (now, or as found by an earlier background check), moves the
 * damaged file aside, restores the newest backup that passes the integrity check (or starts an empty
 * library when there is none) and says what happened.
 */
export function openLibraryWithRecovery(
  path: string,
  options: OpenLibraryOptions = {},
): { library: Library; recovery: Recovery | null } {
  const markedDamaged = existsSync(damagedMarker(path));
  if (!markedDamaged) {
    try {
      return { library: openLibrary(path, options), recovery: null };
    } catch (error) {
      if (!(error instanceof LibraryError) || error.code !== 'LIBRARY_CORRUPT') throw error;
    }
  }
  const damagedMovedTo = existsSync(path) ? moveAside(path, 'damaged') : path;
  rmSync(damagedMarker(path), { force: true });
  const good = listBackups(path).find((backup) => isIntactLibrary(backup.path, options.nativeBinding));
  if (good) restoreBackup(path, good.path, { nativeBinding: options.nativeBinding });
  const library = openLibrary(path, options);
  return {
    library,
    recovery: {
      damagedMovedTo,
      restoredFrom: good?.path ?? null,
      message: good ? libraryMessages.recovered(damagedMovedTo, good.path) : libraryMessages.recreated(damagedMovedTo),
    },
  };
}

/**
 * The full integrity check the app runs after start-up. A failure leaves a marker so the next start
 * recovers from the newest good backup; the caller tells the user now.
 */
export function checkIntegrity(library: Library): { ok: boolean; problems: string[] } {
  const problems = integrityProblems(library.db);
  if (problems.length > 0) writeFileSync(damagedMarker(library.path), problems.slice(0, 20).join('\n'));
  return { ok: problems.length === 0, problems };
}
