import type { Migration } from './migration';

/**
 * Imported reports: their sources, the clean paragraphs harvested from them (one row per distinct
 * paragraph, linked to every source it came from), skeletons extracted from them, and mined phrases.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'import',
  up: (db) => {
    db.exec(`
      CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('txt', 'docx', 'paste', 'pack')),
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT,
        year INTEGER,
        issuer TEXT,
        encoding TEXT,
        removed_count INTEGER NOT NULL DEFAULT 0,
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE paragraphs (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL CHECK (length(text) > 0),
        norm_hash TEXT NOT NULL UNIQUE,
        section TEXT NOT NULL CHECK (section IN ('work', 'problems', 'plans', 'other')),
        heading_path TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(heading_path)),
        placeholders TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(placeholders)),
        placeholder_count INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE paragraph_sources (
        paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (paragraph_id, source_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX paragraph_sources_by_source ON paragraph_sources(source_id, position);

      ALTER TABLE skeletons ADD COLUMN source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL;
      ALTER TABLE phrases ADD COLUMN mined INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE phrases ADD COLUMN frequency INTEGER NOT NULL DEFAULT 0;
    `);
  },
};
