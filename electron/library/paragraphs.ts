import type { Database, Statement } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { placeholdersIn } from '../../shared/genre/placeholders';
import { normaliseForCompare } from '../../shared/genre/text';
import type { Part } from '../../shared/model/parts';
import { TRASH_DAYS } from '../../shared/model/limits';
import type { LibraryParagraph, TrashedParagraph } from '../../shared/ipc/search';
import { LibraryError, requireChange } from './errors';
import { libraryMessages } from './messages';

/*
 * The paragraphs table family (paragraphs, paragraph_sources): the only module that writes it.
 * Import, packs, saving from a draft and the user's curation all come through here, so a
 * paragraph's identity (normalised hash) and its stored fields are computed in one place.
 */


/** What makes two paragraphs the same one: the hash of their normalised text (NFKC, lower case, no spaces). */
export function normalisedHash(text: string): string {
  return createHash('sha256').update(normaliseForCompare(text)).digest('hex');
}

export interface ParagraphRecord {
  text: string;
  part: Part;
  headingPath: string[];
}

/** A paragraph from a pack carries the curation of the library it came from. */
export interface CuratedParagraphRecord extends ParagraphRecord {
  tags: string[];
  favorite: boolean;
  note: string;
}

export interface ParagraphWriter {
  /** Stores the paragraph, or links the existing identical one to this source; true when new. */
  add(paragraph: ParagraphRecord, sourceId: number | null, position: number): boolean;
  /**
   * Stores a pack's paragraph with its tags, favourite and note; an identical paragraph already
   * here gets the tags added and stays (or becomes) a favourite. True when new.
   */
  addCurated(paragraph: CuratedParagraphRecord, sourceId: number | null): boolean;
  /** Whether a paragraph with this text (after normalisation) is stored, live or in the trash. */
  has(text: string): boolean;
}

export function paragraphWriter(db: Database, now: string): ParagraphWriter {
  const insert: Statement = db.prepare(
    `INSERT INTO paragraphs (text, norm_hash, part, heading_path, placeholders, placeholder_count, tags, favorite, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (norm_hash) DO NOTHING`,
  );
  const find = db.prepare<[string], { id: number; tags: string }>('SELECT id, tags FROM paragraphs WHERE norm_hash = ?');
  const link = db.prepare('INSERT OR IGNORE INTO paragraph_sources (paragraph_id, source_id, position) VALUES (?, ?, ?)');
  // A paragraph stored with its report is indexed when the link is made, once (see searchFunctions.ts).
  const linkFollows = db.prepare('SELECT wengao_link_follows(?)');
  const merge = db.prepare('UPDATE paragraphs SET tags = ?, favorite = max(favorite, ?), updated_at = ? WHERE id = ?');
  const store = (paragraph: ParagraphRecord, curation: { tags: string[]; favorite: boolean; note: string }, linked: boolean) => {
    const normHash = normalisedHash(paragraph.text);
    const placeholders = placeholdersIn(paragraph.text);
    if (linked) linkFollows.get(1);
    const info = insert.run(
      paragraph.text,
      normHash,
      paragraph.part,
      JSON.stringify(paragraph.headingPath),
      JSON.stringify(placeholders),
      placeholders.length,
      JSON.stringify(curation.tags),
      curation.favorite ? 1 : 0,
      curation.note,
      now,
      now,
    );
    // An identical paragraph already stored: nothing was inserted, and the flag must not reach the next one.
    if (linked && info.changes === 0) linkFollows.get(0);
    return { normHash, id: info.changes > 0 ? Number(info.lastInsertRowid) : undefined };
  };
  return {
    add(paragraph, sourceId, position) {
      const { normHash, id } = store(paragraph, { tags: [], favorite: false, note: '' }, sourceId !== null);
      const target = id ?? find.get(normHash)?.id;
      if (target !== undefined && sourceId !== null) link.run(target, sourceId, position);
      return id !== undefined;
    },
    addCurated(paragraph, sourceId) {
      const present = find.get(normalisedHash(paragraph.text));
      if (present) {
        const tags = [...new Set([...(JSON.parse(present.tags) as string[]), ...paragraph.tags])];
        merge.run(JSON.stringify(tags), paragraph.favorite ? 1 : 0, now, present.id);
        return false;
      }
      const { id } = store(paragraph, paragraph, sourceId !== null);
      if (id !== undefined && sourceId !== null) link.run(id, sourceId, 0);
      return true;
    },
    has: (text) => find.get(normalisedHash(text)) !== undefined,
  };
}

interface Row {
  id: number;
  text: string;
  part: Part;
  tags: string;
  note: string;
  favorite: number;
  useCount: number;
}

export function getParagraph(db: Database, id: number): LibraryParagraph {
  const row = db
    .prepare<[number], Row>(
      'SELECT id, text, part, tags, note, favorite, use_count AS useCount FROM paragraphs WHERE id = ? AND deleted_at IS NULL',
    )
    .get(id);
  if (!row) throw new LibraryError('NOT_FOUND', libraryMessages.paragraphMissing(id));
  return { ...row, tags: JSON.parse(row.tags) as string[], favorite: row.favorite === 1 };
}

const changed = (info: { changes: number }, id: number) => requireChange(info, libraryMessages.paragraphMissing(id));

