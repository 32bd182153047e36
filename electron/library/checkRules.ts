import type { Database } from 'better-sqlite3';
import type { CheckRule } from '../../shared/model/library';
import { LibraryError } from './errors';
import { libraryMessages } from './messages';

/** The only SQL that reads and writes `check_rules` and a draft's ignored findings. */
export function listCheckRules(db: Database): CheckRule[] {
  return db
    .prepare<[], CheckRule>(
      `SELECT id, kind, wrong, coalesce(right, '') AS right, coalesce(note, '') AS note, builtin = 1 AS builtin
         FROM check_rules ORDER BY kind, id`,
    )
    .all()
    .map((r) => ({ ...r, builtin: Boolean(r.builtin) }));
}

export function saveCheckRule(db: Database, rule: { id?: number | undefined; kind: CheckRule['kind']; wrong: string; right?: string | undefined; note?: string | undefined }): { id: number } {
  if (rule.kind === 'wording' && !rule.right) throw new LibraryError('INVALID_INPUT', libraryMessages.ruleNeedsRight);
  try {
    if (rule.id !== undefined) {
      const info = db
        .prepare('UPDATE check_rules SET kind = ?, wrong = ?, right = ?, note = ? WHERE id = ?')
        .run(rule.kind, rule.wrong, rule.right || null, rule.note || null, rule.id);
      if (info.changes === 0) throw new LibraryError('NOT_FOUND', libraryMessages.missing('检查规则'));
      return { id: rule.id };
    }
    const info = db.prepare('INSERT INTO check_rules (kind, wrong, right, note) VALUES (?, ?, ?, ?)').run(rule.kind, rule.wrong, rule.right || null, rule.note || null);
    return { id: Number(info.lastInsertRowid) };
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new LibraryError('DUPLICATE', libraryMessages.duplicateRule(rule.wrong));
    throw error;
  }
}

export function deleteCheckRule(db: Database, id: number): void {
  const info = db.prepare('DELETE FROM check_rules WHERE id = ?').run(id);
  if (info.changes === 0) throw new LibraryError('NOT_FOUND', libraryMessages.missing('检查规则'));
}
