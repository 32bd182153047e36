import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchRequest, SearchResult } from '../../shared/ipc/search';
import { bm25, type Bm25Stats } from '../../shared/search/bm25';
import { statement } from './statements';
import { ftsExpression, matchesQuery, normaliseForSearch, queryTerms, snippetOf } from '../../shared/search/query';

/**
 * Relevance (bm25) is computed over the newest RANK_WINDOW hits plus every favourite hit; older hits
 * of a very broad query follow newest first. A query with fewer hits is ranked exactly.
 */
export const RANK_WINDOW = 200;

interface Row {
  id: number;
  text: string;
  part: SearchHit['part'];
  favorite: number;
  useCount: number;
  tags: string;
  placeholderCount: number;
  source: string | null;
  year: number | null;
}

const columns = `p.id, p.text, p.part, p.favorite, p.use_count AS useCount, p.tags, p.placeholder_count AS placeholderCount,
  coalesce(s.title, s.file_name) AS source, s.year AS year`;
/** The first report a paragraph came from. */
const firstSource = `LEFT JOIN sources s ON s.id = (SELECT min(ps.source_id) FROM paragraph_sources ps WHERE ps.paragraph_id = p.id)`;

const filterSql = `p.deleted_at IS NULL
  AND (:part IS NULL OR p.part = :part)
  AND (:favorite = 0 OR p.favorite = 1)
  AND (:tag IS NULL OR EXISTS (SELECT 1 FROM json_each(p.tags) WHERE value = :tag))
  AND (:year IS NULL OR EXISTS (SELECT 1 FROM paragraph_sources ps JOIN sources s ON s.id = ps.source_id
                                 WHERE ps.paragraph_id = p.id AND s.year = :year))`;

const priority = 'p.favorite DESC, p.use_count DESC, p.updated_at DESC, p.id DESC';

interface Candidate {
  id: number;
  text: string;
  favorite: number;
  useCount: number;
  updatedAt: string;
}

type Params = { part: string | null; favorite: number; tag: string | null; year: number | null };

/** Whether one paragraph passes the filters (only favourites outside the recent window need this). */
function passes(db: Database, id: number, params: Params, filtered: boolean): boolean {
  if (!filtered) return true;
  return statement(db, `SELECT 1 FROM paragraphs p WHERE p.id = :id AND ${filterSql}`).get({ ...params, id }) !== undefined;
}

interface LibraryStats {
  documents: number;
  averageLength: number;
  /** The newest thousand paragraphs, normalised: to estimate how common each term is. */
  sample: string[];
  at: number;
}

const libraryStats = new WeakMap<Database, LibraryStats>();

/**
 * Library-wide numbers for bm25, refreshed at most once a minute: the paragraph count, and a sample
 * of the newest thousand paragraphs for the average length and each term's document frequency. A
 * single term's frequency is exact (its hit count); with several terms, only their relative weight
 * matters and the sample estimates it well.
 */
function statsFor(db: Database, terms: readonly string[], total: number): Bm25Stats {
  let stats = libraryStats.get(db);
  if (!stats || Date.now() - stats.at > 60_000) {
    const documents = (statement(db, 'SELECT count(*) AS n FROM paragraphs WHERE deleted_at IS NULL').get() as { n: number }).n;
    const sample = statement<[], { text: string }>(db, 'SELECT text FROM paragraphs WHERE deleted_at IS NULL ORDER BY id DESC LIMIT 1000')
      .all()
      .map((row) => normaliseForSearch(row.text));
    const averageLength = sample.reduce((n, t) => n + t.length, 0) / Math.max(1, sample.length);
    stats = { documents, averageLength, sample, at: Date.now() };
    libraryStats.set(db, stats);
  }
  const { documents, sample } = stats;
  const documentFrequency =
    terms.length === 1
      ? [total]
      : terms.map((term) => Math.max(total, Math.round((sample.filter((t) => t.includes(term)).length / Math.max(1, sample.length)) * documents)));
  return { documents: Math.max(documents, total), averageLength: stats.averageLength, documentFrequency };
}

function toHit(row: Row, terms: readonly string[]): SearchHit {
  return {
    id: row.id,
    text: row.text,
    part: row.part,
    source: row.source,
    year: row.year,
    favorite: row.favorite === 1,
    useCount: row.useCount,
    tags: JSON.parse(row.tags) as string[],
    placeholderCount: row.placeholderCount,
    snippet: snippetOf(row.text, terms),
  };
}

