import type { Database } from 'better-sqlite3';
import { gramTokens } from '../../shared/search/query';

/** Registers what the index triggers call; every connection that writes paragraphs needs it. */
export function registerSearchFunctions(db: Database): void {
  db.function('wengao_grams', { deterministic: true }, (text: unknown, n: unknown) =>
    gramTokens(String(text ?? ''), n === 1 ? 1 : 2),
  );
}

/** Rebuilds the index from the paragraphs, for a changed tokenizer or a suspected drift. */
export function rebuildParagraphIndex(db: Database): void {
  db.transaction(() => {
    db.exec(`INSERT INTO paragraph_fts(paragraph_fts) VALUES ('delete-all');
             INSERT INTO paragraph_fts(rowid, uni, bi)
               SELECT id, wengao_grams(text, 1), wengao_grams(text, 2) FROM paragraphs WHERE deleted_at IS NULL;`);
  })();
}
