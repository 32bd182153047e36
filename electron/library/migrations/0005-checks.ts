import type { Migration } from './migration';

/** The starter rules as version 5 shipped them. */
const frozenWordings: readonly [string, string][] = [
  ['一岗双职', '一岗双责'],
  ['三会一棵', '三会一课'],
  ['三审三核', '三审三校'],
  ['两微一段', '两微一端'],
  ['四个意思', '四个意识'],
  ['四个自新', '四个自信'],
  ['两个坚决维护', '两个维护'],
  ['同部署、同落实、同检查、同考评', '同部署、同落实、同检查、同考核'],
  ['四个全面战略部署', '四个全面战略布局'],
  ['中国特色社会主义新时代思想', '新时代中国特色社会主义思想'],
  ['习近平新时代中国特色社会主义理论', '习近平新时代中国特色社会主义思想'],
  ['弘扬主旋律，传递正能量', '弘扬主旋律，传播正能量'],
  ['意识形态工作领导权、管理权、话语权、主导权', '意识形态工作领导权、管理权、话语权'],
];

const frozenSensitive: readonly [string, string][] = [
  ['绝密', '密级标志'],
  ['机密', '密级标志'],
  ['内部资料', '不宜公开'],
];

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
    // The starter rules as this version shipped them, frozen here: later changes come through the seed
    // (resources/seed/check-rules.json), never by editing a migration.
    const insert = db.prepare('INSERT INTO check_rules (kind, wrong, right, note, builtin) VALUES (?, ?, ?, ?, 1)');
    for (const [wrong, right] of frozenWordings) insert.run('wording', wrong, right, null);
    for (const [wrong, note] of frozenSensitive) insert.run('sensitive', wrong, null, note);
  },
};
