import type { Migration } from './migration';

/** Phrases harvested at import wait for the user's review (待审) before they join the palette. */
export const migration0009: Migration = {
  version: 9,
  name: 'pending-phrases',
  up: (db) => {
    db.exec('ALTER TABLE phrases ADD COLUMN pending INTEGER NOT NULL DEFAULT 0 CHECK (pending IN (0, 1));');
  },
};
