import { z } from 'zod';
import { headingLevelSchema } from '../../shared/model/headingLevel';

const seedKey = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'seed keys are lower-case ascii slugs');
/** The seed version that first shipped an item; a later restart never re-adds what a user deleted. */
const since = z.number().int().positive();

export const phraseSeedSchema = z
  .object({
    version: z.number().int().positive(),
    categories: z.array(
      z
        .object({
          key: seedKey,
          name: z.string().min(1),
          since,
          phrases: z.array(z.object({ key: seedKey, text: z.string().min(1), since }).strict()).min(1),
        })
        .strict(),
    ),
  })
  .strict();

export const skeletonSeedSchema = z
  .object({
    version: z.number().int().positive(),
    skeletons: z.array(
      z
        .object({
          key: seedKey,
          name: z.string().min(1),
          docType: z.string().min(1),
          since,
          headings: z
            .array(z.object({ level: headingLevelSchema, text: z.string().min(1) }).strict())
            .min(1),
        })
        .strict(),
    ),
  })
  .strict();

export const checkRuleSeedSchema = z
  .object({
    version: z.number().int().positive(),
    rules: z.array(
      z
        .object({
          key: seedKey,
          kind: z.enum(['wording', 'sensitive']),
          wrong: z.string().min(1),
          right: z.string().min(1).optional(),
          note: z.string().min(1).optional(),
          since,
        })
        .strict()
        .refine((rule) => rule.kind === 'sensitive' || rule.right !== undefined, 'a wording rule names its right form'),
    ),
  })
  .strict();

export type PhraseSeed = z.output<typeof phraseSeedSchema>;
export type SkeletonSeed = z.output<typeof skeletonSeedSchema>;

export type CheckRuleSeed = z.output<typeof checkRuleSeedSchema>;

export interface SeedData {
  phrases: PhraseSeed;
  skeletons: SkeletonSeed;
  /** The shipped check rules; a seed without them leaves the rules as they are. */
  checkRules?: CheckRuleSeed;
}
