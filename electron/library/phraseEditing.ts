import type { Database } from 'better-sqlite3';
import { LibraryError } from './errors';
import { libraryMessages } from './messages';

/** The user's edits to phrases and their categories; built-in ones can be edited and removed too. */

function changed(info: { changes: number }, what: string): void {
  if (info.changes === 0) throw new LibraryError('NOT_FOUND', libraryMessages.missing(what));
}

function uniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && String(error.code).startsWith('SQLITE_CONSTRAINT_UNIQUE');
}

export function addPhrase(db: Database, categoryId: number, text: string, now = new Date().toISOString()): number {
  try {
    return Number(
      db
        .prepare(
          `INSERT INTO phrases (category_id, text, sort, created_at, updated_at)
           VALUES (?, ?, (SELECT coalesce(max(sort), 0) + 1 FROM phrases WHERE category_id = ?), ?, ?)`,
        )
        .run(categoryId, text, categoryId, now, now).lastInsertRowid,
    );
  } catch (error) {
    if (uniqueViolation(error)) throw new LibraryError('DUPLICATE', libraryMessages.phraseExists(text));
    if (String((error as { code?: string }).code).startsWith('SQLITE_CONSTRAINT_FOREIGNKEY')) {
      throw new LibraryError('NOT_FOUND', libraryMessages.missing('短语分类'));
    }
    throw error;
  }
}

export function updatePhrase(db: Database, id: number, patch: { text?: string | undefined; categoryId?: number | undefined }, now = new Date().toISOString()): void {
  try {
    changed(
      db
        .prepare('UPDATE phrases SET text = coalesce(?, text), category_id = coalesce(?, category_id), updated_at = ? WHERE id = ?')
        .run(patch.text ?? null, patch.categoryId ?? null, now, id),
      '短语',
    );
  } catch (error) {
    if (uniqueViolation(error)) throw new LibraryError('DUPLICATE', libraryMessages.phraseExists(patch.text ?? ''));
    throw error;
  }
}

export function deletePhrase(db: Database, id: number): void {
  changed(db.prepare('DELETE FROM phrases WHERE id = ?').run(id), '短语');
}

/** Swaps a phrase (or category) with its neighbour in the user's order. */
function move(db: Database, table: 'phrases' | 'phrase_categories', id: number, direction: 'up' | 'down', scope: string): void {
  db.transaction(() => {
    const current = db.prepare(`SELECT id, sort, ${scope || 'NULL'} AS scope FROM ${table} WHERE id = ?`).get(id) as
      | { id: number; sort: number; scope: number | null }
      | undefined;
    if (!current) throw new LibraryError('NOT_FOUND', libraryMessages.missing(table === 'phrases' ? '短语' : '短语分类'));
    const same = scope ? `AND ${scope} = ${Number(current.scope)}` : '';
    const neighbour = db
      .prepare(
        direction === 'up'
          ? `SELECT id, sort FROM ${table} WHERE (sort < ? OR (sort = ? AND id < ?)) ${same} ORDER BY sort DESC, id DESC LIMIT 1`
          : `SELECT id, sort FROM ${table} WHERE (sort > ? OR (sort = ? AND id > ?)) ${same} ORDER BY sort, id LIMIT 1`,
      )
      .get(current.sort, current.sort, current.id) as { id: number; sort: number } | undefined;
    if (!neighbour) return;
    const sorts = neighbour.sort === current.sort ? [current.sort + (direction === 'up' ? 1 : -1), current.sort] : [neighbour.sort, current.sort];
    db.prepare(`UPDATE ${table} SET sort = ? WHERE id = ?`).run(sorts[0], current.id);
    db.prepare(`UPDATE ${table} SET sort = ? WHERE id = ?`).run(sorts[1], neighbour.id);
  })();
}

export function movePhrase(db: Database, id: number, direction: 'up' | 'down'): void {
  move(db, 'phrases', id, direction, 'category_id');
}

export function moveCategory(db: Database, id: number, direction: 'up' | 'down'): void {
  move(db, 'phrase_categories', id, direction, '');
}

export function addCategory(db: Database, name: string): number {
  try {
    return Number(
      db.prepare('INSERT INTO phrase_categories (name, sort) VALUES (?, (SELECT coalesce(max(sort), 0) + 1 FROM phrase_categories))').run(name)
        .lastInsertRowid,
    );
  } catch (error) {
    if (uniqueViolation(error)) throw new LibraryError('DUPLICATE', libraryMessages.categoryExists(name));
    throw error;
  }
}

export function renameCategory(db: Database, id: number, name: string): void {
  try {
    changed(db.prepare('UPDATE phrase_categories SET name = ? WHERE id = ?').run(name, id), '短语分类');
  } catch (error) {
    if (uniqueViolation(error)) throw new LibraryError('DUPLICATE', libraryMessages.categoryExists(name));
    throw error;
  }
}

/** Deletes a category and its phrases (the app asks first). */
export function deleteCategory(db: Database, id: number): void {
  changed(db.prepare('DELETE FROM phrase_categories WHERE id = ?').run(id), '短语分类');
}

export function saveSkeleton(
  db: Database,
  skeleton: { name: string; docType: string; headings: { level: 1 | 2 | 3 | 4; text: string }[] },
  now = new Date().toISOString(),
): number {
  return Number(
    db
      .prepare('INSERT INTO skeletons (name, doc_type, builtin, headings, created_at, updated_at) VALUES (?, ?, 0, ?, ?, ?)')
      .run(skeleton.name, skeleton.docType, JSON.stringify(skeleton.headings), now, now).lastInsertRowid,
  );
}

export function deleteSkeleton(db: Database, id: number): void {
  changed(db.prepare('DELETE FROM skeletons WHERE id = ?').run(id), '骨架');
}
