import type { ReportDocument } from '../model/document';
import type { Place } from '../genre/places';

export type Severity = 'error' | 'warning' | 'info';

/** Every kind of finding; each is made by exactly one check in registry.ts. */
export const CHECK_IDS = [
  'placeholder',
  'numbering',
  'items-order',
  'completeness',
  'request-in-report',
  'stale-date',
  'future-date',
  'date-format',
  'punctuation',
  'wording',
  'sensitive',
  'repeated-sentence',
  'long-paragraph',
  'first-page',
  'last-year-plans',
  'same-as-last-year',
  'copied-from-sample',
  'leftover-name',
  'formulation',
  'typo',
  'doc-number',
  'number-form',
  'punctuation-form',
  'title-kind',
  'place-mismatch',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

/** One thing a reviewer would mark, where it is and, when it is safe, how to fix it. */
export interface Finding {
  check: CheckId;
  severity: Severity;
  /** Index of the block in the document; -1 for the document as a whole. */
  block: number;
  /** Offset and length in the block's text (0/0 for a whole block or document). */
  offset: number;
  length: number;
  message: string;
  /** Replaces `length` characters at `offset` with this text. */
  fix?: string;
  /** Stable across edits elsewhere, so an ignored finding stays ignored in this draft. */
  key: string;
  /** A little of the text around it, so a list can show where it is. */
  excerpt?: { before: string; text: string; after: string };
}

/** A user's “wrong → right” wording, or a sensitive word (no `right`). */
export interface WordingRule {
  wrong: string;
  right?: string;
  note?: string;
}

export interface CheckContext {
  /** The report's year (from its title or settings); null when unknown. */
  year: number | null;
  /** Today, as YYYY-MM-DD, for dates after today. */
  today: string;
  wordings: readonly WordingRule[];
  sensitive: readonly WordingRule[];
  /** A paragraph longer than this many characters is flagged. */
  maxParagraph: number;
  /** The earlier report this one continues (续写), whose plans this one should report on. */
  lastYear?: ReportDocument;
  /** 查重: what the library's web samples share with each block, keyed by the block's text. */
  copies?: ReadonlyMap<string, readonly BlockCopy[]>;
  /** The units that issued the library's web samples, for names left over from them. */
  issuers?: readonly SampleIssuer[];
  /** The report's own unit and region (names.ts homeRegion); without a region no name is foreign. */
  home?: { unit: string; region: Place };
}

/** A sentence of a block that a web sample in the library holds. */
export interface BlockCopy {
  offset: number;
  length: number;
  source: { title: string | null; fileName: string };
}

/** A unit that issued a web sample in the library, and the sample. */
export interface SampleIssuer {
  issuer: string;
  sample: string;
}

export const DEFAULT_MAX_PARAGRAPH = 600;
