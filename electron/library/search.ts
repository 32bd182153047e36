import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchRequest, SearchResult } from '../../shared/ipc/search';
import { ftsExpression, normaliseForSearch, queryTerms, snippetOf } from '../../shared/search/query';
import {
  bm25,
  decodeRankKey,
  facetToken,
  gramCode,
  hitStreams,
  lengthMark,
  scoreOf,
  termGrams,
  type HitStream,
  longestReaching,
  RANK_KEY,
  SAMPLES,
  streamBound,
  type Bm25Stats,
} from '../../shared/search/rank';
import { statement } from './statements';

/**
 * Every hit is ranked by bm25 (shared/search/rank.ts), then favourites, use count and the newest
 * paragraph. A narrow query has every hit scored from its text. A broad one reads the index's hit
 * streams (one per count bucket of the query's bounding gram), which the index lists shortest first:
 * where the frequency is the same for a whole stream the stream is already in rank order and only
 * its first page is read; any other stream is read in chunks, scored from the text, until its bound
 * falls below the page. The result is the order that scoring every hit gives.
 */
export const SCORE_ALL_UP_TO = 1000;
/** Queries of several terms have every hit scored up to this many. */
export const SCORE_ALL_TERMS_UP_TO = 3000;
/** Hits are counted exactly up to about this many (judged from the index's sample); above it the total is that estimate: counting a long term's hits means matching the phrase in every one of them. */
export const EXACT_COUNT_UP_TO = 3_000;
/** A term's document frequency (for bm25 with several terms) is counted exactly up to this many, estimated above. */
export const DF_EXACT_UP_TO = 10_000;
const CHUNK = 64;

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

/** The filters in SQL, for listing without a query (the index answers them when there is one). */
const filterSql = `p.deleted_at IS NULL
  AND (:part IS NULL OR p.part = :part)
  AND (:favorite = 0 OR p.favorite = 1)
  AND (:tag IS NULL OR EXISTS (SELECT 1 FROM json_each(p.tags) WHERE value = :tag))
  AND (:year IS NULL OR EXISTS (SELECT 1 FROM paragraph_sources ps JOIN sources s ON s.id = ps.source_id
                                 WHERE ps.paragraph_id = p.id AND s.year = :year))
  AND (:source IS NULL OR EXISTS (SELECT 1 FROM paragraph_sources ps WHERE ps.paragraph_id = p.id AND ps.source_id = :source))
  AND (:origin IS NULL OR EXISTS (SELECT 1 FROM paragraph_sources ps JOIN sources s ON s.id = ps.source_id
                                   WHERE ps.paragraph_id = p.id AND s.origin = :origin))`;

const priority = 'p.favorite DESC, p.use_count DESC, p.updated_at DESC, p.id DESC';

/** A hit with its text, as a chunk hands it over. */
interface Candidate {
  key: number;
  text: string;
  tags: string;
}

interface Scored {
  id: number;
  score: number;
  favorite: boolean;
  useCount: number;
}

/** The paragraph id inside an index key (see rankKey). */
const idOfKey = `(4294967295 - (f.rowid & 4294967295))`;

const candidateSql = `SELECT f.rowid AS key, p.text, p.tags FROM paragraph_fts f CROSS JOIN paragraphs p ON p.id = ${idOfKey}
  WHERE f.paragraph_fts MATCH :expr`;
const chunkSql = `${candidateSql} AND f.rowid > :after AND f.rowid < :below ORDER BY f.rowid LIMIT :chunk`;
const probeSql = 'SELECT rowid AS key FROM paragraph_fts WHERE paragraph_fts MATCH :expr LIMIT :n';
/** Hits already found by key: their text, without matching again. */
const candidatesByKeySql = `SELECT k.value AS key, p.text, p.tags FROM json_each(?) k CROSS JOIN paragraphs p ON p.id = 4294967295 - (k.value & 4294967295)`;
const firstKeysSql = 'SELECT rowid AS key FROM paragraph_fts WHERE paragraph_fts MATCH :expr AND rowid < :below ORDER BY rowid LIMIT :need';

