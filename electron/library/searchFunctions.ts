import type { Database } from 'better-sqlite3';
import { copyNormal, fingerprints } from '../../shared/genre/copyText';
import { gramTokens } from '../../shared/search/query';

/** Registers what the index triggers call; every connection that writes paragraphs needs it. */
export function registerSearchFunctions(db: Database): void {
  db.function('wengao_grams', { deterministic: true }, (text: unknown, n: unknown) =>
    gramTokens(String(text ?? ''), n === 1 ? 1 : 2),
  );
  db.function('wengao_fingerprints', { deterministic: true }, (text: unknown) => fingerprints(copyNormal(String(text ?? ''))).join(' '));
}
