import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/library/migrate';
import { openLibrary } from '../../electron/library/open';
import { listPhraseCategories } from '../../electron/library/phrases';
import { builtinSeed, seedLibrary, seedVersionOf } from '../../electron/library/seed';
import type { SeedData } from '../../electron/library/seed-schema';
import { listSkeletons } from '../../electron/library/skeletons';
import { tempLibraryPath } from './helpers';

/** Every stock phrase shared/genre/README.md §5 names; the built-in seed must carry each one verbatim. */
const genrePhrases = [
  '“一岗双责”',
  '“三会一课”',
  '“第一议题”',
  '“三审三校”',
  '“两微一端”',
  '“四个意识”',
  '同部署、同落实、同检查、同考核',
  '落细、落小、落实',
  '弘扬主旋律，传播正能量',
  '牢牢掌握意识形态工作领导权',
];

const allPhraseTexts = (db: Database.Database) => listPhraseCategories(db).flatMap((c) => c.phrases.map((p) => p.text));

function freshDb() {
  const db = new Database(':memory:');
  migrate(db, ':memory:');
  return db;
}

describe('built-in seed', () => {
  it('holds the ideology report skeleton with its three parts', () => {
    const library = openLibrary(tempLibraryPath());
    const skeleton = listSkeletons(library.db).find((s) => s.name === '意识形态工作责任制落实情况报告');
    expect(skeleton?.builtin).toBe(true);
    expect(skeleton?.headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual([
      '工作开展情况',
      '存在的问题',
      '下一步工作打算',
    ]);
    library.close();
  });

  it('holds every phrase named in genre README §5, grouped by category', () => {
    const library = openLibrary(tempLibraryPath());
    const texts = allPhraseTexts(library.db);
    for (const phrase of genrePhrases) expect(texts).toContain(phrase);
    const categories = listPhraseCategories(library.db);
    expect(categories.length).toBeGreaterThan(3);
    expect(categories.every((c) => c.builtin && c.phrases.length > 0)).toBe(true);
    library.close();
  });

  it('has unique seed keys', () => {
    const seed = builtinSeed();
    const keys = [
      ...seed.phrases.categories.flatMap((c) => [c.key, ...c.phrases.map((p) => p.key)]),
      ...seed.skeletons.skeletons.map((s) => s.key),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('seedLibrary', () => {
  it('adds nothing twice when the app restarts', () => {
    const path = tempLibraryPath();
    const first = openLibrary(path);
    const counts = () => first.db.prepare('SELECT (SELECT count(*) FROM phrases) AS p, (SELECT count(*) FROM skeletons) AS s').get();
    const before = counts();
    expect(first.seeded.phrases).toBeGreaterThan(0);
    first.close();

    const second = openLibrary(path);
    expect(second.seeded).toMatchObject({ phrases: 0, skeletons: 0 });
    expect(second.db.prepare('SELECT (SELECT count(*) FROM phrases) AS p, (SELECT count(*) FROM skeletons) AS s').get()).toEqual(before);
    second.close();
  });

  it('keeps the user’s edits and deletions across restarts', () => {
    const path = tempLibraryPath();
    const library = openLibrary(path);
    library.db.prepare("UPDATE phrases SET text = '特此报告，请审阅。' WHERE text = '特此报告。'").run();
    library.db.prepare("DELETE FROM phrases WHERE text = '“两微一端”'").run();
    library.db.prepare("UPDATE skeletons SET name = '我的意识形态报告' WHERE name = '意识形态工作责任制落实情况报告'").run();
    library.close();

    const reopened = openLibrary(path);
    const texts = allPhraseTexts(reopened.db);
    expect(texts).toContain('特此报告，请审阅。');
    expect(texts).not.toContain('特此报告。');
    expect(texts).not.toContain('“两微一端”');
    expect(listSkeletons(reopened.db).map((s) => s.name)).toContain('我的意识形态报告');
    reopened.close();
  });

  it('adds only what a newer seed version introduced', () => {
    const db = freshDb();
    const v1: SeedData = {
      phrases: {
        version: 1,
        categories: [{ key: 'cat', name: '测试类', since: 1, phrases: [{ key: 'p1', text: '旧短语', since: 1 }] }],
      },
      skeletons: { version: 1, skeletons: [] },
    };
    expect(seedLibrary(db, v1)).toMatchObject({ from: 0, to: 1, phrases: 1 });
    db.prepare("DELETE FROM phrases WHERE text = '旧短语'").run();

    const v2: SeedData = {
      phrases: {
        version: 2,
        categories: [
          {
            key: 'cat',
            name: '测试类',
            since: 1,
            phrases: [
              { key: 'p1', text: '旧短语', since: 1 },
              { key: 'p2', text: '新短语', since: 2 },
            ],
          },
        ],
      },
      skeletons: { version: 2, skeletons: [{ key: 's', name: '新骨架', docType: '报告', since: 2, headings: [{ level: 1, text: '一节' }] }] },
    };
    expect(seedLibrary(db, v2)).toMatchObject({ from: 1, to: 2, phrases: 1, skeletons: 1 });
    expect(allPhraseTexts(db)).toEqual(['新短语']);
    expect(seedLibrary(db, v2)).toMatchObject({ phrases: 0, skeletons: 0 });
  });

  it('puts built-in phrases into a user category of the same name instead of failing', () => {
    const db = freshDb();
    db.prepare("INSERT INTO phrase_categories (name) VALUES ('开头结尾')").run();
    seedLibrary(db);
    const framing = listPhraseCategories(db).filter((c) => c.name === '开头结尾');
    expect(framing).toHaveLength(1);
    expect(framing[0]?.phrases.map((p) => p.text)).toContain('特此报告。');
  });
});

describe('shipped check rules', () => {
  it('are seeded with keys; a corrected rule reaches a library that kept it as shipped, never one the user changed', async () => {
    const { saveCheckRule, listCheckRules } = await import('../../electron/library/checkRules');
    const db = freshDb();
    const v1 = builtinSeed();
    expect(seedLibrary(db, v1)).toMatchObject({ rules: 0 });
    const shipped = listCheckRules(db);
    expect(shipped.filter((r) => r.builtin)).toHaveLength(v1.checkRules?.rules.length ?? -1);
    const edited = shipped.find((r) => r.wrong === '三会一棵');
    if (!edited) throw new Error('the starter list has 三会一棵');
    saveCheckRule(db, { id: edited.id, kind: 'wording', wrong: '三会一棵', right: '三会一课（我的写法）' });

    const rules = v1.checkRules?.rules ?? [];
    const next = seedVersionOf(v1) + 1;
    const corrected = rules.map((r) => (r.wrong === '一岗双职' || r.wrong === '三会一棵' ? { ...r, right: `${r.right ?? ''}（修正）`, since: next } : r));
    const v2 = { ...v1, checkRules: { version: next, rules: [...corrected, { key: 'wording-new', kind: 'wording' as const, wrong: '新错词', right: '新正词', since: next }] } };
    expect(seedLibrary(db, v2)).toMatchObject({ from: next - 1, to: next, rules: 2 });
    const after = listCheckRules(db);
    expect(after.find((r) => r.wrong === '一岗双职')).toMatchObject({ right: '一岗双责（修正）', builtin: true });
    expect(after.find((r) => r.wrong === '三会一棵')).toMatchObject({ right: '三会一课（我的写法）', builtin: false });
    expect(after.find((r) => r.wrong === '新错词')).toMatchObject({ right: '新正词', builtin: true });
    expect(seedLibrary(db, v2)).toMatchObject({ rules: 0 });
  });
});
