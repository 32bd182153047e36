import type { Migration } from './migration';

/**
 * What the user said lines of a shape are in an import preview (网站内容 or 报告正文), kept for the
 * next import: a site's chrome recurs on every page of it. Keyed by the line's shape (digits and
 * spaces aside, `grammar/labelLines.ts`), with one example and the site it was seen on, if the page named one.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'learned-lines',
  up: (db) => {
    db.exec(`CREATE TABLE learned_lines (
      shape TEXT PRIMARY KEY CHECK (length(shape) BETWEEN 1 AND 200),
      label TEXT NOT NULL CHECK (label IN ('chrome', 'body')),
      example TEXT NOT NULL,
      site TEXT,
      learned_at TEXT NOT NULL
    ) WITHOUT ROWID;`);
  },
};
