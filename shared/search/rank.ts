import { normaliseForSearch } from './query';

/**
 * Relevance for the paragraph library, in one place: Okapi BM25 over substring terms, and the
 * coarse "impact classes" the full-text index carries so that the best hits of a broad query are
 * found without scoring every hit.
 *
 * A paragraph's length is the number of characters of its normalised text (NFKC, lower case). A
 * term's frequency is how often it occurs without overlap. For every term t and every character c
 * of t, tf(t) ≤ count(c): each occurrence of t holds its own c. The index stores, for each paragraph,
 * a length bucket and, for each character occurring at least twice, that character's count bucket.
 * A class (length bucket, count bucket of one character of the term) therefore bounds the score
 * of every paragraph in it, and the search visits classes from the highest bound down until no
 * unvisited class can beat the page it already holds (see electron/library/search.ts).
 */

export const K1 = 1.2;
export const B = 0.75;

export interface Bm25Stats {
  /** Live paragraphs in the library (or in the filtered part of it). */
  documents: number;
  /** Average paragraph length in characters. */
  averageLength: number;
  /** For each term, how many paragraphs contain it. */
  documentFrequency: number[];
}

/** Characters in a normalised text (code points). */
export function documentLength(normalised: string): number {
  let n = normalised.length;
  for (let i = 0; i < normalised.length; i++) {
    const c = normalised.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n--;
  }
  return n;
}

/** Non-overlapping occurrences of `term` in `text`. */
export function occurrences(text: string, term: string): number {
  let count = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) count++;
  return count;
}

export function idf(documents: number, documentFrequency: number): number {
  return Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** The saturation part of bm25 for one term: tf / (tf + K(length)), between 0 and 1. */
export function saturation(tf: number, length: number, averageLength: number): number {
  if (tf <= 0) return 0;
  return tf / (tf + K1 * (1 - B + (B * length) / Math.max(1, averageLength)));
}

/** Higher is more relevant. `normalisedText` must be normalised like the terms. */
export function bm25(normalisedText: string, terms: readonly string[], stats: Bm25Stats): number {
  const length = rankLength(documentLength(normalisedText));
  let score = 0;
  terms.forEach((term, i) => {
    const tf = occurrences(normalisedText, term);
    score += idf(stats.documents, stats.documentFrequency[i] ?? 0) * (K1 + 1) * saturation(tf, length, stats.averageLength);
  });
  return score;
}

function bucketOf(value: number, bounds: readonly number[]): number {
  let bucket = -1;
  for (let i = 0; i < bounds.length; i++) if (value >= (bounds[i] ?? 0)) bucket = i;
  return bucket;
}

/**
 * A paragraph's row key in the search index: its length, then favourite, use count and newness,
 * packed so that the index lists hits shortest first and, among paragraphs of one length, in the
 * order ties are broken. 52 bits, exact in a double: length (14 bits, capped), not-favourite (1),
 * 31 − use count (5, capped at 31), and 2³² − 1 − id (32).
 */
export const RANK_KEY = { maxLength: 16_383, maxUse: 31, idSpan: 2 ** 32, useSpan: 2 ** 37, lengthSpan: 2 ** 38 } as const;

export function rankKey(length: number, favorite: boolean, useCount: number, id: number): number {
  const l = Math.min(Math.max(0, length), RANK_KEY.maxLength);
  const use = RANK_KEY.maxUse - Math.min(Math.max(0, useCount), RANK_KEY.maxUse);
  return l * RANK_KEY.lengthSpan + (favorite ? 0 : RANK_KEY.useSpan) + use * RANK_KEY.idSpan + (RANK_KEY.idSpan - 1 - id);
}

export interface KeyParts {
  id: number;
  /** The length used for ranking (capped at RANK_KEY.maxLength). */
  length: number;
  favorite: boolean;
  /** Capped at RANK_KEY.maxUse. */
  useCount: number;
}

export function decodeRankKey(key: number): KeyParts {
  const length = Math.floor(key / RANK_KEY.lengthSpan);
  let rest = key - length * RANK_KEY.lengthSpan;
  const favorite = rest < RANK_KEY.useSpan;
  if (!favorite) rest -= RANK_KEY.useSpan;
  const use = Math.floor(rest / RANK_KEY.idSpan);
  const id = RANK_KEY.idSpan - 1 - (rest - use * RANK_KEY.idSpan);
  return { id, length, favorite, useCount: RANK_KEY.maxUse - use };
}

/** The length a paragraph is ranked by. */
export function rankLength(length: number): number {
  return Math.min(length, RANK_KEY.maxLength);
}

/** Count buckets of a repeated gram: the lower bound of each; the last is open. A count of 1 has no token. */
export const COUNT_BUCKETS = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 17, 20, 25, 30] as const;

