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
