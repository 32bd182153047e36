import type { Database } from 'better-sqlite3';
import type { Skeleton, SkeletonHeading } from '../../shared/model/library';

interface Row {
  id: number;
  name: string;
  docType: string;
  builtin: number;
  headings: string;
}

export function listSkeletons(db: Database): Skeleton[] {
  return db
    .prepare<[], Row>(
      'SELECT id, name, doc_type AS docType, builtin, headings FROM skeletons ORDER BY builtin DESC, id',
    )
    .all()
    .map((row) => ({
      id: row.id,
      name: row.name,
      docType: row.docType,
      builtin: row.builtin === 1,
      headings: JSON.parse(row.headings) as SkeletonHeading[],
    }));
}

export function insertImportedSkeleton(
  db: Database,
  skeleton: { name: string; docType: string; headings: SkeletonHeading[]; sourceId: number },
  now: string,
): number {
  const info = db
    .prepare(
      `INSERT INTO skeletons (name, doc_type, builtin, headings, source_id, created_at, updated_at)
       VALUES (?, ?, 0, ?, ?, ?, ?)`,
    )
    .run(skeleton.name, skeleton.docType, JSON.stringify(skeleton.headings), skeleton.sourceId, now, now);
  return Number(info.lastInsertRowid);
}
