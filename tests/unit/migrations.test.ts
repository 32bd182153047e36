import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LibraryError } from '../../electron/library/errors';
import { migrate, schemaVersion } from '../../electron/library/migrate';
import { migrations, LATEST_SCHEMA_VERSION } from '../../electron/library/migrations';
import { migration0001 } from '../../electron/library/migrations/0001-init';

function memory() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
}

describe('migrations', () => {
  it('are numbered 1, 2, 3… in order, one per version', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(migrations.length);
  });

  it('bring an empty file to the latest version and record it in user_version', () => {
    const db = memory();
    expect(migrate(db, ':memory:')).toEqual(migrations.map((m) => m.version));
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(migrate(db, ':memory:')).toEqual([]);
  });

  it('refuse a library written by a newer build instead of damaging it', () => {
    const db = memory();
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    expect(() => migrate(db, 'x.sqlite')).toThrow(LibraryError);
  });

  it('leave the file at the last good version when a migration fails', () => {
    const db = memory();
    const broken = { version: 2, name: 'broken', up: () => db.exec('CREATE TABLE half (id INTEGER); SELECT nope FROM missing;') };
    expect(() => migrate(db, ':memory:', [migration0001, broken])).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
  });
});

describe('0001-init', () => {
  it('creates the phrase, skeleton, draft and meta tables with their constraints', () => {
    const db = memory();
    migrate(db, ':memory:', [migration0001]);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(['drafts', 'meta', 'phrase_categories', 'phrases', 'skeletons']);

    const now = '2026-01-01T00:00:00.000Z';
    db.prepare("INSERT INTO phrase_categories (name) VALUES ('政治站位')").run();
    const insertPhrase = db.prepare(
      'INSERT INTO phrases (category_id, text, created_at, updated_at) VALUES (?, ?, ?, ?)',
    );
    insertPhrase.run(1, '特此报告。', now, now);
    expect(() => insertPhrase.run(1, '特此报告。', now, now)).toThrow(/UNIQUE/);
    expect(() => insertPhrase.run(99, '无主短语', now, now)).toThrow(/FOREIGN KEY/);
    expect(() => insertPhrase.run(1, '', now, now)).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare('INSERT INTO skeletons (name, doc_type, headings, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
        .run('坏骨架', '报告', '{not json', now, now),
    ).toThrow(/CHECK/);

    db.prepare('DELETE FROM phrase_categories WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM phrases').get()).toEqual({ n: 0 });
  });
});

describe('0003-search', () => {
  it('indexes the paragraphs a version-2 library already holds, and keeps the index in step afterwards', async () => {
    const { migration0002 } = await import('../../electron/library/migrations/0002-import');
    const { migration0003 } = await import('../../electron/library/migrations/0003-search');
    const { searchParagraphs } = await import('../../electron/library/search');
    const db = memory();
    migrate(db, ':memory:', [migration0001, migration0002]);
    db.prepare("INSERT INTO paragraphs (text, norm_hash, section, created_at, updated_at) VALUES ('加强舆情处置。', 'a', 'work', '', '')").run();
    migrate(db, ':memory:', [migration0001, migration0002, migration0003]);
    migrate(db, ':memory:');
    expect(searchParagraphs(db, { query: '舆' }).total).toBe(1);
    db.prepare("UPDATE paragraphs SET deleted_at = 'x'").run();
    expect(searchParagraphs(db, { query: '舆' }).total).toBe(0);
  });
});

describe('0006-parts', () => {
  it('renames a paragraph’s section to its part, keeping every value and the allowed values', () => {
    const db = memory();
    migrate(db, ':memory:', migrations.slice(0, 5));
    db.prepare("INSERT INTO paragraphs (text, norm_hash, section, created_at, updated_at) VALUES ('理论学习不够深入。', 'a', 'problems', '', '')").run();
    migrate(db, ':memory:');
    expect(db.prepare('SELECT part FROM paragraphs').pluck().all()).toEqual(['problems']);
    expect(() => db.prepare("INSERT INTO paragraphs (text, norm_hash, part, created_at, updated_at) VALUES ('b', 'b', 'bogus', '', '')").run()).toThrow(/CHECK/);
  });
});

describe('0004-drafts', () => {
  it('adds a trash column to drafts and versions that go with their draft', () => {
    const db = memory();
    migrate(db, ':memory:');
    db.prepare("INSERT INTO drafts (title, content, created_at, updated_at) VALUES ('t', '{}', '', '')").run();
    db.prepare("INSERT INTO draft_versions (draft_id, kind, content, created_at) VALUES (1, 'manual', '{}', '')").run();
    expect(() => db.prepare("INSERT INTO draft_versions (draft_id, kind, content, created_at) VALUES (1, 'bogus', '{}', '')").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM drafts').run();
    expect(db.prepare('SELECT count(*) AS n FROM draft_versions').get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT name FROM pragma_table_info('drafts')").pluck().all()).toContain('deleted_at');
  });
});

describe('0005-checks', () => {
  it('ships the starter wordings and sensitive words, one per kind and text, and a per-draft list of ignored findings', () => {
    const db = memory();
    migrate(db, ':memory:');
    const rules = db.prepare<[], { kind: string; wrong: string; right: string | null }>('SELECT kind, wrong, right FROM check_rules').all();
    expect(rules).toContainEqual({ kind: 'wording', wrong: '一岗双职', right: '一岗双责' });
    expect(rules.some((r) => r.kind === 'sensitive')).toBe(true);
    expect(() => db.prepare("INSERT INTO check_rules (kind, wrong) VALUES ('wording', '一岗双职')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO check_rules (kind, wrong) VALUES ('bogus', 'x')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO drafts (title, content, created_at, updated_at) VALUES ('t', '{}', '', '')").run();
    expect(db.prepare('SELECT ignored_checks FROM drafts').pluck().get()).toBe('[]');
  });
});

describe('migrations are frozen', () => {
  it('import nothing that may change later: each carries its own data', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(import.meta.dirname, '../../electron/library/migrations');
    for (const file of readdirSync(dir).filter((name) => /^\d{4}-.*\.ts$/u.test(name))) {
      const imports = [...readFileSync(join(dir, file), 'utf8').matchAll(/^import .* from '([^']+)';$/gmu)].map((m) => m[1]);
      expect(imports, file).toEqual(['./migration']);
    }
  });
});
