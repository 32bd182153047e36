import type { Database } from 'better-sqlite3';
import type { SearchHit } from '../../shared/ipc/search';
import { normaliseForSearch } from '../../shared/search/query';
import { searchParagraphs } from './search';

/** Bigram sets of the normalised text: two paragraphs that share most of them say the same thing. */
function bigrams(text: string): Set<string> {
  const chars = [...normaliseForSearch(text).replace(/[\s，。；：、“”！？,.;:!?]/gu, '')];
  const set = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) set.add(`${chars[i]}${chars[i + 1]}`);
  return set;
}

export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return shared / (x.size + y.size - shared);
}

export const NEAR_DUPLICATE = 0.6;

/**
 * Paragraphs that say nearly the same as this one (bigram Jaccard similarity ≥ 0.6), found among
 * the library hits for a few of its characteristic pieces; most similar first.
 */
export function findNearDuplicates(db: Database, id: number, text: string): (SearchHit & { similarity: number })[] {
  const chars = [...text.replace(/\s/gu, '')];
  const probes = [0.2, 0.5, 0.8]
    .map((at) => chars.slice(Math.floor(chars.length * at), Math.floor(chars.length * at) + 6).join(''))
    .filter((probe) => probe.length >= 4);
  const seen = new Map<number, SearchHit>();
  for (const probe of probes) for (const hit of searchParagraphs(db, { query: probe, limit: 50 }).hits) seen.set(hit.id, hit);
  seen.delete(id);
  return [...seen.values()]
    .map((hit) => ({ ...hit, similarity: similarity(text, hit.text) }))
    .filter((hit) => hit.similarity >= NEAR_DUPLICATE)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, 10);
}
