import { z } from 'zod';
import { PARTS } from '../model/parts';
import { headingLevelSchema } from '../model/headingLevel';
import { MAX_PARAGRAPH_CHARS } from '../model/limits';
import { SOURCE_ORIGINS } from './copies';

/**
 * A library pack: the versioned JSON file colleagues share and users carry to a new PC. The schema
 * is the contract; importing validates against it and says what is wrong.
 */
export const PACK_FORMAT = 'wengao-pack';
export const PACK_VERSION = 2;

const part = z.enum(PARTS);

/** Version 1 named a paragraph's part `section`; such packs still import. */
function upgradeVersion1(data: unknown): unknown {
  const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isRecord(data) || data.version !== 1 || !Array.isArray(data.paragraphs)) return data;
  const paragraphs = data.paragraphs.map((paragraph: unknown) => {
    if (!isRecord(paragraph) || !('section' in paragraph)) return paragraph;
    const { section, ...rest } = paragraph;
    return { ...rest, part: section };
  });
  return { ...data, version: PACK_VERSION, paragraphs };
}

const packV2 = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.literal(PACK_VERSION),
    exportedAt: z.string(),
    paragraphs: z.array(
      z.object({
        id: z.number().int(),
        text: z.string().min(1).max(MAX_PARAGRAPH_CHARS),
        part,
        tags: z.array(z.string().max(50)).max(50).default([]),
        favorite: z.boolean().default(false),
        note: z.string().max(10_000).default(''),
        headingPath: z.array(z.string()).default([]),
        source: z
          .object({
            title: z.string().nullable(),
            fileName: z.string(),
            year: z.number().int().nullable(),
            issuer: z.string().nullable(),
            // Packs from before 查重 say nothing of where their text came from: treated as the user's own.
            origin: z.enum(SOURCE_ORIGINS).default('own'),
          })
          .nullable()
          .default(null),
      }),
    ),
    phrases: z.array(z.object({ category: z.string().min(1).max(100), text: z.string().min(1).max(2000) })),
    skeletons: z.array(
      z.object({
        name: z.string().min(1).max(500),
        docType: z.string().min(1).max(100),
        headings: z
          // An imported report can have a heading with no words (`一、。`): the outline keeps its place.
          .array(z.object({ level: headingLevelSchema, text: z.string(), items: z.array(z.string()).optional() }))
          .min(1),
      }),
    ),
  })
  .strict();

export const packSchema = z.preprocess(upgradeVersion1, packV2);

export type LibraryPack = z.output<typeof packV2>;

export interface PackImportReport {
  paragraphs: number;
  duplicates: number;
  phrases: number;
  skeletons: number;
}
