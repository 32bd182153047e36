import type { Migration } from './migration';

/** Drafts get a trash and versions: automatic every 10 minutes of editing, and saved by the user. */
export const migration0004: Migration = {
  version: 4,
  name: 'drafts',
  up: (db) => {
    db.exec(`
      ALTER TABLE drafts ADD COLUMN deleted_at TEXT;

      CREATE TABLE draft_versions (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('auto', 'manual', 'before-restore')),
        content TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX draft_versions_by_draft ON draft_versions(draft_id, created_at);
    `);
  },
};
