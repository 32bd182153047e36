import { starterSensitive, starterWordings } from '../../../shared/checks/starter';
import type { Migration } from './migration';

/**
 * Document checks: the user's list of “wrong → right” wordings and sensitive words (starting from
 * the shipped list, which the user may edit or delete), and the findings ignored in each draft.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'checks',
  up: (db) => {
    db.exec(`
      CREATE TABLE check_rules (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('wording', 'sensitive')),
        wrong TEXT NOT NULL CHECK (length(wrong) > 0),
        right TEXT,
        note TEXT,
        builtin INTEGER NOT NULL DEFAULT 0,
        UNIQUE (kind, wrong)
      ) STRICT;

      ALTER TABLE drafts ADD COLUMN ignored_checks TEXT NOT NULL DEFAULT '[]';
    `);
    const insert = db.prepare('INSERT INTO check_rules (kind, wrong, right, note, builtin) VALUES (?, ?, ?, ?, 1)');
    for (const rule of starterWordings) insert.run('wording', rule.wrong, rule.right ?? null, rule.note ?? null);
    for (const rule of starterSensitive) insert.run('sensitive', rule.wrong, rule.right ?? null, rule.note ?? null);
  },
};
