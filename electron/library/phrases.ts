import type { Database } from 'better-sqlite3';
import type { PhraseCategory } from '../../shared/model/library';

interface Row {
  categoryId: number;
  categoryName: string;
  categoryBuiltin: number;
  id: number | null;
  text: string | null;
  builtin: number | null;
}

/** Every category in the user's order with its phrases in order; empty categories are kept. */
export function listPhraseCategories(db: Database): PhraseCategory[] {
  const rows = db
    .prepare<[], Row>(
      `SELECT c.id AS categoryId, c.name AS categoryName, c.builtin AS categoryBuiltin,
              p.id AS id, p.text AS text, p.builtin AS builtin
         FROM phrase_categories c LEFT JOIN phrases p ON p.category_id = c.id
        ORDER BY c.sort, c.id, p.sort, p.id`,
    )
    .all();
  const byId = new Map<number, PhraseCategory>();
  for (const row of rows) {
    let category = byId.get(row.categoryId);
    if (!category) {
      category = { id: row.categoryId, name: row.categoryName, builtin: row.categoryBuiltin === 1, phrases: [] };
      byId.set(row.categoryId, category);
    }
    if (row.id !== null && row.text !== null) {
      category.phrases.push({ id: row.id, text: row.text, builtin: row.builtin === 1 });
    }
  }
  return [...byId.values()];
}

export const MINED_CATEGORY = '导入收集';

/**
 * Adds mined phrase candidates to the 导入收集 category. A text already present in any category is
 * left alone (its frequency grows if it was mined), so user phrases are never duplicated.
 */
export function addMinedPhrases(
  db: Database,
  candidates: readonly { text: string; count: number }[],
  now: string,
): number {
  if (candidates.length === 0) return 0;
  db.prepare(
    `INSERT INTO phrase_categories (name, builtin, sort) VALUES (?, 0, (SELECT coalesce(max(sort), 0) + 1 FROM phrase_categories))
     ON CONFLICT (name) DO NOTHING`,
  ).run(MINED_CATEGORY);
  const categoryId = (db.prepare('SELECT id FROM phrase_categories WHERE name = ?').get(MINED_CATEGORY) as { id: number }).id;
  const existing = db.prepare<[string], { id: number; mined: number }>('SELECT id, mined FROM phrases WHERE text = ? LIMIT 1');
  const bump = db.prepare('UPDATE phrases SET frequency = frequency + ?, updated_at = ? WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO phrases (category_id, text, builtin, mined, frequency, sort, created_at, updated_at)
     VALUES (?, ?, 0, 1, ?, (SELECT coalesce(max(sort), 0) + 1 FROM phrases WHERE category_id = ?), ?, ?)`,
  );
  let added = 0;
  for (const candidate of candidates) {
    const found = existing.get(candidate.text);
    if (found) {
      if (found.mined === 1) bump.run(candidate.count, now, found.id);
      continue;
    }
    insert.run(categoryId, candidate.text, candidate.count, categoryId, now, now);
    added++;
  }
  return added;
}
