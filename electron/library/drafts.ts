import type { Database } from 'better-sqlite3';
import type { Draft, SavedDraft } from '../../shared/model/library';
import { LibraryError } from './errors';
import { libraryMessages } from './messages';

export function loadLatestDraft(db: Database): Draft | null {
  return (
    db
      .prepare<[], Draft>(
        'SELECT id, title, content, updated_at AS updatedAt FROM drafts ORDER BY updated_at DESC, id DESC LIMIT 1',
      )
      .get() ?? null
  );
}

export interface DraftInput {
  id?: number | undefined;
  title: string;
  content: string;
}

/** Creates the draft when it has no id yet, otherwise overwrites it in one statement. */
export function saveDraft(db: Database, draft: DraftInput, now = new Date().toISOString()): SavedDraft {
  if (draft.id === undefined) {
    const info = db
      .prepare('INSERT INTO drafts (title, content, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run(draft.title, draft.content, now, now);
    return { id: Number(info.lastInsertRowid), updatedAt: now };
  }
  const info = db
    .prepare('UPDATE drafts SET title = ?, content = ?, updated_at = ? WHERE id = ?')
    .run(draft.title, draft.content, now, draft.id);
  if (info.changes === 0) throw new LibraryError('NOT_FOUND', libraryMessages.draftMissing(draft.id));
  return { id: draft.id, updatedAt: now };
}
