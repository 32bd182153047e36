import type { SourceOrigin } from './copies';
import type { KindId } from '../genre/kinds';
/** Domain shapes of the library as the renderer, the CLI and tests see them. */

import type { HeadingLevel } from '../model/headingLevel';

export type { HeadingLevel };

export interface SkeletonHeading {
  level: HeadingLevel;
  text: string;
  /** Leads of the `一是…二是…` items under this heading, as leaves of the outline. */
  items?: string[];
}

export interface Skeleton {
  id: number;
  name: string;
  docType: string;
  /** The report kind (shared/genre/kinds.ts) its 文种 names. */
  kind: KindId;
  builtin: boolean;
  /** Harvested from an imported report: offered to insert, never as a 文种 of a new report. */
  imported: boolean;
  headings: SkeletonHeading[];
}

export interface Phrase {
  id: number;
  text: string;
  builtin: boolean;
}

export interface PhraseCategory {
  id: number;
  name: string;
  builtin: boolean;
  phrases: Phrase[];
}

export interface Draft {
  id: number;
  title: string;
  /** Lexical editor state, serialised as JSON. */
  content: string;
  updatedAt: string;
}

export const UNTITLED_DRAFT = '未命名文稿';

export interface DraftSummary {
  id: number;
  title: string;
  updatedAt: string;
  /** Characters of text in the draft's editor state, for the list. */
  size: number;
  /** The first line after the title and the word count as Word counts it, for the 文稿 list. */
  firstLine: string;
  words: number;
}

export interface DraftVersion {
  id: number;
  kind: 'auto' | 'manual' | 'before-restore';
  createdAt: string;
  size: number;
}

export interface SavedDraft {
  id: number;
  updatedAt: string;
}

export interface LibraryInfo {
  path: string;
  schemaVersion: number;
  seedVersion: number;
  counts: {
    phrases: number;
    phraseCategories: number;
    skeletons: number;
    drafts: number;
    sources: number;
    paragraphs: number;
  };
}

/** What the app tells the user about the library's health and backups. */
export interface LibraryStatus {
  path: string;
  integrity: 'pending' | 'ok' | 'damaged';
  /** Set when this start recovered the library from a backup (or had to start an empty one). */
  recoveryMessage: string | null;
  problem: string | null;
  backups: number;
  lastBackupAt: string | null;
  /** Since when a request has been waiting for another program (the CLI) to release the library. */
  lockWaitSince: string | null;
}

/** A document-check rule in the library: a “wrong → right” wording or a sensitive word. */
/** A report imported into the library (素材来源). */
export interface LibrarySource {
  id: number;
  fileName: string;
  kind: 'txt' | 'docx' | 'paste' | 'pack';
  title: string | null;
  year: number | null;
  issuer: string | null;
  /** One of the user's own reports, or a sample downloaded from the web (查重 compares with these). */
  origin: SourceOrigin;
  importedAt: string;
  /** The whole report is kept (a later year's report can continue it); older imports kept paragraphs only. */
  hasReport: boolean;
  paragraphs: number;
}

export interface CheckRule {
  id: number;
  kind: 'wording' | 'sensitive';
  wrong: string;
  right: string;
  note: string;
  builtin: boolean;
}
