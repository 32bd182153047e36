import type Database from 'better-sqlite3';
import { openConnection } from './connection';
import type { SalvagedDraft } from './drafts';

/**
 * The drafts that can still be read from a damaged library file: what the user typed since the last
 * backup must not be lost with the damaged pages. Rows on damaged pages are skipped; nothing here
 * writes to the damaged file.
 */
export function readableDrafts(damagedPath: string, nativeBinding?: string): SalvagedDraft[] {
  let db: Database.Database;
  try {
    db = openConnection(damagedPath, { readonly: true, fileMustExist: true, nativeBinding });
  } catch {
    return [];
  }
  try {
    const row = db.prepare(
      `SELECT id, title, content, created_at AS createdAt, updated_at AS updatedAt, deleted_at AS deletedAt
         FROM drafts WHERE id = ? AND json_valid(content)`,
    );
    const drafts: SalvagedDraft[] = [];
    for (const id of readableIds(db)) {
      try {
        const draft = row.get(id) as SalvagedDraft | undefined;
        if (draft && isDraft(draft)) drafts.push(draft);
      } catch {
        // On a damaged page: that draft cannot be read.
      }
    }
    return drafts;
  } catch {
    return [];
  } finally {
    db.close();
  }
}

/** Draft ids in order, stepping over the stretches of the table that cannot be read. */
function readableIds(db: Database.Database): number[] {
  const next = db.prepare('SELECT id FROM drafts WHERE id > ? ORDER BY id LIMIT 200').pluck();
  const ids: number[] = [];
  let after = 0;
  let jump = 1;
  for (let step = 0; step < 100_000 && after < Number.MAX_SAFE_INTEGER / 2; step++) {
    let batch: number[];
    try {
      batch = next.all(after) as number[];
    } catch {
      after += jump;
      jump *= 2;
      continue;
    }
    if (batch.length === 0) break;
    ids.push(...batch);
    after = batch.at(-1) ?? after;
    jump = 1;
  }
  return ids;
}

const isDraft = (d: SalvagedDraft) =>
  Number.isInteger(d.id) &&
  typeof d.title === 'string' &&
  typeof d.content === 'string' &&
  typeof d.createdAt === 'string' &&
  typeof d.updatedAt === 'string' &&
  (d.deletedAt === null || typeof d.deletedAt === 'string');
