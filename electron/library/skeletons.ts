import type { Database } from 'better-sqlite3';
import type { Skeleton, SkeletonHeading } from '../../shared/ipc/library';
import { isKindId, kindNamed } from '../../shared/genre/kinds';
import { requireChange } from './errors';
import { libraryMessages } from './messages';

/** The only module that writes \`skeletons\`: seeding, packs, import and the user's own outlines. */

interface Row {
  id: number;
  name: string;
  docType: string;
  kind: string;
  builtin: number;
  imported: number;
  headings: string;
}

export function listSkeletons(db: Database): Skeleton[] {
  return db
    .prepare<[], Row>(
      'SELECT id, name, doc_type AS docType, kind, builtin, source_id IS NOT NULL AS imported, headings FROM skeletons ORDER BY builtin DESC, id',
    )
    .all()
    .map((row) => ({
      id: row.id,
      name: row.name,
      docType: row.docType,
      kind: isKindId(row.kind) ? row.kind : 'report',
      builtin: row.builtin === 1,
      imported: row.imported === 1,
      headings: JSON.parse(row.headings) as SkeletonHeading[],
    }));
}

export interface NewSkeleton {
  name: string;
  docType: string;
  headings: readonly { level: number; text: string; items?: string[] | undefined }[];
  builtin?: boolean;
  sourceId?: number;
  seedKey?: string;
}

/** Stores a skeleton; one with a seed key already present is skipped. Returns whether it was added. */
export function insertSkeleton(db: Database, skeleton: NewSkeleton, now: string): { id: number; added: boolean } {
  const info = db
    .prepare(
      `INSERT INTO skeletons (name, doc_type, kind, builtin, headings, source_id, seed_key, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    )
    // The kind its 文种 names (a seed's, an imported report's, the outline's title's).
    .run(skeleton.name, skeleton.docType, kindNamed(skeleton.docType).id, skeleton.builtin ? 1 : 0, JSON.stringify(skeleton.headings), skeleton.sourceId ?? null, skeleton.seedKey ?? null, now, now);
  return { id: Number(info.lastInsertRowid), added: info.changes > 0 };
}

/** A skeleton of the user's own (an outline saved from a draft) or harvested from an imported report. */
export function addSkeleton(db: Database, skeleton: Omit<NewSkeleton, 'builtin' | 'seedKey'>, now = new Date().toISOString()): number {
  return insertSkeleton(db, skeleton, now).id;
}

export function deleteSkeleton(db: Database, id: number): void {
  requireChange(db.prepare('DELETE FROM skeletons WHERE id = ?').run(id), libraryMessages.missing('骨架'));
}

