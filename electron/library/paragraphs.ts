import type { Database, Statement } from 'better-sqlite3';
import type { Section } from '../../shared/genre/types';

export interface ParagraphRecord {
  text: string;
  normHash: string;
  section: Section;
  headingPath: string[];
  placeholders: { text: string; offset: number }[];
}

export interface ParagraphWriter {
  /** Stores the paragraph, or links the existing identical one to this source; true when new. */
  add(paragraph: ParagraphRecord, sourceId: number | null, position: number): boolean;
}

export function paragraphWriter(db: Database, now: string): ParagraphWriter {
  const insert: Statement = db.prepare(
    `INSERT INTO paragraphs (text, norm_hash, section, heading_path, placeholders, placeholder_count, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (norm_hash) DO NOTHING`,
  );
  const findId = db.prepare<[string], { id: number }>('SELECT id FROM paragraphs WHERE norm_hash = ?');
  const link = db.prepare('INSERT OR IGNORE INTO paragraph_sources (paragraph_id, source_id, position) VALUES (?, ?, ?)');
  return {
    add(paragraph, sourceId, position) {
      const info = insert.run(
        paragraph.text,
        paragraph.normHash,
        paragraph.section,
        JSON.stringify(paragraph.headingPath),
        JSON.stringify(paragraph.placeholders),
        paragraph.placeholders.length,
        now,
        now,
      );
      const id = info.changes > 0 ? Number(info.lastInsertRowid) : findId.get(paragraph.normHash)?.id;
      if (id !== undefined && sourceId !== null) link.run(id, sourceId, position);
      return info.changes > 0;
    },
  };
}
