/** A sentence of a draft's paragraph that a web sample in the library also holds (查重). */
export interface CopyMatch {
  /** Index of the paragraph among those asked about. */
  paragraph: number;
  /** Where the sentence stands in that paragraph's text. */
  offset: number;
  length: number;
  source: { id: number; title: string | null; fileName: string };
}

/** Where a source in the library comes from: one of the user's own reports, or a sample from the web. */
export type SourceOrigin = 'own' | 'sample';
export const SOURCE_ORIGINS = ['own', 'sample'] as const;
