import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { LibraryError, toOpenError } from './errors';
import { libraryMessages } from './messages';
import { migrate } from './migrate';
import { registerSearchFunctions } from './searchFunctions';
import { seedLibrary, type SeedReport } from './seed';

export interface Library {
  readonly path: string;
  readonly db: Database.Database;
  /** What the last open added from the built-in seed (nothing on an ordinary restart). */
  readonly seeded: SeedReport;
  close(): void;
}

export interface OpenLibraryOptions {
  /** The Electron build of better-sqlite3; Node uses the build npm put in node_modules. */
  nativeBinding?: string;
  now?: string;
}

/**
 * The one place that opens the library: creates the folder, checks integrity, migrates and seeds.
 * Any failure becomes a LibraryError whose message tells the user what to do.
 */
export function openLibrary(file: string, options: OpenLibraryOptions = {}): Library {
  let db: Database.Database | undefined;
  try {
    mkdirSync(dirname(file), { recursive: true });
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // WAL with NORMAL sync never corrupts the file; a power cut can only lose the last commits.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 3000');
    registerSearchFunctions(db);
    assertIntact(db, file);
    migrate(db, file);
    const seeded = seedLibrary(db, undefined, options.now);
    const opened = db;
    return { path: file, db: opened, seeded, close: () => opened.close() };
  } catch (error) {
    db?.close();
    throw toOpenError(file, error);
  }
}

export function integrityProblems(db: Database.Database): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).filter((line) => line !== 'ok');
}

function assertIntact(db: Database.Database, file: string): void {
  const problems = integrityProblems(db);
  if (problems.length > 0) {
    throw new LibraryError('LIBRARY_CORRUPT', libraryMessages.integrity(file, problems.slice(0, 3).join('；')));
  }
}
