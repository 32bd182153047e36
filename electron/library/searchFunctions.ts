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
  // An imported paragraph is indexed once, when its first report is linked (the link gives it its
  // year and origin), not once on insert and again on the link: the writer says a link follows.
  let linkFollows = false;
  const awaitingLink = new Set<number>();
  db.function('wengao_link_follows', (flag: unknown) => {
    linkFollows = Number(flag) === 1;
    return null;
  });
  /** On insert: 1 to index the paragraph now, 0 when its link will. */
  db.function('wengao_index_now', (id: unknown) => {
    const paragraph = Number(id);
    if (linkFollows) {
      linkFollows = false;
      awaitingLink.add(paragraph);
      return 0;
    }
    awaitingLink.delete(paragraph);
    return 1;
  });
  /** On a link: whether the paragraph is in the index already (then it is deleted before it is added again). */
  db.function('wengao_was_indexed', (id: unknown) => (awaitingLink.delete(Number(id)) ? 0 : 1));
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
