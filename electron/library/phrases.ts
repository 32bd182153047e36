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
