import type { BlockType, Section } from '../genre/types';
import type { HeadingLevel } from './library';

/** One block of a report as the import preview shows it. */
export interface PreviewBlock {
  index: number;
  type: BlockType;
  level?: HeadingLevel;
  number?: string;
  text: string;
  section: Section;
  runIn?: boolean;
  /** Paragraphs that would go into the library; the user may untick them. */
  harvested: boolean;
  placeholders: { offset: number; length: number }[];
  items?: { number: string; lead: string }[];
}

export interface ImportPreview {
  name: string;
  kind: 'txt' | 'docx' | 'paste' | 'pack';
  title: string | null;
  encoding: string | null;
  year: number | null;
  issuer: string | null;
  alreadyPresent: boolean;
  blocks: PreviewBlock[];
  removed: { reason: string; text: string }[];
  placeholderCount: number;
}

export interface ImportCommitResult {
  status: 'added' | 'present';
  sourceId: number;
  paragraphs: number;
  duplicates: number;
  phrases: number;
}

/** What an import of several reports added, found present, and skipped (with the reasons). */
export interface ImportSummary {
  reports: number;
  paragraphs: number;
  duplicates: number;
  phrases: number;
  present: string[];
  skipped: { file: string; reason: string }[];
}