export function countBucket(count: number): number {
  return bucketOf(count, COUNT_BUCKETS);
}

/** The highest count in a bucket (-1: at most once). */
function bucketMax(bucket: number): number {
  if (bucket === -1) return 1;
  const next = COUNT_BUCKETS[bucket + 1];
  return next === undefined ? Infinity : next - 1;
}

/** A character's index code (the same as its unigram in the full-text index). */
export function charCode(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(36).padStart(4, '0');
}

/** A gram's index code: one character's code, or two characters' codes joined (as in the `bi` column). */
export function gramCode(gram: string): string {
  return [...gram].map(charCode).join('');
}

/**
 * The `imp` column: each character and each pair of adjacent characters that occurs twice or more
 * (overlapping occurrences counted), with its count bucket (`<code>r<bucket>`), and once more
 * without it (`<code>r`: it repeats), so "every gram of this term repeats" is one token per gram.
 */
export function repeatTokens(text: string): string {
  const chars = [...normaliseForSearch(text)];
  const counts = new Map<string, number>();
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    counts.set(char, (counts.get(char) ?? 0) + 1);
    if (i + 1 < chars.length) {
      const pair = char + (chars[i + 1] ?? '');
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
  }
  const out: string[] = [];
  for (const [gram, count] of counts) if (count >= 2) out.push(`${gramCode(gram)}r${countBucket(count)}`, `${gramCode(gram)}r`);
  return out.join(' ');
}

/** What a paragraph can be filtered by; each becomes one token of the `facet` column. */
export interface Facets {
  id: number;
  /** The length it is ranked by. */
  length: number;
  part: string;
  favorite: boolean;
  /** The reports it came from, with their year and origin. */
  sources: { id: number; year: number | null; origin: string }[];
}

/** One paragraph in 16 carries the `w` mark and one in 256 the `v` mark: broad hits are estimated by counting those. */
/**
 * Lower bounds of the length marks (`l<bucket>` in `facet`): a stream that may only hold a few hits
 * below some length asks for those lengths' marks, so the index never reads past them.
 */
export const LENGTH_MARKS = [0, 20, 40, 60, 80, 100, 130, 160, 200, 250, 320, 400, 600, 1000] as const;

export function lengthMark(length: number): number {
  return Math.max(0, bucketOf(length, LENGTH_MARKS));
}

export const SAMPLES = [
  { token: 'w', every: 16 },
  { token: 'v', every: 256 },
] as const;

export const facetToken = {
  part: (part: string) => `p${part}`,
  favorite: 'fav',
  length: (mark: number) => `l${mark}`,
  year: (year: number) => `y${year}`,
  source: (id: number) => `s${id}`,
  origin: (origin: string) => `o${origin}`,
};

export function facetTokens(facets: Facets): string {
  const out = new Set<string>([facetToken.part(facets.part), facetToken.length(lengthMark(facets.length))]);
  if (facets.favorite) out.add(facetToken.favorite);
  for (const sample of SAMPLES) if (facets.id % sample.every === 0) out.add(sample.token);
  for (const source of facets.sources) {
    out.add(facetToken.source(source.id));
    out.add(facetToken.origin(source.origin));
    if (source.year !== null) out.add(facetToken.year(source.year));
  }
  return [...out].join(' ');
}

/** How a term's frequency is bounded by the index: the grams whose counts bound it, rarest first. */
export interface TermGrams {
  grams: string[];
  /** The term is its one gram, so that gram's count is the term's frequency. */
  single: boolean;
}

/**
 * A term occurring n times without overlap holds each of its grams n times, so every gram's count
 * bounds its frequency; and where any of them occurs once the frequency is 1. A term of one
 * character, or of two different ones, is its own gram; a longer one is bounded by its three rarest
 * pairs of characters (by `frequency`).
 */