/** Edits text, part, tags or note; an edit that makes it identical to another paragraph is refused. */
export function updateParagraph(
  db: Database,
  id: number,
  patch: { text?: string | undefined; part?: Part | undefined; tags?: string[] | undefined; note?: string | undefined },
  now = new Date().toISOString(),
): LibraryParagraph {
  db.transaction(() => {
    const current = getParagraph(db, id);
    const text = patch.text ?? current.text;
    const hash = normalisedHash(text);
    const clash = db.prepare<[string, number], { id: number }>('SELECT id FROM paragraphs WHERE norm_hash = ? AND id != ?').get(hash, id);
    if (clash) throw new LibraryError('DUPLICATE', libraryMessages.paragraphDuplicate(clash.id));
    const placeholders = placeholdersIn(text);
    changed(
      db
        .prepare(
          `UPDATE paragraphs SET text = ?, norm_hash = ?, part = ?, tags = ?, note = ?, placeholders = ?, placeholder_count = ?, updated_at = ?
            WHERE id = ? AND deleted_at IS NULL`,
        )
        .run(
          text,
          hash,
          patch.part ?? current.part,
          JSON.stringify([...new Set((patch.tags ?? current.tags).map((t) => t.trim()).filter(Boolean))]),
          patch.note ?? current.note,
          JSON.stringify(placeholders),
          placeholders.length,
          now,
          id,
        ),
      id,
    );
  }).immediate();
  return getParagraph(db, id);
}

export function setFavorite(db: Database, id: number, favorite: boolean): void {
  changed(db.prepare('UPDATE paragraphs SET favorite = ? WHERE id = ? AND deleted_at IS NULL').run(favorite ? 1 : 0, id), id);
}

/** Counts an insertion into a draft: used paragraphs rise in the ranking. */
export function markUsed(db: Database, id: number, now = new Date().toISOString()): void {
  changed(
    db.prepare('UPDATE paragraphs SET use_count = use_count + 1, last_used_at = ? WHERE id = ? AND deleted_at IS NULL').run(now, id),
    id,
  );
}

export function trashParagraph(db: Database, id: number, now = new Date().toISOString()): void {
  changed(db.prepare('UPDATE paragraphs SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(now, id), id);
}

export function restoreParagraph(db: Database, id: number): void {
  changed(db.prepare('UPDATE paragraphs SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id), id);
}

export function listTrash(db: Database): TrashedParagraph[] {
  return db
    .prepare<[], TrashedParagraph>('SELECT id, text, deleted_at AS deletedAt FROM paragraphs WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC')
    .all();
}

/** Deletes for good what has been in the trash for more than 30 days. */
export function purgeTrash(db: Database, now = new Date()): number {
  const cutoff = new Date(now.getTime() - TRASH_DAYS * 24 * 3600 * 1000).toISOString();
  return db.prepare('DELETE FROM paragraphs WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(cutoff).changes;
}

/**
 * Saves text from a draft as a paragraph of the user's own. Text identical to a stored paragraph
 * returns that paragraph (restored from the trash if need be) with the new tags added.
 */
export function saveParagraph(
  db: Database,
  input: { text: string; part: Part; tags: string[] },
  now = new Date().toISOString(),
): LibraryParagraph {
  const hash = normalisedHash(input.text);
  const id = db.transaction((): number => {
    const existing = db.prepare<[string], { id: number; tags: string }>('SELECT id, tags FROM paragraphs WHERE norm_hash = ?').get(hash);
    if (existing) {
      const tags = [...new Set([...(JSON.parse(existing.tags) as string[]), ...input.tags])];
      db.prepare('UPDATE paragraphs SET deleted_at = NULL, tags = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(tags), now, existing.id);
      return existing.id;
    }
    const placeholders = placeholdersIn(input.text);
    return Number(
      db
        .prepare(
          `INSERT INTO paragraphs (text, norm_hash, part, tags, placeholders, placeholder_count, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(input.text, hash, input.part, JSON.stringify(input.tags), JSON.stringify(placeholders), placeholders.length, now, now)
        .lastInsertRowid,
    );
  }).immediate();
  return getParagraph(db, id);
}

/** Merges near-duplicates into one: the others' sources, tags, uses and favourite move to `keep`. */
export function mergeParagraphs(db: Database, keep: number, others: readonly number[]): LibraryParagraph {
  db.transaction(() => {
    const kept = getParagraph(db, keep);
    let tags = kept.tags;
    for (const id of others.filter((o) => o !== keep)) {
      const other = getParagraph(db, id);
      tags = [...new Set([...tags, ...other.tags])];
      db.prepare('INSERT OR IGNORE INTO paragraph_sources (paragraph_id, source_id, position) SELECT ?, source_id, position FROM paragraph_sources WHERE paragraph_id = ?').run(keep, id);
      db.prepare('UPDATE paragraphs SET use_count = use_count + ?, favorite = max(favorite, ?) WHERE id = ?').run(other.useCount, other.favorite ? 1 : 0, keep);
      db.prepare('DELETE FROM paragraphs WHERE id = ?').run(id);
    }
    db.prepare('UPDATE paragraphs SET tags = ? WHERE id = ?').run(JSON.stringify(tags), keep);
  }).immediate();
  return getParagraph(db, keep);
}

/** The tags and source years in use, for the search filters. */
export function searchFacets(db: Database): { tags: string[]; years: number[] } {
  const tags = db
    .prepare("SELECT DISTINCT j.value AS tag FROM paragraphs p, json_each(p.tags) j WHERE p.deleted_at IS NULL ORDER BY tag")
    .pluck()
    .all() as string[];
  const years = db.prepare('SELECT DISTINCT year FROM sources WHERE year IS NOT NULL ORDER BY year DESC').pluck().all() as number[];
  return { tags, years };
}
