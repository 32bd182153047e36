import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { PACK_FORMAT, PACK_VERSION, packSchema, type LibraryPack, type PackImportReport } from '../../shared/ipc/pack';
import { LibraryError } from './errors';
import { libraryMessages } from './messages';
import { paragraphWriter } from './paragraphs';
import { ensureCategory, insertPhrase } from './phrases';
import { insertSkeleton } from './skeletons';
import { insertSource } from './sources';
import type { SourceOrigin } from '../../shared/ipc/copies';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface ParagraphRow {
  id: number;
  text: string;
  part: LibraryPack['paragraphs'][number]['part'];
  tags: string;
  favorite: number;
  note: string;
  headingPath: string;
  title: string | null;
  fileName: string | null;
  year: number | null;
  issuer: string | null;
  origin: SourceOrigin | null;
}

/** Everything the user curated: live paragraphs with their first source, phrases, skeletons. */
export function exportPack(db: Database, now = new Date().toISOString()): LibraryPack {
  const paragraphs = db
    .prepare<[], ParagraphRow>(
      `SELECT p.id, p.text, p.part, p.tags, p.favorite, p.note, p.heading_path AS headingPath,
              s.title, s.file_name AS fileName, s.year, s.issuer, s.origin
         FROM paragraphs p
         LEFT JOIN sources s ON s.id = (SELECT min(source_id) FROM paragraph_sources WHERE paragraph_id = p.id)
        WHERE p.deleted_at IS NULL ORDER BY p.id`,
    )
    .all()
    .map((r) => ({
      id: r.id,
      text: r.text,
      part: r.part,
      tags: JSON.parse(r.tags) as string[],
      favorite: r.favorite === 1,
      note: r.note,
      headingPath: JSON.parse(r.headingPath) as string[],
      source: r.fileName === null ? null : { title: r.title, fileName: r.fileName, year: r.year, issuer: r.issuer, origin: r.origin ?? 'own' },
    }));
  const phrases = db
    .prepare<[], { category: string; text: string }>(
      'SELECT c.name AS category, p.text FROM phrases p JOIN phrase_categories c ON c.id = p.category_id WHERE p.pending = 0 ORDER BY c.sort, p.sort, p.id',
    )
    .all();
  const skeletons = db
    .prepare<[], { name: string; docType: string; headings: string }>('SELECT name, doc_type AS docType, headings FROM skeletons ORDER BY id')
    .all()
    .map((s) => ({ name: s.name, docType: s.docType, headings: JSON.parse(s.headings) as LibraryPack['skeletons'][number]['headings'] }));
  return { format: PACK_FORMAT, version: PACK_VERSION, exportedAt: now, paragraphs, phrases, skeletons };
}

/** Validates a pack read from disk, with a Chinese message naming the first problem. */
export function parsePack(json: string): LibraryPack {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new LibraryError('INVALID_INPUT', libraryMessages.packNotJson);
  }
  const parsed = packSchema.safeParse(data);
  if (!parsed.success) throw new LibraryError('INVALID_INPUT', libraryMessages.packInvalid(z.prettifyError(parsed.error)));
  return parsed.data;
}

/**
 * Merges a pack in one transaction: paragraphs identical after normalisation are not added twice
 * (their tags are united and a favourite stays a favourite), phrases already present in any category
 * are skipped, and an identical skeleton is not repeated.
 */
export function importPack(db: Database, pack: LibraryPack, now = new Date().toISOString()): PackImportReport {
  return db.transaction((): PackImportReport => {
    const report: PackImportReport = { paragraphs: 0, duplicates: 0, phrases: 0, skeletons: 0 };
    const writer = paragraphWriter(db, now);
    const sourceIds = new Map<string, number>();
    const findSource = db.prepare<[string], { id: number }>('SELECT id FROM sources WHERE content_hash = ?');

    for (const paragraph of pack.paragraphs) {
      let sourceId = 0;
      if (paragraph.source && !writer.has(paragraph.text)) {
        const key = `pack:${sha256(JSON.stringify(paragraph.source))}`;
        sourceId =
          sourceIds.get(key) ??
          findSource.get(key)?.id ??
          insertSource(
            db,
            {
              fileName: paragraph.source.fileName,
              kind: 'pack',
              contentHash: key,
              title: paragraph.source.title,
              year: paragraph.source.year,
              issuer: paragraph.source.issuer,
              encoding: null,
              removedCount: 0,
              origin: paragraph.source.origin,
            },
            now,
          );
        sourceIds.set(key, sourceId);
      }
      const curated = { text: paragraph.text, part: paragraph.part, headingPath: paragraph.headingPath, tags: paragraph.tags, favorite: paragraph.favorite, note: paragraph.note };
      if (writer.addCurated(curated, sourceId || null)) report.paragraphs++;
      else report.duplicates++;
    }

    const phraseExists = db.prepare<[string], { id: number }>('SELECT id FROM phrases WHERE text = ? LIMIT 1');
    for (const phrase of pack.phrases) {
      if (phraseExists.get(phrase.text)) continue;
      insertPhrase(db, { categoryId: ensureCategory(db, phrase.category), text: phrase.text }, now);
      report.phrases++;
    }

    const skeletonExists = db.prepare<[string, string], { id: number }>('SELECT id FROM skeletons WHERE name = ? AND headings = ?');
    for (const skeleton of pack.skeletons) {
      if (skeletonExists.get(skeleton.name, JSON.stringify(skeleton.headings))) continue;
      insertSkeleton(db, skeleton, now);
      report.skeletons++;
    }
    return report;
  }).immediate();
}