/** Best first: relevance, then what the user sees in the row (favourite, use count), then the newest. */
const byRank = (a: Scored, b: Scored) =>
  b.score - a.score || Number(b.favorite) - Number(a.favorite) || b.useCount - a.useCount || b.id - a.id;

/** The index's facet tokens the request's filters ask for (the tag filter is checked on each row). */
function facetTerms(request: SearchRequest): string[] {
  const out: string[] = [];
  if (request.part) out.push(facetToken.part(request.part));
  if (request.favorite) out.push(facetToken.favorite);
  if (request.year !== undefined) out.push(facetToken.year(request.year));
  if (request.source !== undefined) out.push(facetToken.source(request.source));
  if (request.origin) out.push(facetToken.origin(request.origin));
  return out.map((token) => `facet : ${token}`);
}

interface LibraryNumbers {
  documents: number;
  averageLength: number;
}

function libraryNumbers(db: Database): LibraryNumbers {
  const row = statement<[], { documents: number; chars: number }>(db, 'SELECT documents, chars FROM paragraph_stats WHERE id = 1').get();
  const documents = row?.documents ?? 0;
  return { documents, averageLength: documents > 0 ? (row?.chars ?? 0) / documents : 1 };
}

const samples = new WeakMap<Database, { texts: string[]; at: number }>();

/**
 * Hits of an index expression: counted exactly, or estimated from the index's sample when there are
 * more than `exactUpTo` (a term's document frequency for bm25 is counted exactly further, up to
 * DF_EXACT_UP_TO: the ranking of several terms rests on it).
 */
function countHits(db: Database, expr: string, documents: number, exactUpTo = EXACT_COUNT_UP_TO): { total: number; estimated: boolean } {
  const count = (e: string) => (statement(db, 'SELECT count(*) AS n FROM paragraph_fts WHERE paragraph_fts MATCH ?').get(e) as { n: number }).n;
  if (documents <= exactUpTo) return { total: count(expr), estimated: false };
  // About 4,000 marked paragraphs or fewer: the estimate costs a fraction of a count.
  const sample = SAMPLES.find((s) => documents / s.every <= 4_000) ?? SAMPLES[1];
  const predicted = count(`${expr} AND facet : ${sample.token}`) * sample.every;
  if (predicted <= exactUpTo) return { total: count(expr), estimated: false };
  return { total: Math.round(predicted / 100) * 100, estimated: true };
}

