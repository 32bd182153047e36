import type { Database } from 'better-sqlite3';

export type SourceKind = 'txt' | 'docx' | 'paste' | 'pack';

export interface SourceRecord {
  fileName: string;
  kind: SourceKind;
  contentHash: string;
  title: string | null;
  year: number | null;
  issuer: string | null;
  encoding: string | null;
  removedCount: number;
}

export function findSourceByHash(db: Database, contentHash: string): { id: number; fileName: string } | undefined {
  return db
    .prepare<[string], { id: number; fileName: string }>('SELECT id, file_name AS fileName FROM sources WHERE content_hash = ?')
    .get(contentHash);
}

export function insertSource(db: Database, source: SourceRecord, now: string): number {
  const info = db
    .prepare(
      `INSERT INTO sources (file_name, kind, content_hash, title, year, issuer, encoding, removed_count, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      source.fileName,
      source.kind,
      source.contentHash,
      source.title,
      source.year,
      source.issuer,
      source.encoding,
      source.removedCount,
      now,
    );
  return Number(info.lastInsertRowid);
}
