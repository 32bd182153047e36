import type { Database, Statement } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { placeholdersIn } from '../../shared/genre/placeholders';
import { normaliseForCompare } from '../../shared/genre/text';
import type { Section } from '../../shared/genre/types';

/** What makes two paragraphs the same one: the hash of their normalised text (NFKC, lower case, no spaces). */
export function normalisedHash(text: string): string {
  return createHash('sha256').update(normaliseForCompare(text)).digest('hex');
}

/** The fill-in fields a stored paragraph carries, so it arrives in a draft with its fields. */
export function storedPlaceholders(text: string): { text: string; offset: number }[] {
  return placeholdersIn(text);
}

export interface ParagraphRecord {
  text: string;
  section: Section;
  headingPath: string[];
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
      const normHash = normalisedHash(paragraph.text);
      const placeholders = storedPlaceholders(paragraph.text);
      const info = insert.run(
        paragraph.text,
        normHash,
        paragraph.section,
        JSON.stringify(paragraph.headingPath),
        JSON.stringify(placeholders),
        placeholders.length,
        now,
        now,
      );
      const id = info.changes > 0 ? Number(info.lastInsertRowid) : findId.get(normHash)?.id;
      if (id !== undefined && sourceId !== null) link.run(id, sourceId, position);
      return info.changes > 0;
    },
  };
}
