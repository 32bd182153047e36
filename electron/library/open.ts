import type Database from 'better-sqlite3';
import { accessSync, constants, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { openConnection } from './connection';
import { errorCode, LibraryError, toOpenError } from './errors';
import { libraryMessages } from './messages';
import { migrate, schemaVersion } from './migrate';
import { readMeta } from './meta';
import { LATEST_SCHEMA_VERSION } from './migrations';
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
  /**
   * Set when the file (or its folder, or the disk) takes no writes: the library was opened for reading
   * only, and every write is refused with libraryMessages.readOnly.
   */
  readonly readOnly: boolean;
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

const smallTables = ['meta', 'phrase_categories', 'phrases', 'skeletons', 'drafts', 'draft_versions', 'sources', 'paragraph_sources', 'check_rules'];

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
    // Before anything writes to it (WAL mode is a write): someone's own database is no library.
    assertLibraryOrEmpty(db, file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // WAL with NORMAL sync never corrupts the file; a power cut can only lose the last commits.
    db.pragma('synchronous = NORMAL');
    assertIntact(db, file, options.integrity ?? 'full');
    // migrate registers the search functions (its index triggers call them) before anything else runs.
    migrate(db, file);
    const seeded = seedLibrary(db, undefined, options.now);
    const opened = db;
    return { path: file, db: opened, seeded, nativeBinding: options.nativeBinding, readOnly: false, close: () => opened.close() };
  } catch (error) {
    db?.close();
    if (takesNoWrites(file, error)) return openReadOnly(file, options);
    throw toOpenError(file, error);
  }
}

/**
 * A library, or an empty database to make one in. Any other SQLite database (someone's own, passed as
 * `--db`) would be migrated into a library: it is refused, untouched.
 */
function assertLibraryOrEmpty(db: Database.Database, file: string): void {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  if (tables.length === 0) return;
  if (schemaVersion(db) > 0 && tables.includes('meta')) return;
  throw new LibraryError('LIBRARY_UNAVAILABLE', libraryMessages.foreignDatabase(file));
}

/** The file is there and readable, but it, its folder or the disk takes no writes. */
function takesNoWrites(file: string, error: unknown): boolean {
  const code = errorCode(error);
  if (!(code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'EROFS' || code === 'EACCES')) return false;
  try {
    accessSync(file, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A library that takes no writes is opened for reading: searching, reading drafts and exporting still
 * work, and each write is refused with a message saying why. Where SQLite cannot even open the file in
 * place (a WAL library on a read-only disk has no -shm to create), a copy in memory is read instead.
 */
function openReadOnly(file: string, options: OpenLibraryOptions): Library {
  const { nativeBinding } = options;
  const prepared = (db: Database.Database): Library => {
    try {
      db.pragma('query_only = ON');
      registerSearchFunctions(db);
      assertIntact(db, file, options.integrity ?? 'full');
      if (schemaVersion(db) !== LATEST_SCHEMA_VERSION) throw new LibraryError('LIBRARY_UNAVAILABLE', libraryMessages.readOnlyOutdated(file));
      const recorded = Number(readMeta(db, 'seed_version') ?? '0');
      const seeded: SeedReport = { from: recorded, to: recorded, phrases: 0, skeletons: 0, rules: 0 };
      return { path: file, db, seeded, nativeBinding, readOnly: true, close: () => db.close() };
    } catch (error) {
      db.close();
      throw error;
    }
  };
  try {
    try {
      return prepared(openConnection(file, { nativeBinding, readonly: true, fileMustExist: true }));
    } catch (error) {
      if (!errorCode(error).startsWith('SQLITE_CANTOPEN')) throw error;
      const bytes = readFileSync(file);
      // The header's WAL mark (bytes 18 and 19) would send the copy looking for a -shm too: read it as a rollback-journal file.
      bytes[18] = 1;
      bytes[19] = 1;
      return prepared(openConnection(bytes, { nativeBinding }));
    }
  } catch (error) {
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

/**
 * The paragraphs table and its indexes, by SQLite's quick check: about 130 ms on 100,000 paragraphs
 * (`wengao bench search`), too slow for the open itself, so the app runs it the moment it has started.
 */
export function paragraphTableProblems(db: Database.Database): string[] {
  const rows = db.pragma('quick_check(paragraphs)') as { quick_check: string }[];
  return rows.map((r) => r.quick_check).filter((line) => line !== 'ok');
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
