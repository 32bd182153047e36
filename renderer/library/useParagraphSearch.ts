import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchFilters, SearchHit } from '../../shared/ipc/search';
import { useBridge } from '../kit/BridgeContext';
import { useLibraryVersion } from '../kit/LibraryRefresh';

export const PAGE_SIZE = 100;
/** Results follow typing within this pause; the search itself takes a few milliseconds. */
const DEBOUNCE_MS = 40;

export interface ParagraphSearch {
  total: number | null;
  /** The total is an estimate (shown as 约 …) until the last page has been read. */
  estimated: boolean;
  /** True until the results for the current query and filters have arrived. */
  pending: boolean;
  hit: (index: number) => SearchHit | undefined;
  ensure: (index: number) => void;
  error: string | null;
  patch: (id: number, change: Partial<SearchHit>) => void;
}

/**
 * Searches the library as the user types and loads result pages on demand, so a list of 100,000 hits
 * holds only the pages the user has scrolled to.
 */
export function useParagraphSearch(query: string, filters: SearchFilters): ParagraphSearch {
  const bridge = useBridge();
  const { version } = useLibraryVersion();
  const [total, setTotal] = useState<number | null>(null);
  const [estimated, setEstimated] = useState(false);
  const [pages, setPages] = useState<Map<number, SearchHit[]>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [settled, setSettled] = useState<string | null>(null);
  const generation = useRef(0);
  const loading = useRef(new Set<number>());
  const { part, favorite, tag, year } = filters;

  const key = JSON.stringify([query, part, favorite, tag, year]);
  const load = useCallback(
    async (page: number, gen: number) => {
      if (loading.current.has(page)) return;
      loading.current.add(page);
      const result = await bridge['paragraphs:search']({
        query,
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE,
        ...(part ? { part } : {}),
        ...(favorite ? { favorite } : {}),
        ...(tag ? { tag } : {}),
        ...(year ? { year } : {}),
      });
      if (gen !== generation.current) return;
      loading.current.delete(page);
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setError(null);
      const { hits } = result.value;
      if (result.value.estimated && hits.length < PAGE_SIZE) {
        // The last page: now the total is known.
        setTotal(page * PAGE_SIZE + hits.length);
        setEstimated(false);
      } else if (result.value.estimated) {
        // An estimate below what has been read would hide results: the list reaches at least one past them.
        setTotal((old) => Math.max(page === 0 || old === null ? result.value.total : old, (page + 1) * PAGE_SIZE + 1));
        setEstimated(true);
      } else {
        setTotal(result.value.total);
        setEstimated(false);
      }
      if (page === 0) setSettled(key);
      setPages((old) => new Map(old).set(page, result.value.hits));
    },
    [bridge, query, part, favorite, tag, year, key],
  );

  useEffect(() => {
    const gen = ++generation.current;
    loading.current = new Set();
    const timer = setTimeout(() => {
      setPages(new Map());
      void load(0, gen);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [load, version]);

  return {
    total,
    estimated,
    pending: settled !== key,
    error,
    hit: (index) => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    ensure: (index) => {
      const page = Math.floor(index / PAGE_SIZE);
      if (!pages.has(page)) void load(page, generation.current);
    },
    patch: (id, change) =>
      setPages((old) => new Map([...old].map(([page, hits]) => [page, hits.map((h) => (h.id === id ? { ...h, ...change } : h))]))),
  };
}
