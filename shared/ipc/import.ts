import type { BlockType, WordReview } from '../genre/types';
import type { Part } from '../model/parts';
import type { HeadingLevel } from './library';
import type { SourceOrigin } from './copies';

/** What a line of the file is: the site's (网站内容), the report's title, or the report's text. */
export const LINE_LABELS = ['chrome', 'title', 'body'] as const;
export type LineLabelName = (typeof LINE_LABELS)[number];

/** One line of the file with the label the report grammar gave it and the main reason. */
export interface PreviewLine {
  text: string;
  label: LineLabelName;
  reason: string;
  /** Lines of one shape (digits aside) are corrected together, in every file of the batch. */
  shape: string;
  /** The user set it. */
  corrected?: boolean;
  /** Set by what an earlier import taught (备份与素材包 › 学会的网站内容), not in this preview. */
  learned?: boolean;
}

export interface LineCorrection {
  shape: string;
  label: LineLabelName;
}

/** Labels the importer remembers across imports (a title is one report's, not a site's). */
export const LEARNED_LABELS = ['chrome', 'body'] as const;

/** A correction kept in the library: lines of this shape are the site's, or the report's, in every later import. */
export interface LearnedLine {
  shape: string;
  label: (typeof LEARNED_LABELS)[number];
  /** One line it was learned from, as the user saw it. */
  example: string;
  /** The site the page named (its address), when it named one. */
  site?: string;
  learnedAt: string;
}

/** One block of a report as the import preview shows it. */
export interface PreviewBlock {
  index: number;
  type: BlockType;
  level?: HeadingLevel;
  number?: string;
  text: string;
  part: Part;
  runIn?: boolean;
  /** A heading whose end was guessed from how its body opens: the preview asks the user to check it. */
  guessed?: boolean;
  /** Paragraphs that would go into the library; the user may untick them. */
  harvested: boolean;
  placeholders: { offset: number; length: number }[];
  items?: { number: string; lead: string }[];
}

export interface ImportPreview {
  /** Names the parsed report the main process holds until it is imported or discarded. */
  previewId: string;
  name: string;
  kind: 'txt' | 'docx' | 'paste' | 'pack';
  title: string | null;
  encoding: string | null;
  /** Lines of the file where bytes that were not UTF-8 were replaced (a damaged download). */
  replacedBytes?: { line: number; count: number }[];
  /** The text reads as mojibake: the preview asks the user to choose the other encoding. */
  garbled?: boolean;
  year: number | null;
  issuer: string | null;
  alreadyPresent: boolean;
  /** What the preview proposes: a sample from the web when the cleaner removed site noise, else the user's own. */
  origin: SourceOrigin;
  blocks: PreviewBlock[];
  removed: { reason: string; text: string }[];
  placeholderCount: number;
  /** Every line of the file as the grammar labelled it (the preview's 逐行判断). */
  lines: PreviewLine[];
  /** The file was in traditional script and was read as simplified. */
  converted?: boolean;
  /** A reviewed Word file: its 批注 (listed, not imported) and 修订 (read as accepted). */
  review?: WordReview;
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

/** How one file of an import ended. */
export type ImportOutcome =
  | { file: string; kind: 'stored'; result: ImportCommitResult }
  | { file: string; kind: 'present' }
  | { file: string; kind: 'skipped'; reason: string };

/** The summary the CLI prints and the import dialog shows, from each file's outcome. */
export function summariseImport(outcomes: readonly ImportOutcome[], recurringPhrases = 0): ImportSummary {
  const summary: ImportSummary = { reports: 0, paragraphs: 0, duplicates: 0, phrases: recurringPhrases, present: [], skipped: [] };
  for (const outcome of outcomes) {
    if (outcome.kind === 'skipped') summary.skipped.push({ file: outcome.file, reason: outcome.reason });
    else if (outcome.kind === 'present' || outcome.result.status === 'present') summary.present.push(outcome.file);
    else {
      summary.reports++;
      summary.paragraphs += outcome.result.paragraphs;
      summary.duplicates += outcome.result.duplicates;
      summary.phrases += outcome.result.phrases;
    }
  }
  return summary;
}

/** The reports an import added, whose phrases recurring across them are mined at the end. */
export const storedSourceIds = (outcomes: readonly ImportOutcome[]): number[] =>
  outcomes.flatMap((o) => (o.kind === 'stored' && o.result.status === 'added' ? [o.result.sourceId] : []));
