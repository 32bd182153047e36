import type Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openConnection } from './connection';
import { LibraryError, toOpenError } from './errors';
import { libraryMessages } from './messages';
import { migrate } from './migrate';
import { registerSearchFunctions } from './searchFunctions';
import { seedLibrary, type SeedReport } from './seed';
import { LOCK_WAIT } from '../../shared/model/limits';

export interface Library {
  readonly path: string;
  readonly db: Database.Database;
  /** What the last open added from the built-in seed (nothing on an ordinary restart). */
  readonly seeded: SeedReport;
  /** The build of better-sqlite3 it was opened with, for every other connection to its files. */
  readonly nativeBinding: string | undefined;
  close(): void;
}

export interface OpenLibraryOptions {
  /** The Electron build of better-sqlite3; Node uses the build npm put in node_modules. */
  nativeBinding?: string | undefined;
  now?: string;
  /**
   * `full` runs SQLite's whole integrity check (the CLI, backups, tests). `fast` checks the schema and
   * the small tables so a large library opens at once; the app then runs the full check in the
   * background (see checkIntegrity).
   */
  integrity?: 'full' | 'fast';
  /** How long SQLite itself blocks on another program's lock (LOCK_WAIT); the CLI's wait by default. */
  busyTimeoutMs?: number;
}

const smallTables = ['meta', 'phrase_categories', 'phrases', 'skeletons', 'drafts', 'sources'];

/**
 * The one place that opens the library: creates the folder, checks integrity, migrates and seeds.
 * Any failure becomes a LibraryError whose message tells the user what to do.
 */
export function openLibrary(file: string, options: OpenLibraryOptions = {}): Library {
  let db: Database.Database | undefined;
  try {
    mkdirSync(dirname(file), { recursive: true });
    db = openConnection(file, { nativeBinding: options.nativeBinding });
    // First, so another process holding the file (the CLI, web mode) makes us wait, not fail. Every
    // write transaction begins IMMEDIATE: in WAL a deferred one that reads and then writes fails at once,
    // without waiting (SQLITE_BUSY_SNAPSHOT), when another program committed in between.
    db.pragma(`busy_timeout = ${Math.max(0, Math.round(options.busyTimeoutMs ?? LOCK_WAIT.cliMs))}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // WAL with NORMAL sync never corrupts the file; a power cut can only lose the last commits.
    db.pragma('synchronous = NORMAL');
    registerSearchFunctions(db);
    assertIntact(db, file, options.integrity ?? 'full');
    migrate(db, file);
    const seeded = seedLibrary(db, undefined, options.now);
    const opened = db;
    return { path: file, db: opened, seeded, nativeBinding: options.nativeBinding, close: () => opened.close() };
  } catch (error) {
    db?.close();
    throw toOpenError(file, error);
  }
}

/** The schema and the small tables: milliseconds, whatever the size of the paragraph library. */
function fastIntegrityProblems(db: Database.Database): string[] {
  const existing = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  return smallTables
    .filter((table) => existing.has(table))
    .flatMap((table) => (db.pragma(`integrity_check(${table})`) as { integrity_check: string }[]).map((r) => r.integrity_check))
    .filter((line) => line !== 'ok');
}

export function integrityProblems(db: Database.Database): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).filter((line) => line !== 'ok');
}

function assertIntact(db: Database.Database, file: string, mode: 'full' | 'fast'): void {
  const problems = mode === 'full' ? integrityProblems(db) : fastIntegrityProblems(db);
  if (problems.length > 0) {
    throw new LibraryError('LIBRARY_CORRUPT', libraryMessages.integrity(file, problems.slice(0, 3).join('；')));
  }
}
