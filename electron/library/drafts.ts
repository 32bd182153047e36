import type { Database } from 'better-sqlite3';
import { UNTITLED_DRAFT, type Draft, type DraftSummary, type DraftVersion, type SavedDraft } from '../../shared/ipc/library';
import { draftDigest } from '../../shared/model/draftDigest';
import { LibraryError, requireChange } from './errors';
import { libraryMessages } from './messages';

/** An automatic version is kept when the last one is older than this. */
export const AUTO_VERSION_MS = 10 * 60 * 1000;

export function loadLatestDraft(db: Database): Draft | null {
  return (
    db
      .prepare<[], Draft>(
        `SELECT id, title, content, updated_at AS updatedAt FROM drafts WHERE deleted_at IS NULL
          ORDER BY updated_at DESC, id DESC LIMIT 1`,
      )
      .get() ?? null
  );
}

export function loadDraft(db: Database, id: number): Draft {
  const draft = db
    .prepare<[number], Draft>('SELECT id, title, content, updated_at AS updatedAt FROM drafts WHERE id = ? AND deleted_at IS NULL')
    .get(id);
  if (!draft) throw new LibraryError('NOT_FOUND', libraryMessages.draftMissing(id));
  return draft;
}

export function listDrafts(db: Database): DraftSummary[] {
  return db
    .prepare<[], Omit<DraftSummary, 'firstLine' | 'words'> & { content: string }>(
      `SELECT id, title, updated_at AS updatedAt, length(content) AS size, content FROM drafts WHERE deleted_at IS NULL
        ORDER BY updated_at DESC, id DESC`,
    )
    .all()
    .map(({ content, ...row }) => {
      const { firstLine, words } = draftDigest(content);
      return { ...row, firstLine, words };
    });
}

/** A version's text, to look at before restoring it. */
export function previewVersion(db: Database, versionId: number): { text: string; words: number } {
  const version = db.prepare<[number], { content: string }>('SELECT content FROM draft_versions WHERE id = ?').get(versionId);
  if (!version) throw new LibraryError('NOT_FOUND', libraryMessages.missing('版本'));
  const { text, words } = draftDigest(version.content);
  return { text, words };
}

export interface DraftInput {
  id?: number | undefined;
  title: string;
  content: string;
}

/**
 * Creates the draft when it has no id yet, otherwise overwrites it. A title derived from the text
 * replaces only an untitled draft's title, so a rename sticks. Keeps an automatic version when the
 * last one is more than ten minutes old.
 */
export function saveDraft(db: Database, draft: DraftInput, now = new Date().toISOString()): SavedDraft {
  return db.transaction((): SavedDraft => {
    let id = draft.id;
    if (id === undefined) {
      id = Number(
        db
          .prepare('INSERT INTO drafts (title, content, created_at, updated_at) VALUES (?, ?, ?, ?)')
          .run(draft.title || UNTITLED_DRAFT, draft.content, now, now).lastInsertRowid,
      );
    } else {
      const info = db
        .prepare(
          `UPDATE drafts SET content = ?, updated_at = ?,
                  title = CASE WHEN title IN ('', ?) THEN ? ELSE title END
            WHERE id = ? AND deleted_at IS NULL`,
        )
        .run(draft.content, now, UNTITLED_DRAFT, draft.title || UNTITLED_DRAFT, id);
      requireChange(info, libraryMessages.draftMissing(id));
    }
    const last = db.prepare<[number], { createdAt: string }>(
      'SELECT max(created_at) AS createdAt FROM draft_versions WHERE draft_id = ?',
    ).get(id)?.createdAt;
    if (!last || Date.parse(now) - Date.parse(last) >= AUTO_VERSION_MS) addVersion(db, id, 'auto', draft.content, now);
    return { id, updatedAt: now };
  }).immediate();
}

function addVersion(db: Database, draftId: number, kind: DraftVersion['kind'], content: string, now: string): number {
  return Number(
    db.prepare('INSERT INTO draft_versions (draft_id, kind, content, created_at) VALUES (?, ?, ?, ?)').run(draftId, kind, content, now)
      .lastInsertRowid,
  );
}

export function renameDraft(db: Database, id: number, title: string): void {
  const info = db.prepare('UPDATE drafts SET title = ? WHERE id = ? AND deleted_at IS NULL').run(title, id);
  requireChange(info, libraryMessages.draftMissing(id));
}

