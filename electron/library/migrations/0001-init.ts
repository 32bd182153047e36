import type { Migration } from './migration';

/** Phrases with categories, skeletons, drafts, and a key/value meta table (seed version). */
export const migration0001: Migration = {
  version: 1,
  name: 'init',
  up: (db) => {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE phrase_categories (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        builtin INTEGER NOT NULL DEFAULT 0,
        sort INTEGER NOT NULL DEFAULT 0,
        seed_key TEXT UNIQUE
      ) STRICT;

      CREATE TABLE phrases (
        id INTEGER PRIMARY KEY,
        category_id INTEGER NOT NULL REFERENCES phrase_categories(id) ON DELETE CASCADE,
        text TEXT NOT NULL CHECK (length(text) > 0),
        builtin INTEGER NOT NULL DEFAULT 0,
        sort INTEGER NOT NULL DEFAULT 0,
        seed_key TEXT UNIQUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (category_id, text)
      ) STRICT;
      CREATE INDEX phrases_by_category ON phrases(category_id, sort);

      CREATE TABLE skeletons (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        doc_type TEXT NOT NULL,
        builtin INTEGER NOT NULL DEFAULT 0,
        headings TEXT NOT NULL CHECK (json_valid(headings)),
        seed_key TEXT UNIQUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        content TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX drafts_by_updated ON drafts(updated_at);
    `);
  },
};