/** The newest thousand paragraphs, normalised: which pair of characters of a term is rarest. */
function sample(db: Database): string[] {
  let cached = samples.get(db);
  if (!cached || Date.now() - cached.at > 60_000) {
    const texts = statement<[], { text: string }>(db, 'SELECT text FROM paragraphs WHERE deleted_at IS NULL ORDER BY id DESC LIMIT 1000')
      .all()
      .map((row) => normaliseForSearch(row.text));
    cached = { texts, at: Date.now() };
    samples.set(db, cached);
  }
  return cached.texts;
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
    source: request.source ?? null,
    origin: request.origin ?? null,
  };
  const facets = facetTerms(request);
  const numbers = libraryNumbers(db);

  if (terms.length === 0) {
    // Listing: the count comes from the index's facets (or the library's own count) unless a tag is asked for.
    const counted =
      params.tag !== null
        ? { total: (statement(db, `SELECT count(*) AS n FROM paragraphs p WHERE ${filterSql}`).get(params) as { n: number }).n, estimated: false }
        : facets.length > 0
          ? countHits(db, facets.join(' AND '), numbers.documents)
          : { total: numbers.documents, estimated: false };
    const rows = statement<unknown[], Row>(db, `SELECT ${columns} FROM paragraphs p ${firstSource} WHERE ${filterSql} ORDER BY ${priority} LIMIT :limit OFFSET :offset`)
      .all({ ...params, limit, offset });
    const hits = rows.map((r) => toHit(r, terms));
    return counted.estimated ? { total: counted.total, estimated: true, hits } : { total: counted.total, hits };
  }

  const base = [`(${ftsExpression(terms)})`, ...facets].join(' AND ');
  const tag = request.tag;
  const scoreAllUpTo = terms.length === 1 ? SCORE_ALL_UP_TO : SCORE_ALL_TERMS_UP_TO;
  // A first look at the hits, stopped one past scoreAllUpTo: a narrow query is then read in full, once.
  const probe = statement<[{ expr: string; n: number }], { key: number }>(db, probeSql).all({ expr: base, n: scoreAllUpTo + 1 });
  const narrow = probe.length <= scoreAllUpTo;
  const counted = narrow ? { total: probe.length, estimated: false } : countHits(db, base, numbers.documents);
  const stats: Bm25Stats = {
    documents: Math.max(numbers.documents, counted.total),
    averageLength: numbers.averageLength,
    documentFrequency: terms.length === 1 ? [counted.total] : terms.map((term) => countHits(db, ftsExpression([term]), numbers.documents, DF_EXACT_UP_TO).total),
  };
  const score = (c: Candidate): Scored => {
    const { id, favorite, useCount } = decodeRankKey(c.key);
    return { id, favorite, useCount, score: bm25(normaliseForSearch(c.text), terms, stats) };
  };
  const keep = (c: Candidate) => tag === undefined || (JSON.parse(c.tags) as string[]).includes(tag);

  let ranked: Scored[];
  let { total, estimated } = counted;
  if (narrow || limit === -1 || tag !== undefined) {
    // Every hit, scored: a narrow query, every hit asked for, or a tag (checked on each row).
    ranked = [];
    const candidates = narrow
      ? statement<[string], Candidate>(db, candidatesByKeySql).iterate(JSON.stringify(probe.map((row) => row.key)))
      : statement<[{ expr: string }], Candidate>(db, candidateSql).iterate({ expr: base });
    for (const c of candidates) if (keep(c)) ranked.push(score(c));
    ranked.sort(byRank);
    total = ranked.length;
    estimated = false;
  } else {
    if (!estimated && offset >= total) return { total, hits: [] };
    ranked = bestOf(db, terms, base, stats, offset + limit, score);
  }
  const page = limit === -1 ? ranked.slice(offset) : ranked.slice(offset, offset + limit);
  const hits = rowsFor(db, page.map((row) => row.id)).map((r) => toHit(r, terms));
  return estimated ? { total, estimated, hits } : { total, hits };
}

/**
 * The `need` best hits of a broad query, from the index's hit streams (see the top of this file).
 * Streams where every frequency is fixed come first: they are cheap and set the bar the others must
 * reach. Each is read only as far as its hits can still reach the bar.
 */