export function deleteDraft(db: Database, id: number, now = new Date().toISOString()): void {
  const info = db.prepare('UPDATE drafts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(now, id);
  requireChange(info, libraryMessages.draftMissing(id));
}

export function restoreDraft(db: Database, id: number): void {
  const info = db.prepare('UPDATE drafts SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id);
  requireChange(info, libraryMessages.draftMissing(id));
}

/** The user's 保存版本: the draft as it is now. */
export function saveVersion(db: Database, id: number, now = new Date().toISOString()): DraftVersion {
  const draft = loadDraft(db, id);
  const versionId = addVersion(db, id, 'manual', draft.content, now);
  return { id: versionId, kind: 'manual', createdAt: now, size: draft.content.length };
}

export function listVersions(db: Database, draftId: number): DraftVersion[] {
  return db
    .prepare<[number], DraftVersion>(
      'SELECT id, kind, created_at AS createdAt, length(content) AS size FROM draft_versions WHERE draft_id = ? ORDER BY created_at DESC, id DESC',
    )
    .all(draftId);
}

/** Puts a version back as the draft's content; the content it replaces is kept as a version first. */
export function restoreVersion(db: Database, versionId: number, now = new Date().toISOString()): Draft {
  return db.transaction((): Draft => {
    const version = db
      .prepare<[number], { draftId: number; content: string }>('SELECT draft_id AS draftId, content FROM draft_versions WHERE id = ?')
      .get(versionId);
    if (!version) throw new LibraryError('NOT_FOUND', libraryMessages.missing('版本'));
    const current = loadDraft(db, version.draftId);
    addVersion(db, current.id, 'before-restore', current.content, now);
    db.prepare('UPDATE drafts SET content = ?, updated_at = ? WHERE id = ?').run(version.content, now, current.id);
    return loadDraft(db, current.id);
  }).immediate();
}

/** The findings the user ignored in this draft (the 检查 tab's 忽略), kept with the draft. */
export function ignoredChecks(db: Database, draftId: number): string[] {
  const row = db.prepare<[number], { ignored: string }>('SELECT ignored_checks AS ignored FROM drafts WHERE id = ? AND deleted_at IS NULL').get(draftId);
  if (!row) throw new LibraryError('NOT_FOUND', libraryMessages.draftMissing(draftId));
  const parsed: unknown = JSON.parse(row.ignored);
  return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [];
}

export function setIgnoredChecks(db: Database, draftId: number, keys: readonly string[]): void {
  const info = db.prepare('UPDATE drafts SET ignored_checks = ? WHERE id = ? AND deleted_at IS NULL').run(JSON.stringify([...new Set(keys)]), draftId);
  requireChange(info, libraryMessages.draftMissing(draftId));
}

/** A draft as read back from a damaged copy of the library (see salvage.ts). */
export interface SalvagedDraft {
  id: number;
  title: string;
  content: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/**
 * Puts a draft read from the damaged file into the restored library when it is newer there: a draft
 * the backup does not have is added, a draft the backup has in an older state gets the newer content
 * and keeps the backup's as a version. Returns whether anything changed.
 */
export function mergeSalvagedDraft(db: Database, draft: SalvagedDraft, now = new Date().toISOString()): boolean {
  return db.transaction((): boolean => {
    const current = db
      .prepare<[number], { content: string; createdAt: string; updatedAt: string }>(
        'SELECT content, created_at AS createdAt, updated_at AS updatedAt FROM drafts WHERE id = ?',
      )
      .get(draft.id);
    // The same id in the backup for a draft created at another time is another draft: keep both.
    const sameDraft = current !== undefined && current.createdAt === draft.createdAt;
    if (sameDraft && current.updatedAt >= draft.updatedAt) return false;
    if (sameDraft) {
      addVersion(db, draft.id, 'before-restore', current.content, now);
      db.prepare('UPDATE drafts SET title = ?, content = ?, updated_at = ?, deleted_at = ? WHERE id = ?').run(
        draft.title,
        draft.content,
        draft.updatedAt,
        draft.deletedAt,
        draft.id,
      );
      return true;
    }
    db.prepare('INSERT INTO drafts (id, title, content, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      current === undefined ? draft.id : null,
      draft.title,
      draft.content,
      draft.createdAt,
      draft.updatedAt,
      draft.deletedAt,
    );
    return true;
  }).immediate();
}
