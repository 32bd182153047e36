import type { Database } from 'better-sqlite3';
import phrasesJson from '../../resources/seed/phrases.json';
import skeletonsJson from '../../resources/seed/skeletons.json';
import { readMeta, writeMeta } from './meta';
import { ensureCategory, insertPhrase } from './phrases';
import { insertSkeleton } from './skeletons';
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

  db.transaction(() => {
    for (const category of seed.phrases.categories) {
      const fresh = category.phrases.filter((p) => p.since > from);
      if (fresh.length === 0) continue;
      const categoryId = ensureCategory(db, category.name, { builtin: true, seedKey: category.key });
      for (const phrase of fresh) {
        if (insertPhrase(db, { categoryId, text: phrase.text, builtin: true, seedKey: phrase.key }, now, { ifAbsent: true }).added) report.phrases++;
      }
    }
    for (const skeleton of seed.skeletons.skeletons) {
      if (skeleton.since <= from) continue;
      const added = insertSkeleton(db, { name: skeleton.name, docType: skeleton.docType, headings: skeleton.headings, builtin: true, seedKey: skeleton.key }, now).added;
      if (added) report.skeletons++;
    }
    writeMeta(db, 'seed_version', String(to));
  }).immediate();
  return report;
}