function bestOf(db: Database, terms: readonly string[], base: string, stats: Bm25Stats, need: number, score: (c: Candidate) => Scored): Scored[] {
  const texts = sample(db);
  const grams = terms.map((term) => termGrams(term, (pair) => texts.reduce((n, t) => (t.includes(pair) ? n + 1 : n), 0)));
  // The term with the fewest hits bounds the streams by its count buckets.
  const bounding = stats.documentFrequency.reduce((best, df, i) => (df < (stats.documentFrequency[best] ?? Infinity) ? i : best), 0);
  const anyCount = (gram: string) => `imp : ${gramCode(gram)}r`;
  const allRepeat = (i: number) => `(${(grams[i]?.grams ?? []).map(anyCount).join(' AND ')})`;
  const expression = (stream: HitStream, marks: string): string => {
    const positive = [base + marks];
    const negative: string[] = [];
    const [first = '', ...rest] = grams[bounding]?.grams ?? [];
    if (stream.count === -1) negative.push(allRepeat(bounding));
    else positive.push(`imp : ${gramCode(first)}r${stream.count}`, ...rest.map(anyCount));
    stream.others.forEach((other, i) => {
      if (other === 'repeated') positive.push(allRepeat(i));
      else if (other === 'once') negative.push(allRepeat(i));
    });
    return negative.reduce((expr, not) => `(${expr}) NOT ${not}`, positive.join(' AND '));
  };
  const typical = Math.max(1, Math.round(stats.averageLength));
  // Other terms split the streams into "occurs once" and "repeats" where, in the newest paragraphs, it
  // occurs once often enough: a split whose "once" part is nearly empty costs more than it saves.
  const onceOften = terms.map((term, i) => {
    const hits = texts.filter((t) => t.includes(term));
    const once = hits.filter((t) => (grams[i]?.grams ?? []).some((gram) => t.indexOf(gram) === t.lastIndexOf(gram))).length;
    return hits.length > 0 && once >= hits.length * 0.2;
  });
  const partition = terms.map((_, i) => i).filter((i) => i !== bounding && onceOften[i]);
  const streams = hitStreams(grams, bounding, partition).sort(
    (a, b) => Number(b.exact) - Number(a.exact) || streamBound(b, typical, stats) - streamBound(a, typical, stats),
  );
  let best: Scored[] = [];
  const seen = new Set<number>();
  const add = (hit: Scored) => {
    if (seen.has(hit.id)) return;
    seen.add(hit.id);
    best.push(hit);
  };
  const bar = () => (best.length >= need ? (best[need - 1]?.score ?? -Infinity) : -Infinity);
  const keep = () => {
    best.sort(byRank);
    if (best.length > need) best = best.slice(0, need);
  };
  // The shortest hits, scored from their text, set a first bar: no stream then reads past what can beat them.
  for (const row of statement<[{ expr: string; after: bigint; below: bigint; chunk: number }], Candidate>(db, chunkSql).all({
    expr: base,
    after: -1n,
    below: BigInt(Number.MAX_SAFE_INTEGER),
    chunk: need,
  })) {
    add(score(row));
  }
  keep();
  for (const stream of streams) {
    const longest = longestReaching(stream, bar(), stats);
    if (longest < 1) continue;
    // Key bounds are bound as integers: FTS5 stops at a bound given as an integer, and scans on past one given as a real.
    const below = BigInt(Number.isFinite(longest) ? Math.min(longest + 1, RANK_KEY.maxLength + 1) * RANK_KEY.lengthSpan : Number.MAX_SAFE_INTEGER);
    // A stream that excludes hits would have the index look past `below` for one it keeps: the length marks stop it there.
    const marks = Number.isFinite(longest) && (stream.count === -1 || stream.others.includes('once'))
      ? ` AND facet : (${Array.from({ length: lengthMark(Math.min(longest, RANK_KEY.maxLength)) + 1 }, (_, i) => facetToken.length(i)).join(' OR ')})`
      : '';
    const expr = expression(stream, marks);
    if (stream.exact) {
      // Listed in rank order: its first `need` are all it can add.
      const tfs = stream.tfs.map((tf) => tf ?? 1);
      for (const { key } of statement<[{ expr: string; need: number; below: bigint }], { key: number }>(db, firstKeysSql).iterate({ expr, need, below })) {
        const { id, length, favorite, useCount } = decodeRankKey(key);
        add({ id, favorite, useCount, score: scoreOf(tfs, length, stats) });
      }
      keep();
      continue;
    }
    for (let after = -1; ; ) {
      const rows = statement<[{ expr: string; after: bigint; below: bigint; chunk: number }], Candidate>(db, chunkSql).all({
        expr,
        after: BigInt(after),
        below,
        chunk: CHUNK,
      });
      const first = rows[0];
      if (!first || streamBound(stream, decodeRankKey(first.key).length, stats) < bar()) break;
      for (const row of rows) if (!seen.has(decodeRankKey(row.key).id)) add(score(row));
      keep();
      after = rows.at(-1)?.key ?? after;
      if (rows.length < CHUNK) break;
    }
  }
  return best;
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
