import type { Migration } from './migration';

/**
 * Skeletons name their report kind by id (shared/genre/kinds.ts) instead of a free 文种 string. The
 * mapping below is frozen as it was when this version shipped: the kinds list may grow later, this
 * migration never changes.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'kinds',
  up: (db) => {
    db.exec(`
      ALTER TABLE skeletons ADD COLUMN kind TEXT NOT NULL DEFAULT 'report';
      UPDATE skeletons SET kind = CASE
        WHEN doc_type LIKE '%意识形态%' AND doc_type LIKE '%责任制%' THEN 'ideology-responsibility'
        WHEN doc_type LIKE '%整改%' THEN 'rectification'
        WHEN doc_type LIKE '%自查%' THEN 'self-inspection'
        WHEN doc_type LIKE '%述职%' THEN 'duty-report'
        WHEN doc_type LIKE '%汇报%' THEN 'special-report'
        WHEN doc_type LIKE '%总结%' THEN 'work-summary'
        ELSE 'report'
      END;
    `);
  },
};
