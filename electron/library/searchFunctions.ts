import type { Database } from 'better-sqlite3';
import { copyNormal, fingerprints } from '../../shared/genre/copyText';
import { gramTokens, normaliseForSearch } from '../../shared/search/query';
import { documentLength, facetTokens, rankKey, rankLength, repeatTokens } from '../../shared/search/rank';
import { isPart } from '../../shared/model/parts';

/** `id:year:origin,…` as the index triggers pass a paragraph's sources. */
function parseSources(list: unknown): { id: number; year: number | null; origin: string }[] {
  if (typeof list !== 'string' || list === '') return [];
  return list.split(',').map((entry) => {
    const [id, year, origin] = entry.split(':');
    return { id: Number(id), year: year ? Number(year) : null, origin: origin ?? 'own' };
  });
}

/** Registers what the index triggers call; every connection that writes paragraphs needs it. */
export function registerSearchFunctions(db: Database): void {
  db.function('wengao_grams', { deterministic: true }, (text: unknown, n: unknown) =>
    gramTokens(String(text ?? ''), n === 1 ? 1 : 2),
  );
  db.function('wengao_repeats', { deterministic: true }, (text: unknown) => repeatTokens(String(text ?? '')));
  db.function('wengao_length', { deterministic: true }, (text: unknown) => documentLength(normaliseForSearch(String(text ?? ''))));
  db.function('wengao_facets', { deterministic: true }, (id: unknown, text: unknown, part: unknown, favorite: unknown, sources: unknown) =>
    facetTokens({
      id: Number(id),
      length: rankLength(documentLength(normaliseForSearch(String(text ?? '')))),
      part: typeof part === 'string' && isPart(part) ? part : 'other',
      favorite: Number(favorite) === 1,
      sources: parseSources(sources),
    }),
  );
  // A BigInt, so SQLite stores the key as the integer it is.
  db.function('wengao_key', { deterministic: true }, (text: unknown, favorite: unknown, useCount: unknown, id: unknown) =>
    BigInt(rankKey(documentLength(normaliseForSearch(String(text ?? ''))), Number(favorite) === 1, Number(useCount), Number(id))),
  );
  db.function('wengao_fingerprints', { deterministic: true }, (text: unknown) => fingerprints(copyNormal(String(text ?? ''))).join(' '));
}
