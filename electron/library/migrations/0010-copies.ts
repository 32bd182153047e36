import type { Migration } from './migration';

/**
 * Where imported text comes from, and the index that finds copied sentences. A source is one of the
 * user's own reports or a sample from the web (`origin`; a file the cleaner removed site noise from
 * was most likely downloaded); its whole parsed report is kept, compressed, so a new year's report
 * can continue it (续写). `paragraph_copies` holds each live paragraph's fingerprints
 * (shared/genre/copyText.ts) as tokens of a contentless FTS5 table without positions, the smallest
 * index SQLite has; triggers keep it in step through `wengao_fingerprints`, registered on every
 * connection like `wengao_grams`.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'copies',
  up: (db) => {
    db.exec(`
      ALTER TABLE sources ADD COLUMN origin TEXT NOT NULL DEFAULT 'own' CHECK (origin IN ('own', 'sample'));
      UPDATE sources SET origin = 'sample' WHERE removed_count > 0 AND kind <> 'pack';
      ALTER TABLE sources ADD COLUMN report BLOB;

      CREATE VIRTUAL TABLE paragraph_copies USING fts5(fp, content='', columnsize=0, detail=none, tokenize='ascii');

      CREATE TRIGGER paragraph_copies_insert AFTER INSERT ON paragraphs WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO paragraph_copies(rowid, fp) VALUES (new.id, wengao_fingerprints(new.text));
      END;
      CREATE TRIGGER paragraph_copies_delete AFTER DELETE ON paragraphs WHEN old.deleted_at IS NULL BEGIN
        INSERT INTO paragraph_copies(paragraph_copies, rowid, fp) VALUES ('delete', old.id, wengao_fingerprints(old.text));
      END;
      CREATE TRIGGER paragraph_copies_update AFTER UPDATE OF text, deleted_at ON paragraphs BEGIN
        INSERT INTO paragraph_copies(paragraph_copies, rowid, fp)
          SELECT 'delete', old.id, wengao_fingerprints(old.text) WHERE old.deleted_at IS NULL;
        INSERT INTO paragraph_copies(rowid, fp)
          SELECT new.id, wengao_fingerprints(new.text) WHERE new.deleted_at IS NULL;
      END;

      INSERT INTO paragraph_copies(rowid, fp) SELECT id, wengao_fingerprints(text) FROM paragraphs WHERE deleted_at IS NULL;
    `);
  },
};
