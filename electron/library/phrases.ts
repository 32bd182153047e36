import type { Database } from 'better-sqlite3';
import type { PhraseCategory } from '../../shared/ipc/library';
import { isForeignKeyViolation, isUniqueViolation, LibraryError, requireChange } from './errors';
import { libraryMessages } from './messages';

/**
 * The phrases and their categories: the only module that writes \`phrases\` and \`phrase_categories\`.
 * Seeding, packs, import (mined phrases) and the user's edits all come through here.
 */
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
         FROM phrase_categories c LEFT JOIN phrases p ON p.category_id = c.id AND p.pending = 0
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
 * Adds mined phrase candidates to the 导入收集 category, waiting for review (待审): they join the palette
 * only once the user accepts them. A text already present in any category is left alone (its frequency
 * grows if it was mined), so user phrases are never duplicated.
 */
/** Every phrase the library holds (the palette's, the user's, those waiting for review): what a proposal must not copy. */
export function phraseTexts(db: Database): string[] {
  return db.prepare('SELECT text FROM phrases').pluck().all() as string[];
}

export function addMinedPhrases(
  db: Database,
  candidates: readonly { text: string; count: number }[],
  now: string,
): number {
  if (candidates.length === 0) return 0;
  const categoryId = ensureCategory(db, MINED_CATEGORY);
  const existing = db.prepare<[string], { id: number; mined: number }>('SELECT id, mined FROM phrases WHERE text = ? LIMIT 1');
  const bump = db.prepare('UPDATE phrases SET frequency = frequency + ?, updated_at = ? WHERE id = ?');
  let added = 0;
  for (const candidate of candidates) {
    const found = existing.get(candidate.text);
    if (found) {
      if (found.mined === 1) bump.run(candidate.count, now, found.id);
      continue;
    }
    insertPhrase(db, { categoryId, text: candidate.text, mined: true, pending: true, frequency: candidate.count }, now);
    added++;
  }
  return added;
}

/**
 * The category of that name (or seed key), made when it is missing. Built-in categories carry the
 * seed key they came with, so a renamed one is still found.
 */
/** The harvested phrases waiting for review, the most frequent first. */
export function listPendingPhrases(db: Database): { id: number; text: string; frequency: number }[] {
  return db
    .prepare<[], { id: number; text: string; frequency: number }>('SELECT id, text, frequency FROM phrases WHERE pending = 1 ORDER BY frequency DESC, id')
    .all();
}

/** The review of harvested phrases: the accepted join the palette (in 导入收集), the rejected are deleted. */
export function reviewPhrases(db: Database, accept: readonly number[], reject: readonly number[]): { accepted: number; rejected: number } {
  return db.transaction(() => {
    const acceptOne = db.prepare('UPDATE phrases SET pending = 0 WHERE id = ? AND pending = 1');
    const rejectOne = db.prepare('DELETE FROM phrases WHERE id = ? AND pending = 1');
    let accepted = 0;
    let rejected = 0;
    for (const id of accept) accepted += acceptOne.run(id).changes;
    for (const id of reject) rejected += rejectOne.run(id).changes;
    return { accepted, rejected };
  }).immediate();
}

export function ensureCategory(db: Database, name: string, options: { builtin?: boolean; seedKey?: string } = {}): number {
  const found = db
    .prepare<[string | null, string], { id: number }>('SELECT id FROM phrase_categories WHERE seed_key = ? OR name = ? ORDER BY seed_key IS NULL LIMIT 1')
    .get(options.seedKey ?? null, name);
  if (found) return found.id;
  return Number(
    db
      .prepare(
        `INSERT INTO phrase_categories (name, builtin, sort, seed_key)
         VALUES (?, ?, (SELECT coalesce(max(sort), 0) + 1 FROM phrase_categories), ?)`,
      )
      .run(name, options.builtin ? 1 : 0, options.seedKey ?? null).lastInsertRowid,
  );
}

export interface NewPhrase {
  categoryId: number;
  text: string;
  builtin?: boolean;
  mined?: boolean;
  /** Harvested and waiting for the user's review. */
  pending?: boolean;
  frequency?: number;
  seedKey?: string;
}

/**
 * Appends a phrase to its category. With `ifAbsent` a phrase that would break a uniqueness rule
 * (same text in the category, same seed key) is skipped; returns whether one was added.
 */
export function insertPhrase(db: Database, phrase: NewPhrase, now: string, { ifAbsent = false } = {}): { id: number; added: boolean } {
  const info = db
    .prepare(
      `INSERT ${ifAbsent ? 'OR IGNORE ' : ''}INTO phrases (category_id, text, builtin, mined, pending, frequency, sort, seed_key, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, (SELECT coalesce(max(sort), 0) + 1 FROM phrases WHERE category_id = ?), ?, ?, ?)`,
    )
    .run(phrase.categoryId, phrase.text, phrase.builtin ? 1 : 0, phrase.mined ? 1 : 0, phrase.pending ? 1 : 0, phrase.frequency ?? 0, phrase.categoryId, phrase.seedKey ?? null, now, now);
  return { id: Number(info.lastInsertRowid), added: info.changes > 0 };
}

/** The user's edits to phrases and their categories; built-in ones can be edited and removed too. */

const changed = (info: { changes: number }, what: string) => requireChange(info, libraryMessages.missing(what));

export function addPhrase(db: Database, categoryId: number, text: string, now = new Date().toISOString()): number {
  try {
    return insertPhrase(db, { categoryId, text }, now).id;
  } catch (error) {
    if (isUniqueViolation(error)) throw new LibraryError('DUPLICATE', libraryMessages.phraseExists(text));
    if (isForeignKeyViolation(error)) {
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
    if (isUniqueViolation(error)) throw new LibraryError('DUPLICATE', libraryMessages.phraseExists(patch.text ?? ''));
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
  }).immediate();
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
    if (isUniqueViolation(error)) throw new LibraryError('DUPLICATE', libraryMessages.categoryExists(name));
    throw error;
  }
}

export function renameCategory(db: Database, id: number, name: string): void {
  try {
    changed(db.prepare('UPDATE phrase_categories SET name = ? WHERE id = ?').run(name, id), '短语分类');
  } catch (error) {
    if (isUniqueViolation(error)) throw new LibraryError('DUPLICATE', libraryMessages.categoryExists(name));
    throw error;
  }
}

/** Deletes a category and its phrases (the app asks first). */
export function deleteCategory(db: Database, id: number): void {
  changed(db.prepare('DELETE FROM phrase_categories WHERE id = ?').run(id), '短语分类');
}

