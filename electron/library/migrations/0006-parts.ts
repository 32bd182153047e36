import type { Migration } from './migration';

/** A paragraph's report part (work / problems / plans / other) is its `part`; “section” means a heading and its content. */
export const migration0006: Migration = {
  version: 6,
  name: 'parts',
  up: (db) => {
    db.exec('ALTER TABLE paragraphs RENAME COLUMN section TO part;');
  },
};
