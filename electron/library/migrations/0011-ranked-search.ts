import type { Migration } from './migration';

/** A paragraphs row's key in the search index (shared/search/rank.ts, rankKey). */
const key = (p: string) => `wengao_key(${p}.text, ${p}.favorite, ${p}.use_count, ${p}.id)`;

/** The values of one paragraph's row in the search index, for `p` a paragraphs row. */
const values = `${key('p')}, wengao_grams(p.text, 1), wengao_grams(p.text, 2), wengao_repeats(p.text),
  wengao_facets(p.id, p.text, p.part, p.favorite,
    (SELECT group_concat(s.id || ':' || coalesce(s.year, '') || ':' || s.origin, ',')
       FROM paragraph_sources ps JOIN sources s ON s.id = ps.source_id WHERE ps.paragraph_id = p.id))`;

const insertLive = (where: string) => `
  INSERT INTO paragraph_fts(rowid, uni, bi, imp, facet) SELECT ${values} FROM paragraphs p WHERE ${where} AND p.deleted_at IS NULL;`;

/**
 * Deletes and re-adds the live paragraph `id` (its sources changed). The key is compared with `=`:
 * FTS5 looks up one rowid, where `rowid IN (…)` would scan the whole index.
 */
const reindex = (id: string) => `
  DELETE FROM paragraph_fts WHERE rowid = (SELECT ${key('p')} FROM paragraphs p WHERE p.id = ${id} AND p.deleted_at IS NULL);
  ${insertLive(`p.id = ${id}`)}`;

/**
 * A link added: the paragraph is indexed again with its new report, or indexed for the first time
 * when the writer held it back for this link (wengao_was_indexed, called exactly once).
 */
const relink = (id: string) => `
  DELETE FROM paragraph_fts WHERE rowid = (SELECT iif(wengao_was_indexed(p.id), ${key('p')}, NULL) FROM paragraphs p WHERE p.id = ${id} AND p.deleted_at IS NULL);
  ${insertLive(`p.id = ${id}`)}`;

/**
 * The search index carries what ranking and filters need (shared/search/rank.ts), so every hit is
 * ranked and a filter narrows the index before anything is counted:
 * - the row key is no longer the paragraph id but its rank key: length, favourite, use count and id
 *   packed in 52 bits, so the index lists hits shortest first and ties in the order they are broken;
 * - `uni`, `bi`: unigrams and bigrams as before (the matching rule is unchanged);
 * - `imp`: each character and pair of characters occurring twice or more, with its count bucket;
 * - `facet`: the part, favourite, a length mark, one-in-16 and one-in-256 sample marks, and each
 *   source's id, year and origin.
 * Rows are deleted by key (contentless_delete), so a paragraph is re-indexed when its part,
 * favourite, use count or sources change, without knowing what the row held. `paragraph_stats` keeps
 * the live paragraph count and their total length (characters of the normalised text) for bm25.
 * The old index is rebuilt from the paragraphs table: a library of any age keeps every hit.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'ranked-search',
  up: (db) => {
    db.exec(`
      DROP TRIGGER IF EXISTS paragraph_fts_insert;
      DROP TRIGGER IF EXISTS paragraph_fts_delete;
      DROP TRIGGER IF EXISTS paragraph_fts_update;
      DROP TABLE IF EXISTS paragraph_fts;

      CREATE VIRTUAL TABLE paragraph_fts USING fts5(uni, bi, imp, facet, content='', contentless_delete=1, tokenize='ascii');
      CREATE TABLE paragraph_stats (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        documents INTEGER NOT NULL,
        chars INTEGER NOT NULL
      ) STRICT;
      INSERT INTO paragraph_stats (id, documents, chars)
        SELECT 1, count(*), coalesce(sum(wengao_length(text)), 0) FROM paragraphs WHERE deleted_at IS NULL;

      CREATE TRIGGER paragraph_fts_insert AFTER INSERT ON paragraphs WHEN new.deleted_at IS NULL BEGIN
        ${insertLive('p.id = new.id AND wengao_index_now(new.id)')}
        UPDATE paragraph_stats SET documents = documents + 1, chars = chars + wengao_length(new.text);
      END;
      CREATE TRIGGER paragraph_fts_delete AFTER DELETE ON paragraphs WHEN old.deleted_at IS NULL BEGIN
        DELETE FROM paragraph_fts WHERE rowid = ${key('old')};
        UPDATE paragraph_stats SET documents = documents - 1, chars = chars - wengao_length(old.text);
      END;
      CREATE TRIGGER paragraph_fts_update AFTER UPDATE OF text, deleted_at, part, favorite, use_count ON paragraphs BEGIN
        DELETE FROM paragraph_fts WHERE rowid = ${key('old')} AND old.deleted_at IS NULL;
        ${insertLive('p.id = new.id')}
        UPDATE paragraph_stats SET
          documents = documents - (old.deleted_at IS NULL) + (new.deleted_at IS NULL),
          chars = chars - iif(old.deleted_at IS NULL, wengao_length(old.text), 0) + iif(new.deleted_at IS NULL, wengao_length(new.text), 0);
      END;
      CREATE TRIGGER paragraph_sources_fts_insert AFTER INSERT ON paragraph_sources BEGIN
        ${relink('new.paragraph_id')}
      END;
      CREATE TRIGGER paragraph_sources_fts_delete AFTER DELETE ON paragraph_sources BEGIN
        ${reindex('old.paragraph_id')}
      END;
      -- Rare (a report's year or origin corrected): one pass over the index is acceptable here.
      CREATE TRIGGER sources_fts_update AFTER UPDATE OF year, origin ON sources BEGIN
        DELETE FROM paragraph_fts WHERE rowid IN (SELECT ${key('p')} FROM paragraphs p
          WHERE p.id IN (SELECT paragraph_id FROM paragraph_sources WHERE source_id = new.id) AND p.deleted_at IS NULL);
        ${insertLive('p.id IN (SELECT paragraph_id FROM paragraph_sources WHERE source_id = new.id)')}
      END;

      ${insertLive('1')}
      INSERT INTO paragraph_fts(paragraph_fts) VALUES ('optimize');
    `);
  },
};
