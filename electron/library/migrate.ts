import type { Database } from 'better-sqlite3';
import { LibraryError } from './errors';
import { libraryMessages } from './messages';
import { migrations as allMigrations, LATEST_SCHEMA_VERSION } from './migrations';
import type { Migration } from './migrations/migration';
import { registerSearchFunctions } from './searchFunctions';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema to the latest version, one transaction per migration so a crash leaves the file
 * at the last completed version. Returns the versions applied.
 */
export function migrate(db: Database, file: string, migrations: readonly Migration[] = allMigrations): number[] {
  // Migrations fill the search index, whose triggers call these functions.
  registerSearchFunctions(db);
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? LATEST_SCHEMA_VERSION;
  if (current > latest) {
    throw new LibraryError('LIBRARY_UNAVAILABLE', libraryMessages.tooNew(file, current, latest));
  }
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
    applied.push(migration.version);
  }
  return applied;
}
