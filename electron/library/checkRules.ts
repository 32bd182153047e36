import type { Database } from 'better-sqlite3';
import type { CheckRule } from '../../shared/ipc/library';
import { isUniqueViolation, LibraryError, requireChange } from './errors';
import { libraryMessages } from './messages';

/** The only SQL that reads and writes `check_rules` (a draft's ignored findings are drafts.ts's). */
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
        // An edited rule is the user's: a later correction of the shipped one does not overwrite it.
        .prepare('UPDATE check_rules SET kind = ?, wrong = ?, right = ?, note = ?, builtin = 0 WHERE id = ?')
        .run(rule.kind, rule.wrong, rule.right || null, rule.note || null, rule.id);
      requireChange(info, libraryMessages.missing('检查规则'));
      return { id: rule.id };
    }
    const info = db.prepare('INSERT INTO check_rules (kind, wrong, right, note) VALUES (?, ?, ?, ?)').run(rule.kind, rule.wrong, rule.right || null, rule.note || null);
    return { id: Number(info.lastInsertRowid) };
  } catch (error) {
    if (isUniqueViolation(error)) throw new LibraryError('DUPLICATE', libraryMessages.duplicateRule(rule.wrong));
    throw error;
  }
}

export function deleteCheckRule(db: Database, id: number): void {
  const info = db.prepare('DELETE FROM check_rules WHERE id = ?').run(id);
  requireChange(info, libraryMessages.missing('检查规则'));
}

/**
 * A shipped rule from the seed: added when the library does not have it; replaced when the library has
 * it as shipped (builtin), so a corrected right form reaches it; left alone once the user changed it.
 * Returns whether anything changed.
 */
export function seedCheckRule(db: Database, rule: { key: string; kind: CheckRule['kind']; wrong: string; right?: string | undefined; note?: string | undefined }): boolean {
  const current = db.prepare<[string], { id: number; builtin: number }>('SELECT id, builtin FROM check_rules WHERE seed_key = ?').get(rule.key);
  if (current) {
    if (current.builtin !== 1) return false;
    return (
      db
        .prepare(
          `UPDATE OR IGNORE check_rules SET kind = @kind, wrong = @wrong, right = @right, note = @note
            WHERE id = @id AND NOT (kind = @kind AND wrong = @wrong AND right IS @right AND note IS @note)`,
        )
        .run({ kind: rule.kind, wrong: rule.wrong, right: rule.right ?? null, note: rule.note ?? null, id: current.id }).changes > 0
    );
  }
  return (
    db
      .prepare('INSERT INTO check_rules (kind, wrong, right, note, builtin, seed_key) VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT DO NOTHING')
      .run(rule.kind, rule.wrong, rule.right ?? null, rule.note ?? null, rule.key).changes > 0
  );
}
