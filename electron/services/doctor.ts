import type { LibraryInfo } from '../../shared/ipc/library';
import { LibraryError } from '../library/errors';
import { libraryInfo } from '../library/info';
import { LATEST_SCHEMA_VERSION } from '../library/migrations';
import { integrityProblems } from '../library/open';
import { openLibraryWithRecovery } from '../library/recover';

export interface DoctorReport {
  healthy: boolean;
  path: string;
  integrity: string;
  latestSchemaVersion: number;
  info?: LibraryInfo;
  /** What opening it recovered (a backup restored, an index rebuilt), as the app would have. */
  recovery?: string;
  error?: { code: string; message: string };
}

/**
 * `wengao doctor`: opens the library as the app does — a damaged, empty or missing library with good
 * backups is recovered, never replaced by a new empty one — and reports its health and what was recovered.
 */
export function runDoctor(path: string, nativeBinding?: string): DoctorReport {
  try {
    const { library, recovery } = openLibraryWithRecovery(path, { nativeBinding });
    try {
      const problems = integrityProblems(library.db);
      return {
        healthy: problems.length === 0,
        path,
        integrity: problems.length === 0 ? 'ok' : problems.join('; '),
        latestSchemaVersion: LATEST_SCHEMA_VERSION,
        info: libraryInfo(library),
        ...(recovery ? { recovery: recovery.message } : {}),
      };
    } finally {
      library.close();
    }
  } catch (error) {
    if (!(error instanceof LibraryError)) throw error;
    return {
      healthy: false,
      path,
      integrity: 'failed',
      latestSchemaVersion: LATEST_SCHEMA_VERSION,
      error: { code: error.code, message: error.message },
    };
  }
}

