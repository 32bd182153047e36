import type { Part } from '../model/parts';
import type { Snippet } from '../search/query';

export interface SearchFilters {
  part?: Part | undefined;
  tag?: string | undefined;
  year?: number | undefined;
  favorite?: boolean | undefined;
  /** One report (a sources row). */
  source?: number | undefined;
  /** The user's own reports or samples from the web. */
  origin?: 'own' | 'sample' | undefined;
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
  part: Part;
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
  /** How many paragraphs match; an estimate (shown as 约 …) when `estimated` is set. */
  total: number;
  /** Set when counting every hit exactly would take longer than the search itself. */
  estimated?: boolean;
  hits: SearchHit[];
}

/** A paragraph as the edit dialog shows it. */
export interface LibraryParagraph {
  id: number;
  text: string;
  part: Part;
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
