import type { Migration } from './migration';

/**
 * Curation columns on paragraphs, and the Chinese full-text index: an FTS5 table holding each live
 * paragraph's unigrams and bigrams (see shared/search/query.ts), contentless so the text is stored
 * once, kept in sync by triggers that call `wengao_grams` (registered on every connection). Trashed
 * paragraphs (deleted_at set) leave the index and come back when restored.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'search',
  up: (db) => {
    db.exec(`
      ALTER TABLE paragraphs ADD COLUMN favorite INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE paragraphs ADD COLUMN use_count INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE paragraphs ADD COLUMN last_used_at TEXT;
      ALTER TABLE paragraphs ADD COLUMN tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags));
      ALTER TABLE paragraphs ADD COLUMN note TEXT NOT NULL DEFAULT '';
      ALTER TABLE paragraphs ADD COLUMN deleted_at TEXT;
      CREATE INDEX paragraphs_by_priority ON paragraphs(favorite DESC, use_count DESC, updated_at DESC) WHERE deleted_at IS NULL;
      CREATE INDEX paragraphs_trash ON paragraphs(deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE paragraph_fts USING fts5(uni, bi, content='', columnsize=0, tokenize='ascii');

      CREATE TRIGGER paragraph_fts_insert AFTER INSERT ON paragraphs WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO paragraph_fts(rowid, uni, bi) VALUES (new.id, wengao_grams(new.text, 1), wengao_grams(new.text, 2));
      END;
      CREATE TRIGGER paragraph_fts_delete AFTER DELETE ON paragraphs WHEN old.deleted_at IS NULL BEGIN
        INSERT INTO paragraph_fts(paragraph_fts, rowid, uni, bi)
          VALUES ('delete', old.id, wengao_grams(old.text, 1), wengao_grams(old.text, 2));
      END;
      CREATE TRIGGER paragraph_fts_update AFTER UPDATE OF text, deleted_at ON paragraphs BEGIN
        INSERT INTO paragraph_fts(paragraph_fts, rowid, uni, bi)
          SELECT 'delete', old.id, wengao_grams(old.text, 1), wengao_grams(old.text, 2) WHERE old.deleted_at IS NULL;
        INSERT INTO paragraph_fts(rowid, uni, bi)
          SELECT new.id, wengao_grams(new.text, 1), wengao_grams(new.text, 2) WHERE new.deleted_at IS NULL;
      END;

      INSERT INTO paragraph_fts(rowid, uni, bi)
        SELECT id, wengao_grams(text, 1), wengao_grams(text, 2) FROM paragraphs WHERE deleted_at IS NULL;
    `);
  },
};