export function termGrams(term: string, frequency: (gram: string) => number): TermGrams {
  const chars = [...term];
  if (chars.length === 1 || (chars.length === 2 && chars[0] !== chars[1])) return { grams: [term], single: true };
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) pairs.add((chars[i] ?? '') + (chars[i + 1] ?? ''));
  const grams = [...pairs]
    .map((pair) => ({ pair, f: frequency(pair) }))
    .sort((a, b) => a.f - b.f)
    .slice(0, 3)
    .map((g) => g.pair);
  return { grams, single: false };
}

/**
 * One stream of hits, a part of them the index can list on its own (shortest first):
 * - `count`: for the bounding term, -1 where some gram of it occurs once (so it occurs once), else the
 *   count bucket of its rarest gram with every other gram repeated;
 * - `others[i]` for each other term: all its grams repeat, or one occurs once (so the term does),
 *   or `free` (the bounding term itself, and terms beyond PARTITIONED_TERMS).
 */
export interface HitStream {
  count: number;
  others: ('once' | 'repeated' | 'free')[];
  /** Each term's frequency where the stream fixes it (null: bounded only). */
  tfs: (number | null)[];
  /** Each term's highest frequency in the stream. */
  maxTfs: number[];
  /** Every frequency is fixed: the score follows from the length alone and the index lists the stream in rank order. */
  exact: boolean;
}

/** Other terms partitioned into once / repeated (those asked for): at most this many; the rest are free. */
const PARTITIONED_TERMS = 2;

export function hitStreams(terms: readonly TermGrams[], bounding: number, partition: readonly number[]): HitStream[] {
  const partitioned = partition.filter((i) => i !== bounding).slice(0, PARTITIONED_TERMS);
  const streams: HitStream[] = [];
  const combos = 1 << partitioned.length;
  const boundingTerm = terms[bounding];
  for (let count = -1; count < COUNT_BUCKETS.length; count++) {
    for (let mask = 0; mask < combos; mask++) {
      const others = terms.map((_, i) => {
        const k = partitioned.indexOf(i);
        return k === -1 ? 'free' : (mask & (1 << k)) !== 0 ? 'repeated' : 'once';
      });
      const tfs = terms.map((_, i): number | null => {
        if (i === bounding) {
          if (count === -1) return 1;
          return boundingTerm?.single && bucketMax(count) === COUNT_BUCKETS[count] ? bucketMax(count) : null;
        }
        return others[i] === 'once' ? 1 : null;
      });
      const maxTfs = terms.map((_, i) => (i === bounding ? bucketMax(count) : others[i] === 'once' ? 1 : Infinity));
      streams.push({ count, others, tfs, maxTfs, exact: tfs.every((tf) => tf !== null) });
    }
  }
  return streams;
}

/** bm25 from each term's frequency and the paragraph's length. */
export function scoreOf(tfs: readonly number[], length: number, stats: Bm25Stats): number {
  let score = 0;
  tfs.forEach((tf, i) => {
    const weight = idf(stats.documents, stats.documentFrequency[i] ?? 0) * (K1 + 1);
    score += weight * (Number.isFinite(tf) ? saturation(tf, length, stats.averageLength) : 1);
  });
  return score;
}

/** The highest score of any hit at or after `length` in a stream (later hits are at least that long). */
export function streamBound(stream: HitStream, length: number, stats: Bm25Stats): number {
  return scoreOf(stream.maxTfs, Math.max(1, length), stats);
}

/**
 * The longest paragraph in which a stream's hits can still score `bar` (Infinity when any length can,
 * 0 when none can). A superset is harmless: the hits it lets through are scored and dropped.
 */
export function longestReaching(stream: HitStream, bar: number, stats: Bm25Stats): number {
  if (!Number.isFinite(bar)) return Infinity;
  if (streamBound(stream, 1, stats) < bar) return 0;
  if (streamBound(stream, RANK_KEY.maxLength, stats) >= bar) return Infinity;
  let low = 1;
  let high = RANK_KEY.maxLength;
  // streamBound falls with the length: the last length still reaching the bar.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (streamBound(stream, mid, stats) >= bar) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
