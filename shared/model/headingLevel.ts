import { z } from 'zod';

/** The four heading levels of a report (一、（一）1.（1）, genre README §2), defined once. */
export const HEADING_LEVELS = [1, 2, 3, 4] as const;

export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** The schema every stored or transmitted heading level is checked against. */
export const headingLevelSchema = z.literal(HEADING_LEVELS);
