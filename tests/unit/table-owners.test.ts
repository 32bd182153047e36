import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Which module holds the only SQL that writes each table (migrations create and reshape them). */
const owners: Record<string, string> = {
  paragraphs: 'electron/library/paragraphs.ts',
  paragraph_sources: 'electron/library/paragraphs.ts',
  paragraph_fts: 'electron/library/search.ts',
  paragraph_copies: 'electron/library/copies.ts',
  sources: 'electron/library/sources.ts',
  phrases: 'electron/library/phrases.ts',
  phrase_categories: 'electron/library/phrases.ts',
  skeletons: 'electron/library/skeletons.ts',
  drafts: 'electron/library/drafts.ts',
  draft_versions: 'electron/library/drafts.ts',
  check_rules: 'electron/library/checkRules.ts',
  meta: 'electron/library/meta.ts',
  learned_lines: 'electron/library/learnedLines.ts',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the library owns its tables', () => {
  it('writes each table from one module only', () => {
    const writes: string[] = [];
    for (const file of [...sourceFiles(join(root, 'electron')), ...sourceFiles(join(root, 'shared'))]) {
      const text = readFileSync(file, 'utf8');
      for (const [, table] of text.matchAll(/\b(?:INSERT(?: OR \w+)? INTO|UPDATE|DELETE FROM)\s+([a-z_]+)/g)) {
        if (table) writes.push(`${table} ← ${relative(root, file)}`);
      }
    }
    const wrong = [...new Set(writes)].filter((write) => {
      const [table = '', file] = write.split(' ← ');
      return owners[table] !== file;
    });
    expect(wrong).toEqual([]);
    expect(new Set(writes.map((w) => w.split(' ← ')[0])).size).toBeGreaterThanOrEqual(9);
  });
});
