import type { Database } from 'better-sqlite3';
import phrasesJson from '../../resources/seed/phrases.json';
import skeletonsJson from '../../resources/seed/skeletons.json';
import checkRulesJson from '../../resources/seed/check-rules.json';
import { seedCheckRule } from './checkRules';
import { readMeta, writeMeta } from './meta';
import { ensureCategory, insertPhrase } from './phrases';
import { insertSkeleton } from './skeletons';
import { checkRuleSeedSchema, phraseSeedSchema, skeletonSeedSchema, type SeedData } from './seed-schema';

export function builtinSeed(): SeedData {
  return {
    phrases: phraseSeedSchema.parse(phrasesJson),
    skeletons: skeletonSeedSchema.parse(skeletonsJson),
    checkRules: checkRuleSeedSchema.parse(checkRulesJson),
  };
}

export function seedVersionOf(seed: SeedData): number {
  return Math.max(seed.phrases.version, seed.skeletons.version, seed.checkRules?.version ?? 0);
}

export interface SeedReport {
  from: number;
  to: number;
  phrases: number;
  skeletons: number;
  /** Shipped check rules added, or updated where the user had left them as shipped. */
  rules: number;
}

/**
 * Adds the built-in material introduced after the library's recorded seed version. Rows are matched
 * by their seed key, so a restart adds nothing twice; phrases and skeletons are never updated, so the
 * user's edits survive, and a check rule is updated only while it is still as shipped (a corrected
 * right form then reaches every library). Items a user deleted stay deleted, since only items newer
 * than the recorded version are offered (a later correction of a deleted rule brings it back).
 */
export function seedLibrary(db: Database, seed: SeedData = builtinSeed(), now = new Date().toISOString()): SeedReport {
  const from = Number(readMeta(db, 'seed_version') ?? '0');
  const to = seedVersionOf(seed);
  const report: SeedReport = { from, to: Math.max(from, to), phrases: 0, skeletons: 0, rules: 0 };
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
    for (const rule of seed.checkRules?.rules ?? []) {
      if (rule.since > from && seedCheckRule(db, rule)) report.rules++;
    }
    writeMeta(db, 'seed_version', String(to));
  }).immediate();
  return report;
}
