import type { Database } from 'better-sqlite3';
import phrasesJson from '../../resources/seed/phrases.json';
import skeletonsJson from '../../resources/seed/skeletons.json';
import { readMeta, writeMeta } from './meta';
import { phraseSeedSchema, skeletonSeedSchema, type SeedData } from './seed-schema';

export function builtinSeed(): SeedData {
  return { phrases: phraseSeedSchema.parse(phrasesJson), skeletons: skeletonSeedSchema.parse(skeletonsJson) };
}

export function seedVersionOf(seed: SeedData): number {
  return Math.max(seed.phrases.version, seed.skeletons.version);
}

export interface SeedReport {
  from: number;
  to: number;
  phrases: number;
  skeletons: number;
}

/**
 * Adds the built-in material introduced after the library's recorded seed version. Rows are matched
 * by their seed key and never updated, so a restart adds nothing twice and the user's edits survive;
 * items a user deleted stay deleted because only items newer than the recorded version are offered.
 */
export function seedLibrary(db: Database, seed: SeedData = builtinSeed(), now = new Date().toISOString()): SeedReport {
  const from = Number(readMeta(db, 'seed_version') ?? '0');
  const to = seedVersionOf(seed);
  const report: SeedReport = { from, to: Math.max(from, to), phrases: 0, skeletons: 0 };
  if (to <= from) return report;

  const findCategory = db.prepare<[string, string], { id: number }>(
    'SELECT id FROM phrase_categories WHERE seed_key = ? OR name = ? ORDER BY seed_key IS NULL LIMIT 1',
  );
  const insertCategory = db.prepare(
    `INSERT INTO phrase_categories (name, builtin, sort, seed_key)
     VALUES (?, 1, (SELECT coalesce(max(sort), 0) + 1 FROM phrase_categories), ?)`,
  );
  const insertPhrase = db.prepare(
    `INSERT OR IGNORE INTO phrases (category_id, text, builtin, sort, seed_key, created_at, updated_at)
     VALUES (?, ?, 1, (SELECT coalesce(max(sort), 0) + 1 FROM phrases WHERE category_id = ?), ?, ?, ?)`,
  );
  const insertSkeleton = db.prepare(
    `INSERT OR IGNORE INTO skeletons (name, doc_type, builtin, headings, seed_key, created_at, updated_at)
     VALUES (?, ?, 1, ?, ?, ?, ?)`,
  );

  db.transaction(() => {
    for (const category of seed.phrases.categories) {
      const fresh = category.phrases.filter((p) => p.since > from);
      if (fresh.length === 0) continue;
      let categoryId = findCategory.get(category.key, category.name)?.id;
      if (categoryId === undefined) {
        categoryId = Number(insertCategory.run(category.name, category.key).lastInsertRowid);
      }
      for (const phrase of fresh) {
        report.phrases += insertPhrase.run(categoryId, phrase.text, categoryId, phrase.key, now, now).changes;
      }
    }
    for (const skeleton of seed.skeletons.skeletons) {
      if (skeleton.since <= from) continue;
      report.skeletons += insertSkeleton.run(
        skeleton.name,
        skeleton.docType,
        JSON.stringify(skeleton.headings),
        skeleton.key,
        now,
        now,
      ).changes;
    }
    writeMeta(db, 'seed_version', String(to));
  })();
  return report;
}
