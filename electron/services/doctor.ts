import type { LibraryInfo } from '../../shared/ipc/library';
import { LibraryError } from '../library/errors';
import { libraryInfo } from '../library/info';
import { LATEST_SCHEMA_VERSION } from '../library/migrations';
import { integrityProblems, openLibrary } from '../library/open';

export interface DoctorReport {
  healthy: boolean;
  path: string;
  integrity: string;
  latestSchemaVersion: number;
  info?: LibraryInfo;
  error?: { code: string; message: string };
}

/**
 * `wengao doctor`: opens (creating and seeding if needed) the library and reports its health. It only
 * reports: a damaged library is left for the app (or the next command) to recover.
 */
export function runDoctor(path: string, nativeBinding?: string): DoctorReport {
  try {
    const library = openLibrary(path, { nativeBinding });
    try {
      const problems = integrityProblems(library.db);
      return {
        healthy: problems.length === 0,
        path,
        integrity: problems.length === 0 ? 'ok' : problems.join('; '),
        latestSchemaVersion: LATEST_SCHEMA_VERSION,
        info: libraryInfo(library),
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

