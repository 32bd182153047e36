import { dateTime } from '../kit/dateTime';
import { strings } from '../kit/strings';

/**
 * Restoring a backup reloads the page (every list reads the restored library afresh); what was
 * restored, from when, is said after the reload. The note lives in this tab's sessionStorage only.
 */
const KEY = 'wengao.restoredBackup';

export function rememberRestore(backup: { createdAt: string; kind: string }): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ createdAt: backup.createdAt, kind: backup.kind }));
  } catch {
    // Without storage the restore still happens; only the notice after it is lost.
  }
}

/** The notice for a restore that has just reloaded the page, once; null otherwise. */
export function takeRestoreNotice(): string | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    sessionStorage.removeItem(KEY);
    const note = JSON.parse(raw) as { createdAt?: unknown; kind?: unknown };
    if (typeof note.createdAt !== 'string' || typeof note.kind !== 'string') return null;
    return strings.care.restored(dateTime(note.createdAt), note.kind);
  } catch {
    return null;
  }
}