export function searchParagraphs(db: Database, request: SearchRequest): SearchResult {
  const terms = queryTerms(request.query);
  const limit = request.limit === 0 ? -1 : (request.limit ?? 50);
  const offset = request.offset ?? 0;
  const params = {
    part: request.part ?? null,
    favorite: request.favorite ? 1 : 0,
    tag: request.tag ?? null,
    year: request.year ?? null,
  };
  const filtered = params.part !== null || params.favorite === 1 || params.tag !== null || params.year !== null;

  if (terms.length === 0) {
    const total = (statement(db, `SELECT count(*) AS n FROM paragraphs p WHERE ${filterSql}`).get(params) as { n: number }).n;
    const rows = statement<unknown[], Row>(db, `SELECT ${columns} FROM paragraphs p ${firstSource} WHERE ${filterSql} ORDER BY ${priority} LIMIT :limit OFFSET :offset`)
      .all({ ...params, limit, offset });
    return { total, hits: rows.map((r) => toHit(r, terms)) };
  }

  const expr = ftsExpression(terms);
  const all = { ...params, expr };
  // The newest RANK_WINDOW hits, fetched first: when there are fewer, they are all the hits.
  const recent = (
    filtered
      ? statement<unknown[], Candidate>(
          db,
          `SELECT p.id, p.text, p.favorite, p.use_count AS useCount, p.updated_at AS updatedAt
             FROM paragraph_fts f JOIN paragraphs p ON p.id = f.rowid
            WHERE f.paragraph_fts MATCH :expr AND ${filterSql} ORDER BY f.rowid DESC LIMIT :window`,
        ).all({ ...all, window: RANK_WINDOW })
      : statement<unknown[], Candidate>(
          db,
          `SELECT p.id, p.text, p.favorite, p.use_count AS useCount, p.updated_at AS updatedAt
             FROM paragraph_fts f JOIN paragraphs p ON p.id = f.rowid
            WHERE f.paragraph_fts MATCH :expr ORDER BY f.rowid DESC LIMIT :window`,
        ).all({ expr, window: RANK_WINDOW })
  );
  const total =
    recent.length < RANK_WINDOW
      ? recent.length
      : filtered
        ? (statement(db, `SELECT count(*) AS n FROM paragraph_fts f JOIN paragraphs p ON p.id = f.rowid WHERE f.paragraph_fts MATCH :expr AND ${filterSql}`).get(all) as { n: number }).n
        : (statement(db, 'SELECT count(*) AS n FROM paragraph_fts WHERE paragraph_fts MATCH :expr').get({ expr }) as { n: number }).n;
  if (total === 0 || (limit !== -1 && offset >= total)) return { total, hits: [] };

  // Ranked head: those hits and every favourite hit, by bm25 then priority.
  const inWindow = new Set(recent.map((c) => c.id));
  const favourites = statement<[], Candidate>(
    db,
    `SELECT p.id, p.text, p.favorite, p.use_count AS useCount, p.updated_at AS updatedAt FROM paragraphs p
      WHERE p.favorite = 1 AND p.deleted_at IS NULL`,
  )
    .all()
    .filter((c) => !inWindow.has(c.id) && matchesQuery(c.text, terms) && passes(db, c.id, params, filtered));
  const candidates = [...recent, ...favourites];
  const stats = statsFor(db, terms, total);
  const head = candidates
    .map((c) => ({ ...c, score: bm25(normaliseForSearch(c.text), terms, stats) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.favorite - a.favorite ||
        b.useCount - a.useCount ||
        b.updatedAt.localeCompare(a.updatedAt) ||
        b.id - a.id,
    );

  const wanted = limit === -1 ? Infinity : offset + limit;
  const ids = head.slice(offset, wanted).map((row) => row.id);
  if (wanted > head.length && total > head.length) {
    // Older hits of a broad query follow, newest first.
    // Every non-favourite in the head came from the recent window, so older hits start below them.
    const oldest = head.reduce((min, row) => (row.favorite === 0 && row.id < min ? row.id : min), Number.MAX_SAFE_INTEGER);
    const tail = statement<unknown[], { id: number }>(db, 
        `SELECT f.rowid AS id FROM paragraph_fts f JOIN paragraphs p ON p.id = f.rowid
          WHERE f.paragraph_fts MATCH :expr AND f.rowid < :oldest AND p.favorite = 0 AND ${filterSql}
          ORDER BY f.rowid DESC LIMIT :limit OFFSET :offset`,
      )
      .all({
        ...all,
        oldest,
        limit: limit === -1 ? -1 : wanted - Math.max(offset, head.length),
        offset: Math.max(0, offset - head.length),
      });
    ids.push(...tail.map((row) => row.id));
  }
  return { total, hits: rowsFor(db, ids).map((r) => toHit(r, terms)) };
}

/** Full rows for one page of ids, in the given order. */
function rowsFor(db: Database, ids: readonly number[]): Row[] {
  if (ids.length === 0) return [];
  const rows = statement<[string], Row>(db, `SELECT ${columns} FROM paragraphs p ${firstSource} WHERE p.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is Row => r !== undefined);
}

/**
 * Merges the full-text index's segments (FTS5 'optimize'): after a bulk load, searches read one
 * segment instead of many. Triggers keep the index in step with paragraphs; this only compacts it.
 */
export function optimizeSearchIndex(db: Database): void {
  db.exec("INSERT INTO paragraph_fts(paragraph_fts) VALUES ('optimize')");
}
