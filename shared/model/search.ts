import type { Section } from '../genre/types';
import type { Snippet } from '../search/query';

export interface SearchFilters {
  section?: Exclude<Section, 'other'> | 'other' | undefined;
  tag?: string | undefined;
  year?: number | undefined;
  favorite?: boolean | undefined;
}

export interface SearchRequest extends SearchFilters {
  query: string;
  /** 0 returns every hit. */
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface SearchHit {
  id: number;
  text: string;
  section: Section;
  /** Title (or file name) of the first report it came from; null for the user's own paragraphs. */
  source: string | null;
  year: number | null;
  favorite: boolean;
  useCount: number;
  tags: string[];
  placeholderCount: number;
  snippet: Snippet;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

/** A paragraph as the edit dialog shows it. */
export interface LibraryParagraph {
  id: number;
  text: string;
  section: Section;
  tags: string[];
  note: string;
  favorite: boolean;
  useCount: number;
}

export interface TrashedParagraph {
  id: number;
  text: string;
  deletedAt: string;
}
